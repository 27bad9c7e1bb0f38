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
	// Descriptors widens person and organisation spans over the
	// descriptive noun phrase written right before the name with no
	// determiner or comma between ("musician Tiziano Lugli", "US car
	// manufacturer General Motors", "Facebook creator Mark Zuckerberg"),
	// as MEANTIME and GUM annotate the whole noun phrase; CoNLL and re3d
	// leave it out. See widenDescriptor.
	Descriptors bool
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
	if o.Descriptors {
		for i, m := range ms {
			if t := NERType(m.Type); (t == NERPerson || t == NEROrg) && !absorbed[i] {
				spans[i] = widenDescriptor(text, spans, i, t)
			}
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
		out = append(out, NERSpan{Span: trimDeterminer(text, spans[i]), Type: t})
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

// widenDescriptor returns spans[i], the span of a person or organisation
// mention of NER type t, widened over the descriptive noun phrase right
// before it: a head noun that describes such a name (an occupation for a
// person, "musician", "co-founder"; a kind of firm or body for an
// organisation, "automaker", "airline", "parent"), up to four lowercase
// modifiers before it ("science fiction writer", "car manufacturer",
// "flag carrier") and at most one name before those, up to four
// capitalised words ("US car manufacturer General Motors", "Facebook
// creator Mark Zuckerberg"), which stays a mention of its own (MEANTIME keeps the nested name; GUM
// flattens it, and a nested name of another type inside a flat gold span
// is not scored). Words are separated by single spaces; a
// determiner, preposition, verb or punctuation ends the phrase, and a
// name after a preposition of place is where, not whose ("in Texas
// student X" keeps Texas out). Without a descriptive head the span is
// unchanged.
func widenDescriptor(text string, spans []doc.Span, i int, t string) doc.Span {
	sp := spans[i]
	start := sp.Start
	// prev returns the word ending right before position e with one
	// space between, and its start.
	prev := func(e int) (string, int) {
		if e < 2 || text[e-1] != ' ' || text[e-2] == ' ' {
			return "", -1
		}
		k := e - 1
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
			k--
		}
		return text[k : e-1], k
	}
	w, k := prev(start)
	if k < 0 || !descriptorHead(w, t, k == 0 || text[k-1] == '\n') {
		return sp
	}
	start = k
	for n := 0; n < 4; n++ {
		w, k := prev(start)
		if k < 0 || !descriptorModifier(w, k == 0 || text[k-1] == '\n') {
			break
		}
		start = k
	}
	// one name before the phrase, a run of capitalised words: a country,
	// place, demonym or firm ("US", "Apple Inc.", "JSA Research")
	name := start
	for n := 0; n < 4; n++ {
		w, k := prev(name)
		r, _ := utf8.DecodeRuneInString(w)
		if k < 0 || !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:()\"“”") {
			break
		}
		if functionWord(strings.ToLower(w)) {
			break // "As coauthor Colette Heald told"
		}
		name = k
	}
	if name < start {
		if w, k := prev(name); k < 0 || !locPrep(w) {
			start = name
		}
	}
	sp.Start = start
	return sp
}

// descriptorHead reports whether w, written right before a name of NER
// type t, is a noun that describes it: an occupation or role for a
// person ("musician", "spokesman", "co-founder"), a kind of firm or body
// for an organisation ("automaker", "airline", "parent"). The word is
// lowercase, or capitalised where a line begins ("Automaker GM").
func descriptorHead(w string, t string, lineStart bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) && !(lineStart && unicode.IsUpper(r)) {
		return false
	}
	lw := strings.ToLower(w)
	if t == NERPerson {
		return mention.IsRole(lw) || occupationNouns[lw]
	}
	return orgDescriptors[lw]
}

// occupationNouns are occupations a corpus writes before a name that
// the mentions stage's role list lacks.
var occupationNouns = map[string]bool{
	"musician": true, "actor": true, "actress": true, "singer": true, "author": true, "writer": true,
	"creator": true, "founder": true, "co-founder": true, "cofounder": true, "coauthor": true,
	"co-author": true, "curator": true, "student": true, "professor": true, "academic": true,
	"cosplayer": true, "artist": true, "painter": true, "photographer": true, "photographers": true,
	"director": true, "producer": true, "comedian": true, "rapper": true, "owner": true,
	"analyst": true, "economist": true, "scientist": true, "researcher": true, "historian": true,
	"journalist": true, "reporter": true, "columnist": true, "editor": true, "publisher": true,
	"publishers": true, "entrepreneur": true, "billionaire": true, "businessman": true,
	"businesswoman": true, "activist": true, "lawyer": true, "attorney": true, "mayor": true,
	"councillor": true, "councilor": true, "politician": true, "lawmaker": true, "legislator": true,
	"singer-songwriter": true, "guitarist": true, "drummer": true, "chef": true, "model": true,
}

// orgDescriptors are nouns for kinds of organisation written before a
// firm's or body's name ("automaker GM", "airline Lufthansa", "parent
// EADS").
var orgDescriptors = map[string]bool{
	"company": true, "firm": true, "manufacturer": true, "automaker": true, "carmaker": true,
	"maker": true, "airline": true, "carrier": true, "airframer": true, "parent": true,
	"giant": true, "retailer": true, "bank": true, "lender": true, "insurer": true,
	"conglomerate": true, "subsidiary": true, "rival": true, "chain": true, "supplier": true,
	"producer": true, "developer": true, "broadcaster": true, "network": true, "newspaper": true,
	"startup": true, "consortium": true, "group": true, "operator": true, "brand": true,
	"label": true, "studio": true, "publisher": true, "regulator": true,
}

// descriptorModifier reports whether w can modify a descriptive head
// inside the noun phrase ("car" in "car manufacturer", "national" in
// "national airline", "low-cost"): a lowercase word (capitalised where a
// line begins: "Aircraft manufacturer Boeing") that is no function word
// and no verb form a sentence would put before a name.
func descriptorModifier(w string, lineStart bool) bool {
	if w == "" || strings.ContainsAny(w, ",;:()\"“”") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) && !(lineStart && unicode.IsUpper(r)) {
		return false
	}
	w = strings.ToLower(w)
	if functionWord(w) {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") && w != "engineering" && w != "manufacturing" && w != "banking" {
		return false
	}
	return true
}

// functionWord reports whether lowercase w is a determiner, preposition,
// conjunction, common verb or adverb: a word that ends a descriptive noun
// phrase read leftwards from a name.
func functionWord(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
		"my", "your", "and", "or", "but", "of", "in", "on", "at", "by", "for", "with", "from", "to",
		"as", "than", "like", "including", "said", "says", "told", "tells", "is", "was", "are",
		"were", "be", "been", "has", "have", "had", "who", "which", "that's", "when", "while",
		"after", "before", "since", "where", "not", "also", "then", "now", "only", "both",
		"another", "other", "former", "late", "new", "all", "some", "many", "if", "so", "yet",
		"about", "against", "between", "into", "over", "under", "via", "per", "whose", "will",
		"would", "can", "could", "may", "might", "should", "must", "did", "does", "do":
		return true
	}
	return false
}

// trimDeterminer drops a leading "The" or "the" from a name of two or
// more words ("The Hague", "THE HAGUE" in a dateline), as nerTrimGold
// drops it from gold spans, so the two are compared alike.
func trimDeterminer(text string, sp doc.Span) doc.Span {
	w := text[sp.Start:sp.End]
	if len(w) > 4 && strings.EqualFold(w[:4], "the ") {
		sp.Start += 4
	}
	return sp
}
