package quote

import "github.com/sitrep-project/sitrep/doc"

// personAfterUnnamed finds, for the he/she (gender g) at token i, the
// one person named in the sentence before when the last speaker is an
// unnamed one from further back: ""…," said a 67-year-old shopkeeper.
// His neighbour, a nurse named Samira Khalil, was more cautious. "…,"
// she said": the pronoun goes on to the person just introduced, whose
// name need not give away a gender, not back past them to an anonymous
// voice. It fails when that sentence names more than one person or one
// of the pronoun's other gender.
func (f *finder) personAfterUnnamed(i int, g string) (doc.Speaker, bool) {
	si := f.quoteOpenSentence(i)
	if !f.mentions || si <= 0 || f.sentLo[si-1] < 0 || f.sentHi[si-1] <= f.sentLo[si-1] {
		return doc.Speaker{}, false
	}
	start, end := f.t[f.sentLo[si-1]].s, f.t[f.sentHi[si-1]-1].e
	last := -1
	for k := len(f.history) - 1; k >= 0; k-- {
		if f.history[k].Span.Start < f.t[i].s {
			last = k
			break
		}
	}
	if last < 0 || f.history[last].Kind != KindUnnamed || f.history[last].Span.Start >= start || !onePerson(f.history[last].Name, g) {
		return doc.Speaker{}, false
	}
	if _, at := f.lastPronounSpeaker(doc.Span{Start: f.t[i].s, End: f.t[i].e}, g); at >= start {
		return doc.Speaker{}, false
	}
	_, found := f.solePerson(start, end, true)
	if found < 0 {
		return doc.Speaker{}, false
	}
	m := &f.d.Mentions[found]
	name := m.Text
	if m.Entity >= 0 && m.Entity < len(f.d.Entities) && f.d.Entities[m.Entity].Name != "" {
		name = f.d.Entities[m.Entity].Name
	}
	if f.speakerClash(name, m.KBID, m.Title, g, f.t[i].s) {
		return doc.Speaker{}, false
	}
	return doc.Speaker{Kind: KindPronoun, Name: name, Entity: m.KBID, Title: m.Title, Span: doc.Span{Start: f.t[i].s, End: f.t[i].e}, Mention: found}, true
}
