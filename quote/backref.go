package quote

import (
	"bytes"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/ascii"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// laterMention completes a speaker found at mention mi of person e from
// what the article said of e before: a surname written after the full
// name ("Finance Minister Chrysanthus Okemo said …" then "Okemo told
// parliament") is the full name, and a speaker written with no title
// takes the one the article gave the person last ("Okemo" is the
// finance minister). A name the KB linked is already the entity's; the
// mention may miss the particle the speaker's name holds ("van
// Rysselberghe" of a mention "Rysselberghe").
func (f *finder) laterMention(spk *doc.Speaker, mi int, e *doc.Entity) {
	if e.KBID == "" && strings.HasSuffix(spk.Name, f.d.Mentions[mi].Text) && len(e.Name) > len(spk.Name)+1 &&
		strings.HasSuffix(e.Name, spk.Name) && e.Name[len(e.Name)-len(spk.Name)-1] == ' ' {
		spk.Name = e.Name
	}
	if spk.Title != "" && (honorific(spk.Title) || rankOnly(spk.Title)) {
		// "Ms Rehman" after "Sherry Rehman, Pakistan's climate change
		// minister,", "General Prayuth" after "Thailand's army chief,
		// General Prayuth Chan-ocha,": the office written earlier,
		// else the honorific or the rank
		hon := spk.Title
		spk.Title = ""
		f.laterTitle(spk, mi, e)
		if spk.Title == "" || rankOnly(spk.Title) {
			spk.Title = hon
		}
		return
	}
	if spk.Title != "" {
		return
	}
	if f.laterTitle(spk, mi, e); spk.Title == "" {
		spk.Title = f.relativeOffice(&f.d.Mentions[mi]) // "Smith, who chairs the committee, said"
	}
}

// honorific reports whether a title is only a courtesy title ("Mr.",
// "Ms"), which names no office.
func honorific(t string) bool {
	t = strings.TrimSuffix(t, ".")
	if ascii.Index(t, 0) == len(t) {
		// an ASCII title is compared without lowering a copy
		return strings.EqualFold(t, "mr") || strings.EqualFold(t, "mrs") || strings.EqualFold(t, "ms") || strings.EqualFold(t, "miss")
	}
	switch strings.ToLower(t) {
	case "mr", "mrs", "ms", "miss":
		return true
	}
	return false
}

// laterTitle gives spk, with no title, the title of an earlier mention
// of its entity e (mi is the speaker's mention).
func (f *finder) laterTitle(spk *doc.Speaker, mi int, e *doc.Entity) {
	// the mentions of e are in text order: the latest titled one
	// before mi, and one the person holds before one held in the past
	// ("elected Shigeru Ishiba as prime minister … Ishiba, a former
	// defence minister,": the prime minister speaks)
	rank := "" // a rank addresses the person; an office written elsewhere says more
	defer func() {
		if spk.Title == "" {
			spk.Title = rank
		}
	}()
	for k := len(e.Mentions) - 1; k >= 0; k-- {
		j := e.Mentions[k]
		if j >= mi || j < 0 || j >= len(f.d.Mentions) || f.d.Mentions[j].Title == "" {
			continue
		}
		m := &f.d.Mentions[j]
		if rankOnly(m.Title) {
			if rank == "" {
				rank = m.Title
			}
			continue
		}
		t := f.formerTitle(m, m.Title)
		if !pastTitle(t) {
			spk.Title = t
			return
		}
		if spk.Title == "" {
			spk.Title = t
		}
	}
	if spk.Title != "" {
		return
	}
	// no mention holds a title: the first one set off by commas after
	// a description opening its sentence ("The chairman of the
	// organising committee, Suresh Kalmadi, denied …")
	for _, j := range e.Mentions {
		if j >= 0 && j < mi && j < len(f.d.Mentions) {
			spk.Title = f.openingDescription(&f.d.Mentions[j])
			break
		}
	}
	if spk.Title != "" {
		return
	}
	// or the title written before an earlier mention that the mentions
	// layer left without one ("Opposition leader Mmusi Maimane, whose
	// party …, was not satisfied. … Maimane said")
	for _, j := range e.Mentions {
		if j >= 0 && j < mi && j < len(f.d.Mentions) {
			if t := f.titleWordsBefore(&f.d.Mentions[j]); t != "" {
				spk.Title = t
				return
			}
		}
	}
	// or the office a relative clause gave an earlier mention ("Shehbaz
	// Sharif, who heads the party, rejected the results. … Sharif said")
	for _, j := range e.Mentions {
		if j >= 0 && j < mi && j < len(f.d.Mentions) {
			if t := f.relativeOffice(&f.d.Mentions[j]); t != "" {
				spk.Title = t
				return
			}
		}
	}
}

// relativeOffice returns the office a relative clause set off after
// person mention m gives it in the present tense: "head of the Pakistan
// Muslim League-Nawaz" of "Shehbaz Sharif, who heads the Pakistan Muslim
// League-Nawaz,", "chair of the village council" of "…, who chairs the
// village council in Sindhupalchowk.". The clause's object runs to the
// comma or full stop that closes it, or to a preposition before a
// capitalised place; else "".
func (f *finder) relativeOffice(m *doc.Mention) string {
	if m.Type != doc.TypePerson {
		return ""
	}
	k := f.tokAt(m.Span.End, 0)
	for k < len(f.t) && f.t[k].s < m.Span.End {
		k++
	}
	if k+3 >= len(f.t) || f.t[k].w != "," || f.t[k+1].w != "who" {
		return ""
	}
	office, ok := relativeOffices[f.t[k+2].w]
	if !ok || !f.isWord(k+3, "the") && !f.t[k+3].upper {
		return ""
	}
	for e := k + 3; e < len(f.t) && e <= k+14; e++ {
		t := &f.t[e]
		if t.kind != tWord && t.w != "'" && t.w != "\u2019" && t.w != "-" && !f.abbrevDot(e, len(f.t)) {
			if t.w != "," && t.w != "." || e == k+3 {
				return ""
			}
			return office + " of " + f.text[f.t[k+3].s:f.t[e-1].e]
		}
		if t.report || f.sent[e] != f.sent[k] {
			return ""
		}
		if descriptionStops.Has(t.w) && e > k+3 {
			if e+1 < len(f.t) && f.t[e+1].upper && f.t[e+1].kind == tWord {
				// "who chairs the village council in Sindhupalchowk": a place
				return office + " of " + f.text[f.t[k+3].s:f.t[e-1].e]
			}
			return "" // "who leads the party in parliament" is no leader of the party
		}
	}
	return ""
}

// relativeOffices map the present-tense verbs of holding an office to
// the office's noun.
var relativeOffices = map[string]string{
	"heads": "head", "chairs": "chair", "leads": "leader", "commands": "commander", "directs": "director",
}

// openingDescription returns the description set off by a comma before
// person mention m, when a comma follows the name too: "The chairman of
// the organising committee" of "The chairman of the organising
// committee, Suresh Kalmadi, denied …", "rebel commander" of "Santos met
// the rebel commander, Rodrigo Londono, in Havana", without its article.
// The description runs from the nearest article before the comma, or
// from an earlier one joined to it by "of" or "for" after a title word
// ("the head of the rebel army", "a spokesman for the state power
// company"), and must hold a title word; else "".
func (f *finder) openingDescription(m *doc.Mention) string {
	k := f.tokAt(m.Span.Start, 0)
	n := f.tokAt(m.Span.End, k)
	if k < 2 || k >= len(f.t) || n >= len(f.t) || f.t[k].s != m.Span.Start || f.t[n].w != "," {
		return ""
	}
	// a rank between the comma and the name addresses the person: "The
	// army chief, General Prayuth Chan-ocha, …"
	for r := k - 1; r > 1 && r >= k-3 && f.t[r].upper && (rankWords.Has(f.t[r].w) || rankModifiers.Has(f.t[r].w)); r-- {
		if f.t[r-1].w == "," {
			k = r
		}
	}
	if f.t[k-1].w != "," {
		return ""
	}
	si := f.sent[k]
	if si < 0 || f.sent[n] != si {
		return ""
	}
	lo := f.skipDateline(f.sentLo[si], k)
	best, from := -1, -1 // from: the description's first token, when not best+1
	for d := k - 2; d >= lo && d >= k-13; d-- {
		if f.t[d].kind != tWord && f.t[d].w != "'" && f.t[d].w != "\u2019" || f.t[d].report || relativeWord(f.t[d].w) {
			break
		}
		owner := possessivePronouns.Has(f.t[d].w)
		if !owner && descriptionStops.Has(f.t[d].w) {
			break
		}
		if t := &f.t[d]; d == lo && t.upper && (strings.HasSuffix(t.w, "'s") || strings.HasSuffix(t.w, "\u2019s")) {
			// "Thailand's army chief, General Prayuth Chan-ocha,"
			// opening the sentence: the country's office, its name kept
			for i := d + 1; i < k-1; i++ {
				if isTitleWord(f.t[i].w) {
					best, from = d, d
					break
				}
			}
			break
		}
		if !owner && !(f.isWord(d, "the") || f.isWord(d, "a") || f.isWord(d, "an")) {
			continue
		}
		for i := d + 1; i < k-1; i++ {
			if isTitleWord(f.t[i].w) {
				best = d
				break
			}
		}
		roleOf := (f.isWord(d-1, "of") || f.isWord(d-1, "for")) && d >= 2 && isTitleWord(f.t[d-2].w)
		if owner && !roleOf {
			break // "His vice president, X,"; not "the father of his brother's son, X,"
		}
		if !roleOf {
			break // "the life of the orchestra conductor, X,": X conducts
		}
	}
	if from < 0 {
		from = best + 1
	}
	if best < 0 || from > k-2 {
		return ""
	}
	return f.text[f.t[from].s:f.t[k-2].e]
}

// descriptionStops end the description read back from a name's comma:
// a preposition other than "of" or "for", or a disjunction, joins another
// noun phrase ("a report by Patrolman Y, X,", "neither the police nor
// Y's attorney, X,").
var descriptionStops = setOf(`by to in with from on at about after before against under over into
than nor or but`)

// possessivePronouns open a description of their own ("His vice
// president, X,") that goes back no further ("the father of his
// brother's son, X," is the son).
var possessivePronouns = setOf(`his her their its our my your`)

// pastTitle reports whether a title says it is no longer held.
func pastTitle(t string) bool {
	var buf [64]byte
	if len(t) <= len(buf) && ascii.Index(t, 0) == len(t) {
		// an ASCII title, the common case, is lowered on the stack: the
		// same tests, with no copy or word list made
		l := buf[:len(t)]
		for i := range len(t) {
			c := t[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			l[i] = c
		}
		return bytes.Contains(l, []byte("former")) || bytes.HasPrefix(l, []byte("ex-")) || hasWordInLower(l, pastTitleWords)
	}
	l := strings.ToLower(t)
	return strings.Contains(l, "former") || strings.HasPrefix(l, "ex-") || hasWordIn(l, pastTitleWords)
}

// hasWordInLower is hasWordIn for an ASCII text already in lower case:
// its words are those strings.Fields splits it into (at ASCII white
// space), and each is its own lower case.
func hasWordInLower(l []byte, set *wordset.Set) bool {
	for len(l) > 0 {
		i := 0
		for i < len(l) && !asciiSpace(l[i]) {
			i++
		}
		if i > 0 && set.HasBytes(l[:i]) {
			return true
		}
		for i < len(l) && asciiSpace(l[i]) {
			i++
		}
		l = l[i:]
	}
	return false
}

// asciiSpace reports the ASCII white space strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// particlesOnly reports whether s is one or more lower-case name
// particles, each followed by a space ("van ", "de la ").
func particlesOnly(s string) bool {
	if s == "" {
		return false
	}
	for s != "" {
		w, rest, ok := strings.Cut(s, " ")
		if !ok || !particles.Has(w) {
			return false
		}
		s = rest
	}
	return true
}

// nameWord reports whether a mention of the mentions layer is the word
// at token i ("Beijing", not a gerund).
func (f *finder) nameWord(i int) bool {
	if !f.mentions {
		return false
	}
	k := f.mentionAt(f.t[i].s)
	return k >= 0 && f.d.Mentions[k].Span.End == f.t[i].e
}

// carryEarlier completes each named speaker from the latest quote before
// it whose speaker is the same person of the mentions layer: a speaker
// written with no title takes the title that quote gave ("The Socialist
// leader, X Y, said …" then "Y told supporters": the Socialist leader),
// and a short name that is the first word of that speaker's name, the
// family name written first ("Zhou Xiaochuan said …" then "Zhou told a
// news conference"), is the full name. A title written before the name
// in an apposition reaches no mention, so laterMention cannot see it.
func (f *finder) carryEarlier() {
	if !f.mentions {
		return
	}
	for i := range f.out {
		s := &f.out[i].Speaker
		e := f.personOf(s)
		// a one-word name the mentions layer did not join to the person
		// ("Chung" after "Chung Mong-koo") is the speaker whose name opens
		// or ends with that word
		short := s.Kind == KindNamed && s.Entity == "" && s.Name != "" && !strings.Contains(s.Name, " ")
		if f.familyNameFirst(s) {
			continue
		}
		if e < 0 && !short {
			continue
		}
		var prev *doc.Speaker
		for j := range f.out {
			o := &f.out[j].Speaker
			if o.Span.Start >= s.Span.Start || prev != nil && o.Span.Start <= prev.Span.Start {
				continue
			}
			if e >= 0 && f.personOf(o) == e || short && o.Kind == KindNamed && f.personOf(o) >= 0 && nameEdgeWord(o.Name, s.Name) {
				prev = o
			}
		}
		if prev == nil {
			continue
		}
		if (s.Title == "" || rankOnly(s.Title) && !rankOnly(prev.Title)) && titleToCarry(prev.Title) {
			s.Title = prev.Title // also the office for a rank: "Thailand's army chief, General X, said … X said"
		}
		if s.Entity == "" && len(prev.Name) > len(s.Name)+1 && strings.HasPrefix(prev.Name, s.Name) && prev.Name[len(s.Name)] == ' ' {
			s.Name = prev.Name
		}
	}
}

// familyNameFirst gives a one-word speaker the KB linked to someone the
// article never named the person of the latest earlier quote whose name,
// unknown to the KB, opens with that word: "Vice Finance Minister Zhu
// Guangyao said … "…," Zhu said" is not Zhu Rongji. A surname written
// last ("Obama" after "Michelle Obama") keeps its link. It reports
// whether it changed s.
func (f *finder) familyNameFirst(s *doc.Speaker) bool {
	if s.Kind != KindNamed || s.Entity == "" || s.Span.End <= s.Span.Start {
		return false
	}
	w := f.text[s.Span.Start:s.Span.End]
	if strings.Contains(w, " ") {
		return false
	}
	var prev *doc.Speaker
	for j := range f.out {
		o := &f.out[j].Speaker
		if o.Span.Start < s.Span.Start && o.Kind == KindNamed && o.Entity == "" && (prev == nil || o.Span.Start > prev.Span.Start) &&
			len(o.Name) > len(w)+1 && strings.HasPrefix(o.Name, w) && o.Name[len(w)] == ' ' && f.personOf(o) >= 0 {
			prev = o
		}
	}
	if prev == nil || strings.Contains(f.text[prev.Span.Start:prev.Span.End], s.Name) {
		return false
	}
	s.Name, s.Entity, s.Mention = prev.Name, "", prev.Mention
	if s.Title == "" && titleToCarry(prev.Title) {
		s.Title = prev.Title
	}
	return true
}

// personOf returns the entity index of a named speaker linked to a
// person mention, or -1.
func (f *finder) personOf(s *doc.Speaker) int {
	if s.Kind != KindNamed || s.Mention < 0 || s.Mention >= len(f.d.Mentions) {
		return -1
	}
	m := &f.d.Mentions[s.Mention]
	if m.Type != doc.TypePerson {
		return -1
	}
	return m.Entity
}

// nameEdgeWord reports whether w is the first or the last word of name.
func nameEdgeWord(name, w string) bool {
	n := len(w)
	return len(name) > n+1 && (strings.HasPrefix(name, w) && name[n] == ' ' || strings.HasSuffix(name, w) && name[len(name)-n-1] == ' ')
}

// titleToCarry reports whether a speaker's title reads as one: a phrase
// a relative word or preposition opens (", at Monday's debate,", ",
// whose candidacy …") was taken for an apposition and stays where it is.
func titleToCarry(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	return w != "" && !relativeWord(w) && !titleStop.Has(w)
}
