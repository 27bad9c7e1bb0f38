package geo

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// Stage is the places pipeline stage. It requires tokens and sentences
// and reads mentions when present, to leave out metonymic capitals and
// names that are part of a person or organisation.
type Stage struct {
	g *Gazetteer
}

// NewStage returns the places stage over g.
func NewStage(g *Gazetteer) *Stage { return &Stage{g: g} }

func (*Stage) Name() string { return "places" }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerTokens, doc.LayerSentences}
}
func (*Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerPlaces} }

// locatives are words after which a country name is a location ("in
// Lebanon") rather than an actor ("Lebanon said").
var locatives = wordset.FromMap(map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "inside": true,
	"within": true, "outside": true, "across": true, "throughout": true, "around": true, "over": true,
	"toward": true, "towards": true, "visited": true, "visit": true, "via": true, "through": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "of": false,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
})

// Process fills d.Places.
func (s *Stage) Process(d *doc.Doc) error {
	bufs := bufPool.Get().(*buffers)
	// d.Places is filled in the pooled places buffer, unless the caller
	// gave it room, and copied out at the end
	pooled := cap(d.Places) == 0
	if pooled {
		d.Places = bufs.places[:0]
	}
	d.Places = d.Places[:0]
	toks := d.Tokens
	// countries the article names, for homonyms (see pick), in a
	// pooled buffer
	mentioned := bufs.mentioned[:0]
	near := &mentionIndex{sorted: true}
	if d.Has(doc.LayerMentions) {
		for k := range d.Mentions {
			m := &d.Mentions[k]
			if m.Type == doc.TypeCountry && m.KBID != "" {
				mentioned.add(m.KBID)
			}
			near.note(d.Mentions, k)
		}
	}
	// key is the name so far (map lookups with string(key) do not
	// allocate), on the stack; the candidates' buffer is reused across
	// documents.
	var keyBuf [64]byte
	key := keyBuf[:0]
	cands := bufs.cands[:0]
	defer func() {
		// the candidates' ids and the places' strings point into the
		// gazetteer: nothing to clear; the country codes may be a
		// document's
		clear(mentioned)
		bufs.cands, bufs.mentioned = cands[:0], mentioned[:0]
		bufPool.Put(bufs)
	}()
	text := d.Text
	// the lower case of the text, which the stages before have made
	// (segment.LowerASCII keeps it): a word of ASCII letters and digits
	// is folded by copying its slice of it
	low := segment.LowerASCII(text)
	for i := 0; i < len(toks); i++ {
		// the next word that may start with a capital: most words do
		// not, and nextCapital's loop passes them by
		if i = nextCapital(toks, text, i); i == len(toks) {
			break
		}
		t := &toks[i] // not a copy
		if c := text[t.Span.Start]; c >= utf8.RuneSelf && !startsUpperRune(text[t.Span.Start:t.Span.End]) {
			continue // startsUpper, past its ASCII test
		}
		// A plain word (most capitalised words) whose fold the keys'
		// filter has never seen starts no name: turned away without
		// building its key.
		// A word of ASCII letters and digits (doc.Token.Alnum) is asked
		// of the first words' filter instead, by four of its bytes.
		if t.Alnum {
			if !s.g.mayOpen(text[t.Span.Start:t.Span.End]) {
				continue
			}
		} else if has, plain := s.g.keys.hasPlain(text[t.Span.Start:t.Span.End]); plain && !has {
			continue
		}
		// Extend the name token by token while it is a prefix of some
		// place name; keep the longest full match.
		key = key[:0]
		bestN := 0
		var bestIDs []int32
		for n := 1; i+n <= len(toks); n++ {
			tk := toks[i+n-1]
			if tk.Kind != doc.TokWord && tk.Kind != doc.TokNumber {
				if n == 2 && abbreviationPeriod(d.Text, toks[i].Span, tk.Span) {
					// "St. Marc", "St. Louis": the period of the
					// abbreviation, which the names' fold reads as the
					// space after it
					continue
				}
				break
			}
			if n > 1 {
				// Names do not run across punctuation or line breaks.
				if breaksName(d.Text[toks[i+n-2].Span.End:tk.Span.Start]) {
					break
				}
				key = append(key, ' ')
			}
			if tk.Alnum {
				// ASCII letters and digits: the fold is the lower case
				key = append(key, low[tk.Span.Start:tk.Span.End]...)
			} else {
				key = appendFold(key, d.Text[tk.Span.Start:tk.Span.End])
			}
			var node nameNode
			if h := bloomHash(key); s.g.keys.hasHash(h) {
				node = s.g.table.get(h, key) // s.g.names[string(key)]
			}
			if ids := node.ids; len(ids) > 0 {
				bestN, bestIDs = n, ids
			} else if w := d.Text[tk.Span.Start:tk.Span.End]; len(key) > 0 && key[len(key)-1] == 's' && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
				base := key[:len(key)-1]
				// "Haifa's": fold drops the apostrophe, leaving "haifas".
				if ids := s.g.byName[string(base)]; len(ids) > 0 {
					bestN, bestIDs = n, ids
				}
			}
			if !node.prefix {
				break
			}
		}
		if bestN == 0 {
			continue
		}
		span := doc.Span{Start: t.Span.Start, End: toks[i+bestN-1].Span.End}
		possessive := false
		// "'s", then "’s", each a constant suffix (compared in place)
		if strings.HasSuffix(d.Text[span.Start:span.End], "'s") {
			span.End -= len("'s")
			possessive = true
		}
		if strings.HasSuffix(d.Text[span.Start:span.End], "’s") {
			span.End -= len("’s")
			possessive = true
		}
		if !inLongerName(d, i, i+bestN) && !initialAfter(d, i+bestN) && !(bestN > 2 && abbreviationPeriod(d.Text, t.Span, toks[i+1].Span) && capitalAfter(d, i+bestN)) {
			cands = append(cands, candidate{i: i, j: i + bestN, span: span, ids: bestIDs, possessive: possessive})
			if len(bestIDs) == 1 {
				// An unambiguous name puts its country in context.
				mentioned.add(s.g.entries[bestIDs[0]].Country)
			}
		}
		i += bestN - 1
	}
	var american []string // folded names read as US towns ("ATHENS, Ga.")
	var named []namedIn   // names put in a country ("LA PAZ, Mexico")
	var towns []namedTown // names put in a state or province ("LEBANON, Tenn.")
	var local localNews
	for ci, c := range cands {
		if e, later, ok := s.g.namesakeAt(d.Text, c.span.Start, c.span.End, towns); ok {
			// "LEBANON, Tenn.", "Paris, Texas", "London, Ontario": the
			// North American town, here and in later mentions of the name
			if !later {
				towns = append(towns, namedTown{kb.Fold(d.Text[c.span.Start:c.span.End]), e})
			}
			if !later || s.isPlace(d, c.i, c.j, c.span, e, near) {
				d.Places = append(d.Places, doc.Place{Span: c.span, Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, Kind: e.Kind, ID: e.ID})
			}
			continue
		}
		if s.g.entries[c.ids[0]].Kind != KindCountry && s.g.namesakeNames[s.g.entries[c.ids[0]].Name] {
			// "A Paris man was arrested", in local news from Texas
			if e, ok := s.localTown(d, cands, ci, &local); ok {
				towns = append(towns, namedTown{kb.Fold(d.Text[c.span.Start:c.span.End]), e})
				if s.isPlace(d, c.i, c.j, c.span, e, near) {
					d.Places = append(d.Places, doc.Place{Span: c.span, Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, Kind: e.Kind, ID: e.ID})
				}
				continue
			}
		}
		if s.g.entries[c.ids[0]].Kind != KindCountry && (usStateAfter(d.Text, c.span.End) || containsString(american, c.span, d.Text)) {
			// "ATHENS, Ga.", "Paris, Texas": a US town. A US homonym
			// the table holds is it; a foreign one is not, here or in
			// later mentions of the name.
			us := -1
			for k, id := range c.ids {
				if s.g.entries[id].Country == "USA" {
					us = k
					break
				}
			}
			if us < 0 {
				american = append(american, kb.Fold(d.Text[c.span.Start:c.span.End]))
				continue
			}
			c.ids = c.ids[us : us+1]
		} else if country, list, ok := s.countryAfter(d, cands, ci); ok || len(named) > 0 {
			// "LA PAZ, Mexico", "Córdoba, Argentina": a homonym in the
			// country named after the comma is the place; one in another
			// country is not, here or in later mentions of the name.
			if !ok {
				country, ok = placedIn(named, c.span, d.Text)
			} else if !list {
				named = append(named, namedIn{kb.Fold(d.Text[c.span.Start:c.span.End]), country})
			}
			if ok {
				k := s.firstIn(c.ids, country)
				if k < 0 && !list {
					continue
				}
				if k >= 0 {
					c.ids = c.ids[k : k+1]
				}
			}
		}
		e := s.pick(c.ids, mentioned)
		if n, ok := s.countryNamesake(d, c); ok {
			e = n
		} else if e.Kind != KindRegion && len(c.ids) > 1 {
			if r, ok := s.regionReading(d, cands, ci, e); ok {
				e = r
			}
		}
		if e.Country == "" && (tailAfter(d, c.j) == tailGathering || gatheringOf(d, c.i)) {
			continue // "the Africa Climate Summit", "the Summit of the Americas": the continent is its scope
		}
		if !(c.possessive && e.Kind == KindCountry) && s.isPlace(d, c.i, c.j, c.span, e, near) {
			d.Places = append(d.Places, doc.Place{Span: c.span, Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, Kind: e.Kind, ID: e.ID})
		}
	}
	if len(d.Mentions) > 0 {
		s.cuedPlaces(d) // "the city of Mendoza", "in Rosario"
	}
	if len(d.Places) > 0 {
		introducedPlaces(d) // "the village of X in Y", "X, 40 km north of Y"
	}
	if pooled {
		// the document gets an exact-size copy (nil for no place, as
		// before): room to spare is garbage that brings the next
		// collection sooner
		out := d.Places
		d.Places = nil
		if len(out) > 0 {
			d.Places = make([]doc.Place, len(out))
			copy(d.Places, out)
		}
		bufs.places = out[:0]
	}
	d.Fill(doc.LayerPlaces)
	return nil
}

