package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// indefinitePerson reads [a,b), after an inverted cue, as a person the
// text describes without naming: an article, a few modifiers and a noun
// for a person, with an "of" phrase that belongs to it ("said a 67-year-old
// shopkeeper", "said a father of two of the abducted students", "said a
// mother of three"). A participle after the noun starts a clause the
// description does not keep ("said a farmer sheltering with his family").
func (f *finder) indefinitePerson(a, b int) (doc.Speaker, bool) {
	if !f.isWord(a, "a") && !f.isWord(a, "an") {
		return doc.Speaker{}, false
	}
	e := a + 1
	for e < b && e < a+7 && f.t[e].kind == tWord && f.t[e].w != "of" && !boundaryWords.Has(f.t[e].w) && pronouns[f.t[e].w] == "" {
		if e > a+1 && !f.t[e].upper && strings.HasSuffix(f.t[e].w, "ing") && f.personHead(e-1) {
			break
		}
		e++
	}
	if e == a+1 || !f.personHead(e-1) || e < b && f.t[e].kind == tWord && f.t[e].w != "of" && !strings.HasSuffix(f.t[e].w, "ing") {
		return doc.Speaker{}, false
	}
	if f.isWord(e, "of") {
		o := e + 1
		for o < b && o < e+7 && f.t[o].kind == tWord && !(strings.HasSuffix(f.t[o].w, "ing") && !f.t[o].upper) && !boundaryWords.Has(f.t[o].w) {
			o++
		}
		if o > e+1 {
			e = o
		}
	}
	sp := doc.Span{Start: f.t[a].s, End: f.t[e-1].e}
	return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
}

// personHead reports whether token h is a lower-case noun for one person
// ("shopkeeper", "woman", "clerk", "witness").
func (f *finder) personHead(h int) bool {
	t := &f.t[h]
	if t.kind != tWord || t.upper {
		return false
	}
	return personNoun(t.w) || unnamedHeads.Has(t.w) && !strings.HasSuffix(t.w, "s") || titleWords.Has(t.w) && len(t.w) > 3
}

// apposedAntecedent reads the description [start,end) before ", who" as
// an appositive to the name before its comma ("warned Alan Purisima, the
// head of the national police, who announced that …"): the named person
// is the relative pronoun's antecedent, the description their title.
func (f *finder) apposedAntecedent(start, end, lo, cue int) (doc.Speaker, bool) {
	if start-2 < lo || start >= end || f.t[start-1].w != "," || f.t[start-2].kind != tWord || !f.t[start-2].upper || !f.isWord(start, "the") && !f.isWord(start, "a") && !f.isWord(start, "an") {
		return doc.Speaker{}, false
	}
	spk, ok := f.nameBefore(start-1, lo, cue)
	if !ok {
		return doc.Speaker{}, false
	}
	if spk.Title == "" && start+1 < end {
		spk.Title = f.text[f.t[start+1].s:f.t[end-1].e]
	}
	return spk, true
}

// nameBefore returns the named speaker whose name ends before token
// end: the noun phrase that opens there, from its first capitalised
// word ("warned Alan Purisima", "said Juan Perez": not the verb before
// the name).
func (f *finder) nameBefore(end, lo, cue int) (doc.Speaker, bool) {
	ns := f.npStart(end, lo)
	for ns < end && (f.t[ns].kind != tWord || !f.t[ns].upper) {
		ns++
	}
	if ns >= end {
		return doc.Speaker{}, false
	}
	spk, ok := f.classify(ns, end, cue)
	if !ok || spk.Kind != KindNamed {
		return doc.Speaker{}, false
	}
	return spk, true
}

// knownBody reports whether a named speaker is a country, an
// organisation or an armed group the KB knows: an appositive describes
// it ("Russia, a close ally of Caracas,") but gives it no title.
func (f *finder) knownBody(spk doc.Speaker) bool {
	if spk.Entity == "" || spk.Mention < 0 || spk.Mention >= len(f.d.Mentions) {
		return false
	}
	switch f.d.Mentions[spk.Mention].Type {
	case doc.TypeCountry, doc.TypeOrganization, doc.TypeArmedGroup:
		return true
	}
	return false
}

// apposedCoordinated is apposedAntecedent for an appositive whose titles
// "and" joins ("said Mercedes Aráoz, Peru's second vice president and
// prime minister, who said"; "Juan Perez, a farmer and trader, who
// added"): the phrase before "who" opens after "and" (start), and the
// name before the appositive's comma is the antecedent, the whole
// appositive its title. The appositive opens with a determiner, a
// possessive or a lower-case word, and holds words only.
func (f *finder) apposedCoordinated(start, end, lo, cue int) (doc.Speaker, bool) {
	if start-1 <= lo || start >= end || !f.isWord(start-1, "and") {
		return doc.Speaker{}, false
	}
	for c := start - 2; c > lo && c >= start-10; c-- {
		if f.t[c].kind == tWord {
			continue
		}
		a := c + 1
		if f.t[c].w != "," || a >= start-1 || c-1 <= lo || f.t[c-1].kind != tWord || !f.t[c-1].upper {
			return doc.Speaker{}, false
		}
		if w := f.t[a].w; f.t[a].upper && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "\u2019s") {
			return doc.Speaker{}, false
		}
		spk, ok := f.nameBefore(c, lo, cue)
		if !ok || f.knownBody(spk) {
			return doc.Speaker{}, false
		}
		if spk.Title == "" {
			b := a
			if f.isWord(b, "the") || f.isWord(b, "a") || f.isWord(b, "an") {
				b++
			}
			spk.Title = f.text[f.t[b].s:f.t[end-1].e]
		}
		return spk, true
	}
	return doc.Speaker{}, false
}
