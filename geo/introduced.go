package geo

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// introducedNouns are the nouns of a phrase that introduces a place the
// table lacks ("the village of X in Y", "X, a town in Y"), with the kind
// the place gets.
var introducedNouns = map[string]string{
	"town": KindCity, "village": KindCity, "city": KindCity, "hamlet": KindCity, "settlement": KindCity,
	"camp": KindCity, "port": KindCity, "district": KindRegion, "county": KindRegion,
}

// introducedPlaces adds to d.Places the names that the text introduces as
// places beside a place the table knows, the anchor:
//
//   - "the (small) town|village of X in|near Y"
//   - "X, a (small) town|village in|near|of Y"
//   - "X, (about) 40 km|miles (north) of|from Y", at most 100 km away
//
// X is one to three capitalised words that no place or mention of a
// person or organisation covers; Y is a city or region, not a country (a
// country's centre may be far from any of its villages). X gets Y's
// country and Y's point: approximate, within Y or near it. Its ID is
// empty, as it is no row of the table. The pass starts from the anchors,
// a few per document, and reads only the tokens before them.
func introducedPlaces(d *doc.Doc) {
	toks := d.Tokens
	n := len(d.Places)
	for pi := 0; pi < n; pi++ {
		y := d.Places[pi]
		if y.Kind == KindCountry || y.Country == "" {
			continue
		}
		k := sort.Search(len(toks), func(j int) bool { return toks[j].Span.Start >= y.Span.Start })
		if k >= len(toks) || toks[k].Span.Start != y.Span.Start {
			continue
		}
		x0, x1, kind := introducedBefore(d, k)
		if x1 == 0 {
			continue
		}
		sp := doc.Span{Start: toks[x0].Span.Start, End: toks[x1-1].Span.End}
		if placeAtSpan(d.Places, sp) || namedEntityAt(d, sp) {
			continue
		}
		d.Places = append(d.Places, doc.Place{Span: sp, Name: d.Text[sp.Start:sp.End], Country: y.Country, Lat: y.Lat, Lon: y.Lon, Kind: kind})
	}
	if len(d.Places) > n {
		sort.SliceStable(d.Places, func(i, j int) bool { return d.Places[i].Span.Start < d.Places[j].Span.Start })
	}
}

// introducedBefore returns the tokens [x0,x1) of a name that a phrase
// ending right before the anchor at token k introduces, and the kind
// its noun gives; x1 is 0 when there is none.
func introducedBefore(d *doc.Doc, k int) (x0, x1 int, kind string) {
	word := func(i int) string {
		if i < 0 || i >= len(d.Tokens) {
			return ""
		}
		return strings.ToLower(tokenText(d, i))
	}
	j := k - 1
	if word(j) == "the" {
		j--
	}
	switch word(j) {
	case "in", "near":
		j--
		if kind, ok := introducedNouns[word(j)]; ok {
			// "X, a (small) town in Y"
			if x0, x1, ok := nameBeforeArticle(d, j-1); ok {
				return x0, x1, kind
			}
			return 0, 0, ""
		}
		// "the (small) town of X in Y"
		x0, x1 := capitalsEndingAt(d, j)
		if x1 == 0 || word(x0-1) != "of" {
			return 0, 0, ""
		}
		kind, ok := introducedNouns[word(x0-2)]
		if !ok {
			return 0, 0, ""
		}
		for i := x0 - 3; i >= 0 && i >= x0-6; i-- {
			switch w := word(i); {
			case w == "the":
				return x0, x1, kind
			case !lowerWord(d, i):
				return 0, 0, ""
			}
		}
	case "of", "from":
		j--
		if kind, ok := introducedNouns[word(j)]; ok && kind == KindCity {
			// "X, a village of Y"
			if x0, x1, ok := nameBeforeArticle(d, j-1); ok {
				return x0, x1, kind
			}
			return 0, 0, ""
		}
		// "X, 40 km north of Y"
		if compassWords[word(j)] {
			j--
		}
		limit := 0.0
		switch word(j) {
		case "km", "kilometres", "kilometers", "kms":
			limit = 100
		case "miles", "mi":
			limit = 60
		default:
			return 0, 0, ""
		}
		j--
		v, err := strconv.ParseFloat(strings.ReplaceAll(tokenText(d, max(j, 0)), ",", ""), 64)
		if j < 0 || err != nil || v > limit {
			return 0, 0, ""
		}
		j--
		switch word(j) {
		case "about", "some", "around", "roughly", "nearly", "almost":
			j--
		}
		if word(j) != "," {
			return 0, 0, ""
		}
		if x0, x1 := capitalsEndingAt(d, j-1); x1 > 0 {
			return x0, x1, KindCity
		}
	}
	return 0, 0, ""
}

// compassWords are the directions of "40 km north of Y".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true,
}

// nameBeforeArticle reads "X, a (small, remote) " backwards from the
// token j before the noun: up to three lower-case words, "a" or "an", a
// comma, and the capitalised name X before it.
func nameBeforeArticle(d *doc.Doc, j int) (x0, x1 int, ok bool) {
	for i := j; i >= 0 && i >= j-3; i-- {
		switch w := strings.ToLower(tokenText(d, i)); {
		case w == "a" || w == "an":
			if i < 2 || tokenText(d, i-1) != "," {
				return 0, 0, false
			}
			x0, x1 := capitalsEndingAt(d, i-2)
			return x0, x1, x1 > 0
		case !lowerWord(d, i):
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// capitalsEndingAt returns the run [x0,x1) of one to three capitalised
// words that ends at token j, with no punctuation between them; x1 is 0
// when token j is no capitalised word.
func capitalsEndingAt(d *doc.Doc, j int) (x0, x1 int) {
	if j < 0 || j >= len(d.Tokens) {
		return 0, 0
	}
	x0 = j + 1
	for i := j; i >= 0 && i > j-3; i-- {
		t := d.Tokens[i]
		if t.Kind != doc.TokWord || !startsUpper(d.Text[t.Span.Start:t.Span.End]) {
			break
		}
		if i < j && breaksName(d.Text[t.Span.End:d.Tokens[i+1].Span.Start]) {
			break
		}
		x0 = i
	}
	if x0 > j {
		return 0, 0
	}
	return x0, j + 1
}

// lowerWord reports whether token i is a word that starts in lower case.
func lowerWord(d *doc.Doc, i int) bool {
	t := d.Tokens[i]
	return t.Kind == doc.TokWord && !startsUpper(d.Text[t.Span.Start:t.Span.End])
}

// namedEntityAt reports a mention overlapping sp that names a person,
// an organisation or an armed group.
func namedEntityAt(d *doc.Doc, sp doc.Span) bool {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Span.Overlaps(sp) {
			switch m.Type {
			case doc.TypePerson, doc.TypeOrganization, doc.TypeArmedGroup:
				return true
			}
		}
	}
	return false
}