// nextCapital returns the index of the first token from i on that is a
// word of one byte or more whose first byte is an ASCII capital or not
// ASCII (it may start with a capital: see startsUpperRune), len(toks)
// when there is none. A loop of its own, without calls, so that it
// keeps its state in registers.
func nextCapital(toks []doc.Token, text string, i int) int {
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != doc.TokWord || t.Span.End <= t.Span.Start {
			continue // (an empty word starts with no capital)
		}
		if c := text[t.Span.Start]; c-'A' < 26 || c >= utf8.RuneSelf {
			return i
		}
	}
	return len(toks)
}

// usStates are the US states as datelines and addresses write them after
// a town and a comma: AP abbreviations and full names.
var usStates = []string{"Ala.", "Alaska", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.",
	"Hawaii", "Idaho", "Ill.", "Ind.", "Iowa", "Kan.", "Ky.", "La.", "Maine", "Md.", "Mass.", "Mich.",
	"Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.",
	"Ohio", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Texas", "Utah", "Vt.", "Va.",
	"Wash.", "W.Va.", "Wis.", "Wyo.", "Alabama", "Arizona", "Arkansas", "California", "Colorado",
	"Connecticut", "Delaware", "Florida", "Illinois", "Indiana", "Kansas", "Kentucky", "Louisiana",
	"Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
	"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina",
	"North Dakota", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
	"South Dakota", "Tennessee", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"}

// usStatesBy are the usStates by their first byte: a state is a
// prefix of the text only if their first bytes agree.
var usStatesBy = func() (by [256][]string) {
	for _, st := range usStates {
		by[st[0]] = append(by[st[0]], st)
	}
	return
}()

// usStateAfter reports whether the text at end continues with a comma
// and a US state ("ATHENS, Ga.", "Paris, Texas"), the state a whole word.
// "Georgia" alone is left out: it is also a country.
func usStateAfter(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	rest = rest[2:]
	if rest == "" {
		return false
	}
	for _, st := range usStatesBy[rest[0]] {
		if strings.HasPrefix(rest, st) {
			after := rest[len(st):]
			if after == "" || strings.HasSuffix(st, ".") {
				return true
			}
			r, _ := utf8.DecodeRuneInString(after)
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// containsString reports whether the folded text of sp is in names.
func containsString(names []string, sp doc.Span, text string) bool {
	if len(names) == 0 {
		return false
	}
	f := kb.Fold(text[sp.Start:sp.End])
	for _, n := range names {
		if n == f {
			return true
		}
	}
	return false
}

// A countrySet is a small set of country codes. An article names a few
// countries, so a slice searched in order beats a map built per document.
type countrySet []string

func (c *countrySet) add(code string) {
	if code != "" && !c.has(code) {
		*c = append(*c, code)
	}
}

func (c countrySet) has(code string) bool {
	n := len(code)
	if n == 0 {
		return false // add keeps the empty code out
	}
	for _, x := range c {
		// the first and last bytes first: most codes differ there
		// (IRN, ISR, USA), and == calls memequal
		if len(x) == n && x[0] == code[0] && x[n-1] == code[n-1] && x == code {
			return true
		}
	}
	return false
}

// A candidate is a gazetteer name found over the tokens [i,j).
type candidate struct {
	i, j       int
	span       doc.Span
	ids        []int32
	possessive bool
}

// buffers are the per-document buffers of Process, reused across
// documents through bufPool: a long article names hundreds of places.
type buffers struct {
	cands     []candidate
	places    []doc.Place
	mentioned countrySet
}

var bufPool = sync.Pool{New: func() any { return new(buffers) }}

// pick chooses among homonyms: a place in a country the article names
// (a country mention, or an unambiguous place name anywhere in the
// article: "Tripoli" near "Sidon" is in Lebanon), else the most populous.
func (s *Stage) pick(ids []int32, mentioned countrySet) Entry {
	for _, i := range ids {
		if mentioned.has(s.g.entries[i].Country) {
			return s.g.entries[i]
		}
	}
	return s.g.entries[ids[0]]
}

// countryNamesake chooses between a country and a region of another
// country that share a name ("Georgia" the country and the US state): the
// region when the mention stage read the name as a place it did not link
// (see package mention), or as part of a longer place name ("Northeast
// Georgia") in an article that links no mention to the country; else the
// country, whichever countries the article names. ok is false when c
// names no such pair.
func (s *Stage) countryNamesake(d *doc.Doc, c candidate) (Entry, bool) {
	country, region := -1, -1
	for k, id := range c.ids {
		switch s.g.entries[id].Kind {
		case KindCountry:
			country = k
		case KindRegion:
			region = k
		}
	}
	if country < 0 || region < 0 || s.g.entries[c.ids[country]].Country == s.g.entries[c.ids[region]].Country {
		return Entry{}, false
	}
	if !d.Has(doc.LayerMentions) {
		return s.g.entries[c.ids[country]], true
	}
	// The mention of exactly this name decides; a longer place name
	// around it ("Northeast Georgia") reads as the region only in an
	// article that never links the country.
	within, linked := false, false
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.KBID == s.g.entries[c.ids[country]].Country {
			linked = true
		}
		if m.Span.Start > c.span.Start || m.Span.End < c.span.End {
			continue
		}
		if m.Span.Start == c.span.Start && (m.Span.End == c.span.End || m.KBID != "") {
			if m.Type == doc.TypePlace && m.KBID == "" {
				return s.g.entries[c.ids[region]], true
			}
			return s.g.entries[c.ids[country]], true
		}
		within = within || m.Type == doc.TypePlace && m.KBID == ""
	}
	if within && !linked {
		return s.g.entries[c.ids[region]], true
	}
	return s.g.entries[c.ids[country]], true
}

// regionReading returns the region of e's country that shares e's name
// ("New York State" for the city of New York) when the context names the
// state or province rather than the city: "Buffalo, New York" (a place
// name, a comma and this name ending the phrase; not a list of cities
// such as "Paris, New York and London"), "Washington state", "the state of
// Washington", "New York Governor Andrew Cuomo", "upstate New York".
func (s *Stage) regionReading(d *doc.Doc, cands []candidate, ci int, e Entry) (Entry, bool) {
	c := cands[ci]
	var region Entry
	found := false
	for _, id := range c.ids {
		if r := s.g.entries[id]; r.Kind == KindRegion && r.Country == e.Country {
			region, found = r, true
			break
		}
	}
	if !found {
		return Entry{}, false
	}
	toks := d.Tokens
	word := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return strings.ToLower(d.Text[toks[k].Span.Start:toks[k].Span.End])
	}
	switch word(c.j) {
	case "state", "governor", "gov", "legislature", "lawmakers":
		return region, true
	}
	switch {
	case word(c.i-1) == "upstate" || word(c.i-1) == "downstate":
		return region, true
	case word(c.i-1) == "of" && word(c.i-2) == "state":
		return region, true
	case word(c.i-1) == "," && c.i >= 2 && toks[c.i-2].Kind == doc.TokWord && startsUpper(d.Text[toks[c.i-2].Span.Start:toks[c.i-2].Span.End]):
		// "Buffalo, New York": the name before the comma must not be a
		// place of another country, and this one must end the phrase.
		if len(d.Places) > 0 {
			if last := d.Places[len(d.Places)-1]; last.Span.End == toks[c.i-2].Span.End && last.Country != e.Country {
				return Entry{}, false
			}
		}
		switch word(c.j) {
		case "and", "or":
			return Entry{}, false
		case ",":
			if ci+1 < len(cands) && cands[ci+1].i == c.j+1 {
				return Entry{}, false // "Boston, New York, Chicago"
			}
		}
		return region, true
	}
	return Entry{}, false
}

// isPlace decides whether the tokens [i,j) naming e are a location here.
// (A possessive country, "Israel's airspace", is an actor and never gets
// here.)
func (s *Stage) isPlace(d *doc.Doc, i, j int, span doc.Span, e Entry, near *mentionIndex) bool {
	if d.Has(doc.LayerMentions) {
		ms := near.around(d.Mentions, span)
		for k := range ms {
			m := &ms[k] // not a copy of each mention
			if !m.Span.Overlaps(span) {
				continue
			}
			if (m.Metonymy || m.How == "demonym") && m.Span.Start <= span.Start && m.Span.End >= span.End {
				// "Tehran denied": a government, not a place. A demonym
				// inside a longer place name ("Indian" in "Indian
				// Ocean") does not count.
				return false
			}
			switch m.Type {
			case doc.TypePerson, doc.TypeOrganization, doc.TypeArmedGroup:
				// Part of a longer name ("Gaza" in "Gaza Health
				// Ministry") unless it is exactly the place; a KB
				// person's name, even a short form, is the person
				// ("Toledo congratulated Garcia" after "President
				// Alejandro Toledo"), and so is an unlinked person's
				// surname after the full name ("Guerrero, 40," after
				// "Paolo Guerrero")
				if m.Span != span || m.Type == doc.TypePerson && (m.KBID != "" || surnameOfEarlier(d, m)) {
					return false
				}
			}
		}
	}
	if j > 0 && currencyAfter(d, j) {
		return false // "to the U.S. dollar": a currency
	}
	if j > 0 && e.Kind == KindCountry && missionAfter(d, j) {
		return false // "met dissidents at the U.S. embassy": the embassy's owner, not where it stands
	}
	if e.Kind != KindCountry {
		// "Beijing said" acts; "officials in Brussels said" is where
		// the officials are
		return !actsAfter(d, j) || inBefore(d, i)
	}
	if (span.Start == 0 || d.Text[span.Start-1] == '\n') && datelineName(d.Text, span) {
		return true // "LUXEMBOURG — EU ministers …": where the story was filed
	}
	// A country is a location only after a locative word.
	if i == 0 {
		return false
	}
	prev := d.Tokens[i-1]
	if prev.Kind == doc.TokPunct && i >= 2 && d.Text[prev.Span.Start:prev.Span.End] == "," {
		// "Gaza City, Palestine" / "Muscat, Oman": a country after a
		// place and a comma, also one the gazetteer lacks ("OHRID,
		// North Macedonia", "in Ohrid, North Macedonia").
		return len(d.Places) > 0 && d.Places[len(d.Places)-1].Span.End == d.Tokens[i-2].Span.End || placeNameBefore(d, i-2)
	}
	w := strings.ToLower(d.Text[prev.Span.Start:prev.Span.End])
	k := i - 1 // the token w is
	if w == "the" && i >= 2 {
		// "in the United States", "across the Philippines"
		k = i - 2
		prev = d.Tokens[k]
		w = strings.ToLower(d.Text[prev.Span.Start:prev.Span.End])
	}
	switch {
	case w == "and" || w == "or":
		// "in Russia, Romania and Macedonia", "in the United States and
		// Canada": a country coordinated with the place just before it
		// is a location like that place. (A country after a comma is
		// handled above.)
		if k >= 1 && len(d.Places) > 0 {
			end := d.Tokens[k-1]
			if d.Text[end.Span.Start:end.Span.End] == "," && k >= 2 {
				end = d.Tokens[k-2]
			}
			return d.Places[len(d.Places)-1].Span.End == end.Span.End
		}
		return false
	case w == "of" && k >= 1:
		// "outside of China", "north of Syria", "parts of Kenya"
		return ofLocatives.HasLower(d.Text[d.Tokens[k-1].Span.Start:d.Tokens[k-1].Span.End])
	case (w == "with" || w == "between") && k >= 1:
		// "the border with Uzbekistan", "the frontier between Chad and
		// Sudan": the country is where the border runs, not a party
		switch strings.ToLower(d.Text[d.Tokens[k-1].Span.Start:d.Tokens[k-1].Span.End]) {
		case "border", "borders", "frontier", "boundary":
			return true
		}
		return false
	}
	return locatives.Has(w)
}

// A mentionIndex lets isPlace look only at the mentions that may
// overlap a span instead of at all of a document's: when the mentions
// are in text order (sorted), none longer than maxLen bytes, those
// starting more than maxLen bytes before the span end before it.
// Process asks about spans in text order, so around moves a cursor
// (lo, hi: the last part it returned) forward instead of searching.
type mentionIndex struct {
	sorted bool
	maxLen int
	// lo and hi bound the part around last returned, for a span that
	// started at at-maxLen+1 and ended at end
	lo, hi, at, end int
}

// note adds mention k of ms (noted in order from the first).
func (x *mentionIndex) note(ms []doc.Mention, k int) {
	sp := ms[k].Span
	x.maxLen = max(x.maxLen, sp.End-sp.Start)
	if k > 0 && sp.Start < ms[k-1].Span.Start {
		x.sorted = false
	}
}

// around returns the part of ms, in order, holding every mention that
// overlaps span: all of ms unless they are sorted, else
// ms[firstStartAtLeast(ms, 0, at):firstStartAtLeast(ms, lo, span.End)]
// with at = span.Start-maxLen+1 (a mention starting before at ends
// before span). For a span that neither starts nor ends before the
// last one, the cursor moves forward from where it was: the mentions it
// passed start before the last bounds, so before these.
func (x *mentionIndex) around(ms []doc.Mention, span doc.Span) []doc.Mention {
	if !x.sorted {
		return ms
	}
	at := span.Start - x.maxLen + 1 // Start > span.Start-maxLen
	if at < x.at || span.End < x.end {
		x.lo, x.hi = 0, 0 // back in the text: from the start
	}
	x.at, x.end = at, span.End
	for x.lo < len(ms) && ms[x.lo].Span.Start < at {
		x.lo++
	}
	x.hi = max(x.hi, x.lo)
	for x.hi < len(ms) && ms[x.hi].Span.Start < span.End {
		x.hi++
	}
	return ms[x.lo:x.hi]
}

// firstStartAtLeast returns the least k >= from with ms[k].Span.Start >=
// at (len(ms) when none), ms sorted by start: sort.Search without its
// call per step.
func firstStartAtLeast(ms []doc.Mention, from, at int) int {
	lo, hi := from, len(ms)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ms[m].Span.Start >= at {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// ofLocatives are words that make "of X" a location: "outside of China",
// "north of Syria", "parts of Kenya", "the rest of Europe".
var ofLocatives = wordset.FromMap(map[string]bool{
	"outside": true, "inside": true, "out": true, "north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "parts": true,
	"areas": true, "regions": true, "region": true, "rest": true, "provinces": true, "province": true, "states": true, "corner": true,
	"corners": true, "coast": true, "interior": true,
})

// nameHeads are capitalised words that begin a longer place name around a
// gazetteer name the table does not hold ("New London", "St. Paris",
// "Mount Washington", "Fort Worth" is in the table and matched whole).
var nameHeads = wordset.FromMap(map[string]bool{
	"new": true, "st": true, "saint": true, "ste": true, "mount": true, "mt": true,
	"fort": true, "ft": true, "port": true, "lake": true, "cape": true,
})

// nameTails are capitalised words that make a gazetteer name part of an
// address, a smaller division or a university ("Washington County",
// "Dublin Road", "420 Augusta St.", "Virginia Tech").
var nameTails = wordset.FromMap(map[string]bool{
	"county": true, "parish": true, "township": true, "borough": true, "street": true, "st": true,
	"avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true, "blvd": true,
	"lane": true, "drive": true, "highway": true, "hwy": true, "pike": true, "turnpike": true,
	"tech": true,
})

// nameLinks are lower-case particles inside longer names in other
// languages ("Ceamurlia de Jos", "Castel di Sangro", "Boulogne-sur-Mer").
var nameLinks = wordset.FromMap(map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "do": true, "dos": true,
	"das": true, "du": true, "des": true, "sur": true, "upon": true,
})

// diseaseTails are words after which a place names a disease or a
// pathogen, not a location ("West Nile virus", "Rift Valley fever").
var diseaseTails = wordset.FromMap(map[string]bool{
	"virus": true, "viruses": true, "fever": true, "flu": true, "influenza": true,
	"disease": true, "syndrome": true, "encephalitis": true,
})

// inLongerName reports whether the tokens [i,j) that name a place are part
// of a longer name the gazetteer does not hold: a capitalised head word
// before them (optionally abbreviated with a period), a capitalised word
// and a particle before them, a capitalised tail word after them, or a
// disease word after them.
func inLongerName(d *doc.Doc, i, j int) bool {
	word := func(k int) (string, bool) {
		t := d.Tokens[k]
		w := d.Text[t.Span.Start:t.Span.End]
		return w, t.Kind == doc.TokWord && startsUpper(w)
	}
	gap := func(a, b int) string { return d.Text[d.Tokens[a].Span.End:d.Tokens[b].Span.Start] }
	if k := i - 1; k >= 0 {
		if d.Text[d.Tokens[k].Span.Start:d.Tokens[k].Span.End] == "." && k >= 1 && d.Tokens[k].Span.Start == d.Tokens[k-1].Span.End {
			k-- // "St. Paris"
		}
		w, upper := word(k)
		if upper && hasLower(nameHeads, w) && !strings.Contains(gap(k, i), "\n") {
			return true
		}
		if !upper && hasLower(nameLinks, w) && d.Tokens[k].Kind == doc.TokWord && k >= 1 && !breaksClause(gap(k-1, i)) {
			if _, up := word(k - 1); up {
				return true
			}
		}
	}
	if j < len(d.Tokens) && !breaksClause(gap(j-1, j)) {
		w, upper := word(j)
		if (upper && hasLower(nameTails, w)) || (d.Tokens[j].Kind == doc.TokWord && hasLower(diseaseTails, w)) {
			return true
		}
		// "the Paris Agreement", "the Oslo Accords", "Brussels
		// Airlines": a capitalised run that ends in the head of a treaty
		// or a body named after a place is one name, no place
		if tailAfter(d, j) == tailTreaty {
			return true
		}
		// "the Minsk agreements", "the Oslo accords": a lower-case
		// treaty head names the document too
		if !upper && lowerTreatyWord(w) {
			return true
		}
	}
	return false
}

// initialAfter reports whether tokens j on are a middle initial and a
// capitalised word ("Virginia L. Lane", "Jordan B. Peterson"): the name
// before them is a given name, not a place.
func initialAfter(d *doc.Doc, j int) bool {
	if j+2 >= len(d.Tokens) {
		return false
	}
	a, dot, w := d.Tokens[j], d.Tokens[j+1], d.Tokens[j+2]
	if a.Span.End-a.Span.Start != 1 || a.Span.Start == 0 || d.Text[a.Span.Start-1] != ' ' {
		return false
	}
	if c := d.Text[a.Span.Start]; c < 'A' || c > 'Z' || dot.Span.Start != a.Span.End || d.Text[dot.Span.Start:dot.Span.End] != "." {
		return false
	}
	return w.Kind == doc.TokWord && w.Span.End-w.Span.Start > 1 && w.Span.Start == dot.Span.End+1 && startsUpper(d.Text[w.Span.Start:w.Span.End])
}

// datelineName reports whether span is a place name in capitals opening
// a line and followed by a dateline's dash, bracket or comma ("LUXEMBOURG
// —", "SINGAPORE (Reuters) -", "KUWAIT, Oct 3"): the story's dateline.
func datelineName(text string, span doc.Span) bool {
	if span.Start > 0 && text[span.Start-1] != '\n' || span.End >= len(text) {
		return false
	}
	for k := span.Start; k < span.End; k++ {
		if c := text[k]; 'a' <= c && c <= 'z' {
			return false
		}
	}
	rest := strings.TrimLeft(text[span.End:], " \t")
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ",")
}

// lowerTreatyWord reports whether w, in lower case, heads a treaty's
// name after the place it is named for ("the Minsk agreements").
func lowerTreatyWord(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "agreement", "accord", "protocol":
		return true
	}
	return false
}

// Kinds of name a place's name may open (see tailAfter).
const (
	tailNone      = iota
	tailTreaty    // "Paris Agreement": named after the place, not there
	tailGathering // "Nashville Film Festival": held there
)

// tailAfter reports whether the capitalised words from token j (up to
// three, on one line) end in the head of a treaty or body named after a
// place, or of a gathering held at one.
func tailAfter(d *doc.Doc, j int) int {
	for k := j; k < len(d.Tokens) && k < j+3; k++ {
		if k > j && breaksClause(d.Text[d.Tokens[k-1].Span.End:d.Tokens[k].Span.Start]) {
			break
		}
		t := d.Tokens[k]
		w := d.Text[t.Span.Start:t.Span.End]
		if t.Kind != doc.TokWord || !startsUpper(w) {
			break
		}
		switch {
		case hasLower(treatyTails, w):
			return tailTreaty
		case hasLower(gatheringTails, w):
			return tailGathering
		}
	}
	return tailNone
}

// treatyTails end the names of treaties and bodies named after a place
// ("Oslo Accords", "Washington Consensus", "Paris Club").
var treatyTails = wordset.FromMap(map[string]bool{
	"agreement": true, "accord": true, "accords": true, "convention": true, "conventions": true,
	"declaration": true, "protocol": true, "charter": true, "treaty": true, "pact": true,
	"consensus": true, "club": true, "airlines": true, "airways": true, "statute": true,
})

// gatheringTails end the names of gatherings held in a place ("Africa
// Climate Summit", "Nashville Film Festival"): the place of a town, but
// a continent or a region in one is the gathering's scope, no place.
var gatheringTails = wordset.FromMap(map[string]bool{
	"summit": true, "cup": true, "games": true, "olympics": true, "forum": true,
	"conference": true, "festival": true, "marathon": true,
})

// gatheringOf reports whether the place at token i ends the name of a
// gathering after "of" or "of the" ("the Summit of the Americas", "the
// Conference of Asia"): a capitalised head of gatheringTails before it.
func gatheringOf(d *doc.Doc, i int) bool {
	k := i - 1
	if k >= 0 && strings.EqualFold(d.Text[d.Tokens[k].Span.Start:d.Tokens[k].Span.End], "the") {
		k--
	}
	if k < 1 || d.Text[d.Tokens[k].Span.Start:d.Tokens[k].Span.End] != "of" {
		return false
	}
	t := d.Tokens[k-1]
	w := d.Text[t.Span.Start:t.Span.End]
	return t.Kind == doc.TokWord && startsUpper(w) && hasLower(gatheringTails, w) && !breaksClause(d.Text[t.Span.End:d.Tokens[i].Span.Start])
}

// actsAfter reports whether the token at j is a reporting or action verb
// that makes the place before it an actor ("Beijing said").
func actsAfter(d *doc.Doc, j int) bool {
	if j >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[j]
	switch strings.ToLower(d.Text[t.Span.Start:t.Span.End]) {
	case "said", "says", "denied", "denies", "warned", "warns", "announced", "accused", "accuses", "rejected", "insisted", "condemned", "called", "demanded", "urged", "responded", "retaliated", "confirmed", "claimed", "vowed", "threatened":
		return true
	}
	return false
}

// inBefore reports whether the token before i is a preposition of place
// that leaves no reading as an actor ("officials in Brussels said",
// "doctors at Cap-Haitien said"); "from" and "to" are left out ("a
// message from Beijing said" may be the government's).
// placeNameBefore reports whether the name ending at token k stands
// where a place does, though the gazetteer does not know it: a
// dateline's upper-case city at the start of a line ("OHRID, North
// Macedonia, March 19") or up to three capitalised words after "in", "at"
// or "near" ("talks in Ohrid, North Macedonia").
func placeNameBefore(d *doc.Doc, k int) bool {
	f := k
	for {
		t := d.Tokens[f]
		if t.Kind != doc.TokWord || !startsUpper(d.Text[t.Span.Start:t.Span.End]) {
			return false
		}
		if f == 0 || k-f == 2 || d.Tokens[f-1].Kind != doc.TokWord || !startsUpper(d.Text[d.Tokens[f-1].Span.Start:d.Tokens[f-1].Span.End]) {
			break
		}
		f--
	}
	if start := d.Tokens[f].Span.Start; start == 0 || d.Text[start-1] == '\n' {
		for _, c := range []byte(d.Text[start:d.Tokens[k].Span.End]) {
			if 'a' <= c && c <= 'z' {
				return false
			}
		}
		return true
	}
	return inBefore(d, f)
}

func inBefore(d *doc.Doc, i int) bool {
	if i == 0 {
		return false
	}
	t := d.Tokens[i-1]
	switch strings.ToLower(d.Text[t.Span.Start:t.Span.End]) {
	case "in", "at", "near", "inside", "outside", "within", "across", "throughout":
		return true
	}
	return false
}

// breaksClause is strings.ContainsAny(gap, "\n,;:"), the text between
// two words, as a byte scan: the bytes are ASCII, and no byte of a
// multi-byte rune is ASCII.
func breaksClause(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', ',', ';', ':':
			return true
		}
	}
	return false
}

