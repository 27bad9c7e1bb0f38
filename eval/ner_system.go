package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/mention"
)

// SystemOptions choose the span conventions SystemNER scores by; the zero
// value is CoNLL's.
type SystemOptions struct {
	// Titles widens person spans over their titles (see SystemNER).
	Titles bool
	// DemonymsLOC scores a demonym or country adjective ("American") as a
	// mention of its country (LOC), as MEANTIME annotates them; CoNLL
	// counts them as MISC.
	DemonymsLOC bool
	// JoinPlaces scores "City, State" and "City, Country" ("Mobile,
	// Alabama", "Toulouse, France") as one LOC span, as MEANTIME annotates
	// them; CoNLL annotates the two places apart.
	JoinPlaces bool
	// ActorsORG scores a country or capital that stands for its state
	// acting (doc.Mention.Acts, Metonymy: "The UK stands by Iraq",
	// "Tehran denied") as ORG, as re3d and GUM annotate it; CoNLL and
	// MEANTIME keep every country a LOC.
	ActorsORG bool
}

// SystemNER turns the mentions stage's output into NER spans for scoring:
// person → PER, organization and armed_group → ORG, country and place →
// LOC, demonyms ("Israeli") → MISC (LOC with DemonymsLOC).
//
// With Titles set, a person's span is widened to the convention of
// corpora that put titles inside person names (re3d, MEANTIME: "Foreign
// Secretary Boris Johnson", "Mr Ellwood", "Russian Foreign Minister
// Lavrov"): over the title the stage recorded for the mention when it
// stands right before the name, over honorifics and ranks right before
// it ("Lt Gen") and capitalised occupations ("Spokeswoman"), and over a
// country word right before the title; such a
// country word is then part of the person's span, not a mention of its
// own. The stage's output is unchanged: only its spans are read another
// way.
func SystemNER(text string, ms []doc.Mention, o SystemOptions) []NERSpan {
	out := make([]NERSpan, 0, len(ms))
	absorbed := map[int]bool{}
	spans := make([]doc.Span, len(ms))
	for i, m := range ms {
		spans[i] = m.Span
		if o.Titles && m.Type == doc.TypePerson {
			spans[i] = widenPerson(text, ms, i, absorbed)
		}
	}
	for i, m := range ms {
		t := NERType(m.Type)
		if m.How == mention.HowDemonym && !o.DemonymsLOC {
			t = NERMisc
		}
		if o.ActorsORG && t == NERLoc && m.How != mention.HowDemonym && (m.Acts || m.Metonymy) {
			t = NEROrg
		}
		if t == "" || absorbed[i] {
			continue
		}
		out = append(out, NERSpan{Span: spans[i], Type: t})
	}
	if o.JoinPlaces {
		out = joinPlaces(text, out)
	}
	return out
}

// joinPlaces merges a LOC span and a LOC span after ", " into one
// ("Mobile, Alabama"), but not in a list ("Paris, London and Rome").
func joinPlaces(text string, spans []NERSpan) []NERSpan {
	out := spans[:0:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && s.Type == NERLoc && spans[i+1].Type == NERLoc && s.Span.End <= spans[i+1].Span.Start &&
			strings.TrimSpace(text[s.Span.End:spans[i+1].Span.Start]) == "," && !listAfter(text, spans, i+1) {
			s.Span.End = spans[i+1].Span.End
			i++
		}
		out = append(out, s)
	}
	return out
}

// listAfter reports whether spans[k] is followed by "and", "or" or a
// comma and another place: it is an item of a list.
func listAfter(text string, spans []NERSpan, k int) bool {
	rest := strings.TrimLeft(text[spans[k].Span.End:], " ")
	if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") {
		return true
	}
	if strings.HasPrefix(rest, ",") && k+1 < len(spans) && spans[k+1].Type == NERLoc {
		between := strings.TrimSpace(text[spans[k].Span.End:spans[k+1].Span.Start])
		return between == "," || between == ", and" || between == ", or"
	}
	return false
}

// widenPerson returns the span of person mention ms[i] widened over the
// title, honorifics and country word before it, and marks the mentions
// it absorbs.
func widenPerson(text string, ms []doc.Mention, i int, absorbed map[int]bool) doc.Span {
	m := ms[i]
	sp := m.Span
	ts := m.TitleSpan
	if ts.End > ts.Start && ts.End <= sp.Start && onlyHonorifics(text[ts.End:sp.Start]) {
		sp.Start = ts.Start
		// a country or demonym right before the title: "Russian Foreign
		// Minister", "US Secretary of State", "Israel's ambassador"
		for k := i - 1; k >= 0; k-- {
			c := ms[k]
			if c.Span.End > sp.Start {
				continue
			}
			if c.Type != doc.TypeCountry {
				break
			}
			gap := strings.TrimSpace(text[c.Span.End:sp.Start])
			if locPrep(lastWord(strings.TrimRightFunc(text[:c.Span.Start], unicode.IsSpace))) {
				break // "In Turkey Minister Ellwood met": the country is where, not whose
			}
			if gap == "" || gap == "'s" || gap == "’s" {
				sp.Start = c.Span.Start
				absorbed[k] = true
			}
			break
		}
	}
	// honorifics, ranks and capitalised occupations written right before:
	// "Mr Ellwood", "Lt Gen Sergei Rudskoi", "Spokeswoman Sandy Angers"
	for {
		j := strings.TrimRightFunc(text[:sp.Start], unicode.IsSpace)
		if len(j) == len(text[:sp.Start]) {
			break
		}
		w := lastWord(j)
		if w == "" || !(mention.IsHonorific(w) || mention.IsRole(w) && strings.ToUpper(w) != w) {
			break // an acronym ("CEO") stays outside, like a title with no name of its own
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		sp.Start = len(j) - len(w)
	}
	return sp
}

// locPrep reports whether w is a preposition of place or direction
// ("in Turkey", "to France").
func locPrep(w string) bool {
	switch strings.ToLower(w) {
	case "in", "at", "from", "to", "into", "across", "near", "inside", "outside", "throughout", "visiting", "visited":
		return true
	}
	return false
}

// onlyHonorifics reports whether s, the text between a title and a name,
// is blank or holds only honorifics ("Foreign Minister Dr Ali Kani").
func onlyHonorifics(s string) bool {
	for _, w := range strings.Fields(s) {
		if !mention.IsHonorific(w) {
			return false
		}
	}
	return true
}

// lastWord returns the last run of letters and periods in s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	return s[i:]
}
