package geo

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// A namedIn is a place name an article has put in a country with a
// comma and the country's name ("LA PAZ, Mexico"): later mentions of the
// name are in that country too.
type namedIn struct {
	name, country string // folded name, ISO3
}

// countryAfter returns the country named right after candidate ci and a
// comma ("LA PAZ, Mexico", "Córdoba, Argentina"), or the country of the
// state or province named there ("Córdoba, Veracruz"): the next
// candidate, one comma after this one, names one country or places of
// one country that are not all towns, or a country and a US state that
// countryNamesake tells apart ("Athens, Georgia"); a region before a
// region of another country is a list ("Bavaria, Tyrol"). list is true
// when the two stand in a list of places ("Paris, Berlin, Germany and Italy", "Lyon, Paris,
// France"), where the country may be the next item rather than this
// place's: there the country picks a homonym of its own, but its lack of
// one does not rule the name out. ok is false when no country follows.
func (s *Stage) countryAfter(d *doc.Doc, cands []candidate, ci int) (country string, list, ok bool) {
	c := cands[ci]
	if ci+1 >= len(cands) || s.g.entries[c.ids[0]].Kind == KindCountry {
		return "", false, false
	}
	n := cands[ci+1]
	if n.i != c.j+1 || !isComma(d, c.j) {
		return "", false, false
	}
	// the country of the next name's entries, when they are in one
	// country and one of them is that country or a region of it
	e := s.g.entries[n.ids[0]]
	division := false
	for _, id := range n.ids {
		o := s.g.entries[id]
		if o.Country != e.Country {
			// "Athens, Georgia": the US state when the mention stage
			// reads it so, else the country; "Punjab" of two
			// countries names neither
			if e, ok = s.countryNamesake(d, n); !ok {
				return "", false, false
			}
			division = true
			break
		}
		division = division || o.Kind == KindRegion || o.Kind == KindCountry
	}
	if !division || e.Country == "" || e.Kind != KindCountry && s.g.entries[c.ids[0]].Kind == KindRegion {
		return "", false, false // "Bavaria, Tyrol": a list of regions
	}
	if n.j < len(d.Tokens) {
		switch w := tokenText(d, n.j); {
		case w == "and" || w == "or" || w == "&":
			list = true
		case w == ",":
			list = ci+2 < len(cands) && cands[ci+2].i == n.j+1
		}
	}
	if ci > 0 && cands[ci-1].j+1 == c.i && isComma(d, c.i-1) {
		list = true // "Lyon, Paris, France"
	}
	return e.Country, list, true
}

// firstIn returns the index in ids of the first entry in country, -1
// when none is.
func (s *Stage) firstIn(ids []int32, country string) int {
	for k, id := range ids {
		if s.g.entries[id].Country == country {
			return k
		}
	}
	return -1
}

// placedIn returns the country an earlier "NAME, Country" of the article
// put the name of sp in (see countryAfter).
func placedIn(named []namedIn, sp doc.Span, text string) (string, bool) {
	if len(named) == 0 {
		return "", false
	}
	f := kb.Fold(text[sp.Start:sp.End])
	for _, n := range named {
		if n.name == f {
			return n.country, true
		}
	}
	return "", false
}

// isComma reports whether token k is a comma.
func isComma(d *doc.Doc, k int) bool {
	t := d.Tokens[k]
	return t.Span.End == t.Span.Start+1 && d.Text[t.Span.Start] == ','
}

// tokenText returns the text of token k.
func tokenText(d *doc.Doc, k int) string {
	t := d.Tokens[k]
	return d.Text[t.Span.Start:t.Span.End]
}

// surnameOfEarlier reports whether the person mention m is the last word
// of a longer person mention before it ("Guerrero" after "Paolo
// Guerrero", "Hidalgo" after "Anne Hidalgo"): the person again, not the
// place of that name (a state of Mexico).
func surnameOfEarlier(d *doc.Doc, m *doc.Mention) bool {
	name := d.Text[m.Span.Start:m.Span.End]
	for k := range d.Mentions {
		p := &d.Mentions[k]
		if p.Type != doc.TypePerson || p.Span.End > m.Span.Start {
			continue
		}
		if full := d.Text[p.Span.Start:p.Span.End]; len(full) > len(name)+1 && strings.HasSuffix(full, name) && full[len(full)-len(name)-1] == ' ' {
			return true
		}
	}
	return false
}