// breaksName is strings.ContainsAny(gap, "\n,;:()") as a byte scan (see
// breaksClause): names do not run across punctuation or line breaks.
// capitalAfter reports whether token j is a capitalised word right after
// a space: a saint's name written "St." then names a church, hospital,
// school or river ("St. John's Health System", "the St. Johns River")
// more often than a town.
func capitalAfter(d *doc.Doc, j int) bool {
	if j >= len(d.Tokens) {
		return false
	}
	w := d.Tokens[j]
	return w.Kind == doc.TokWord && w.Span.Start == d.Tokens[j-1].Span.End+1 && startsUpper(d.Text[w.Span.Start:w.Span.End])
}

// abbreviationPeriod reports whether the token at p is the period of an
// abbreviation that opens place names, written right after the word at
// w: "St.", "Ste.", "Mt.", "Ft.".
func abbreviationPeriod(text string, w, p doc.Span) bool {
	if p.Start != w.End || text[p.Start:p.End] != "." {
		return false
	}
	switch text[w.Start:w.End] {
	case "St", "Ste", "Mt", "Ft":
		return true
	}
	return false
}

func breaksName(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', ',', ';', ':', '(', ')':
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26 // 'A' to 'Z', the ASCII upper-case letters
	}
	return startsUpperRune(s) // apart, so that the ASCII test inlines
}

