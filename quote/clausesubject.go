package quote

import (
	"sort"

	"github.com/sitrep-project/sitrep/doc"
)

// clauseOpeners open a subordinate clause whose subject may be the
// person a pronoun in the next sentence stands for ("…, where Foreign
// Minister X drew applause. "…," he said").
var clauseOpeners = setOf(`where when while as after before because since until although though whereupon`)

// previousClauseSubject finds, with the mentions layer, the one person
// the sentence before token i's quote names, when that person is the
// subject of a subordinate clause there: a clause opener, at most a
// title of capitalised or title words, the name and a lower-case word
// after it ("The divide deepened at the Security Council, where Foreign
// Minister Dominique de Villepin drew applause"). A name whose gender
// the pronoun cannot check ("Dominique") is then still the newest
// person, newer than a speaker quoted before it. It returns the byte
// offset where that sentence starts.
func (f *finder) previousClauseSubject(i int) (doc.Speaker, int, bool) {
	si := f.quoteOpenSentence(i)
	if !f.mentions || si <= 0 || f.sentLo[si-1] < 0 || f.sentHi[si-1] <= f.sentLo[si-1] {
		return doc.Speaker{}, 0, false
	}
	lo, hi := f.sentLo[si-1], f.sentHi[si-1]
	start, end := f.t[lo].s, f.t[hi-1].e
	found, _ := f.solePerson(start, end, false)
	if found < 0 {
		return doc.Speaker{}, 0, false
	}
	m := &f.d.Mentions[found]
	// the clause opener before the name and its title
	k := f.tokAt(m.Span.Start, lo) - 1
	for n := 0; k > lo && n < 5 && f.t[k].kind == tWord && (f.t[k].upper || isTitleWord(f.t[k].w) || titleModifiers.Has(f.t[k].w)); n++ {
		k--
	}
	if k <= lo || f.t[k].kind != tWord || f.t[k].upper || !clauseOpeners.Has(f.t[k].w) {
		return doc.Speaker{}, 0, false
	}
	// a lower-case word after the name: its verb, not "and Y" nor "'s"
	n := f.tokAt(m.Span.End, lo)
	for n < hi && f.t[n].s < m.Span.End {
		n++
	}
	if n >= hi || f.t[n].kind != tWord || f.t[n].upper || f.t[n].w == "and" || f.t[n].w == "or" || f.t[n].w == "of" {
		return doc.Speaker{}, 0, false
	}
	if r := f.d.Text[m.Span.End:]; len(r) > 0 && (r[0] == '\'' || len(r) > 2 && r[:3] == "\u2019") {
		return doc.Speaker{}, 0, false
	}
	name := m.Text
	if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
		name = f.d.Entities[m.Entity].Name
	}
	return doc.Speaker{Name: name, Entity: m.KBID, Title: m.Title, Mention: found}, start, true
}

// solePerson returns the first and the last person mention outside
// quotes in [start, end) when all of them name one person: one KB or
// document entity, or, with byText, one unlinked name written the same.
// Both are -1 when there is no person, or two (no guess).
func (f *finder) solePerson(start, end int, byText bool) (first, last int) {
	first, last = -1, -1
	mi := sort.Search(len(f.d.Mentions), func(k int) bool { return f.d.Mentions[k].Span.Start >= start })
	for ; mi < len(f.d.Mentions) && f.d.Mentions[mi].Span.Start < end; mi++ {
		m := &f.d.Mentions[mi]
		if m.Type != doc.TypePerson || f.inQuote(m.Span.Start) {
			continue
		}
		if first >= 0 {
			p := &f.d.Mentions[first]
			if p.Entity != m.Entity || m.Entity < 0 && (!byText || p.Text != m.Text) {
				return -1, -1
			}
		} else {
			first = mi
		}
		last = mi
	}
	return first, last
}