// startsUpperRune is startsUpper for a string that starts with no ASCII
// byte.
func startsUpperRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// hasLower reports whether m holds strings.ToLower(w) (see
// wordset.Set.HasLower: most words are turned away by their first and
// last bytes before they are lowered).
func hasLower(m *wordset.Set, w string) bool { return m.HasLower(w) }

// appendFold appends kb.Fold(w) to key. A plain ASCII word (see
// plainASCII), nearly every word of English news, is lowered byte by byte
// without building a string.
func appendFold(key []byte, w string) []byte {
	// one pass: each byte lowered into room made once, and the whole
	// word folded by kb.Fold at the first byte that is not plain
	n := len(key)
	key = slices.Grow(key, len(w))[:n+len(w)]
	dst := key[n:]
	for i := 0; i < len(w) && i < len(dst); i++ {
		c := plainLower[w[i]]
		if c == notPlain {
			// key[n:n+i] holds the fold of w[:i] (plain bytes,
			// lowered): the Latin fold goes on from byte i
			if k, ok := appendFoldLatinFrom(key[:n+i], n, w[i:]); ok {
				return k
			}
			return append(key[:n], kb.Fold(w)...)
		}
		dst[i] = c
	}
	return key
}

// appendFoldLatinFrom appends kb.Fold of a word to key without building
// a string, for a word of ASCII, curly single quotes and two-byte runes
// whose fold latinFolds knows (accented Latin letters, combining marks):
// "U.S.", "Haifa's", "Tel-Aviv", "Gaza’s", "Erdoğan", "São". Apostrophes,
// curly quotes, backquotes and marks are dropped, hyphens, periods and
// white space make one space between the words they separate, letters
// are lowered. The word's fold so far is key[start:] (empty, or ending
// in a byte that is no separator: appendFold's plain bytes before the
// first that is not), and w is the rest of the word. ok is false, key
// holding a part of the word, for any other word: the caller folds it
// with kb.Fold.
func appendFoldLatinFrom(key []byte, start int, w string) (_ []byte, ok bool) {
	space := false
	var folds *[0x800]string
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '\'' || c == '`':
			continue
		case c == '-' || c == '.' || c == ' ' || '\t' <= c && c <= '\r':
			space = true
			continue
		case c >= utf8.RuneSelf:
			if strings.HasPrefix(w[i:], "’") || strings.HasPrefix(w[i:], "‘") {
				i += len("’") - 1 // dropped like the apostrophe
				continue
			}
			if c < 0xC2 || c > 0xDF || i+1 >= len(w) || w[i+1]&0xC0 != 0x80 {
				return key, false // not a two-byte rune
			}
			if folds == nil {
				folds = latinFolds()
			}
			f := folds[rune(c&0x1F)<<6|rune(w[i+1]&0x3F)]
			i++
			if f == "" {
				continue // a combining mark
			}
			if f == noLatinFold {
				return key, false
			}
			if space && len(key) > start {
				key = append(key, ' ')
			}
			space = false
			key = append(key, f...)
			continue
		}
		if space && len(key) > start {
			key = append(key, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		key = append(key, c)
	}
	return key, true
}

// noLatinFold marks the runes of latinFolds whose fold is not plain
// ASCII letters ("ø" for "Ø") or is left to kb.Fold.
const noLatinFold = "\x00"

// latinFolds returns, by rune, kb.Fold of each two-byte rune (below
// U+0800) when that is plain ASCII letters or nothing (a combining mark
// kb.Fold drops), else noLatinFold. kb.Fold of a word of such runes is
// the folds of its runes joined, spaces aside: its decomposition (NFD)
// is that of each rune, reordering only marks, which it drops. Only the
// Latin letters (U+00C0 to U+017F) and the combining diacritics (U+0300
// to U+036F) are folded here, once, when a word first needs them.
var latinFolds = sync.OnceValue(func() *[0x800]string {
	var t [0x800]string
	for r := rune(0x80); r < 0x800; r++ {
		t[r] = noLatinFold
		if !(0xC0 <= r && r <= 0x17F || 0x300 <= r && r <= 0x36F) || unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue // (kb.Fold makes some of these spaces)
		}
		f := kb.Fold(string(r))
		letters := true
		for k := 0; k < len(f); k++ {
			if c := f[k]; c < 'a' || c > 'z' {
				letters = false
			}
		}
		if letters {
			t[r] = f
		}
	}
	return &t
})

// plainLower maps a byte of a plain ASCII word (see plainASCII) to its
// lower case, and every other byte to notPlain.
var plainLower = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
		if !plainASCII(string(rune(c))) || c >= 0x80 {
			t[c] = notPlain
		}
	}
	return
}()

// notPlain marks the bytes of plainLower that plainASCII rejects: no
// plain byte lowers to it (it is not ASCII).
const notPlain = 0xFF

// plainASCII reports whether w is made of ASCII bytes none of which
// kb.Fold removes or turns into a space (apostrophes, backquotes, hyphens,
// periods, white space), so that its fold is its ASCII lower case.
func plainASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 0x80, c == '\'', c == '`', c == '-', c == '.', c == ' ', '\t' <= c && c <= '\r':
			return false
		}
	}
	return true
}
