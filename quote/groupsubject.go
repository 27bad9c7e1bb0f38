package quote

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// crowdWords are the quantity nouns that open a crowd subject
// ("Thousands of farmers", "Tens of thousands of protesters").
var crowdWords = setOf(`thousands hundreds dozens scores tens millions`)

// sponsorSuffixes end a sponsor modifier before a group noun ("the
// Iran-backed group Hezbollah", "the al-Qaeda-linked group al-Shabaab").
var sponsorSuffixes = []string{"-backed", "-linked", "-allied", "-aligned", "-affiliated", "-supported", "-sponsored", "-funded"}

// groupNouns are the heads a sponsor modifier describes before the
// group's name.
var groupNouns = setOf(`group militia faction movement organisation organization network outfit rebels militants party`)

// groupSubject finds the speaker of a sentence whose subject at token s
// (before the verb at j) is a noun phrase the capitalised-run reading
// cuts short:
//
//   - a crowd, "Thousands of farmers marched …, saying …": the whole
//     phrase up to its plural head ("Hundreds of Hezbollah supporters"),
//     an unnamed source (not "Thousands", a name); "Thousands marched"
//     is the unnamed "Thousands";
//   - a named group after a sponsor description, "The Iran-backed group
//     Hezbollah claimed responsibility, saying …": the group's name, not
//     the sponsor's (a claim is the group's, never the state's).
//
// It reports false for any other subject.
func (f *finder) groupSubject(s, j int) (doc.Speaker, bool) {
	if s+3 >= j || f.t[s].kind != tWord {
		return doc.Speaker{}, false
	}
	if crowdWords.Has(f.t[s].w) {
		if !f.isWord(s+1, "of") {
			if f.t[s+1].kind != tWord || f.t[s+1].upper {
				return doc.Speaker{}, false
			}
			// "Thousands marched …, saying": a crowd, no name
			sp := doc.Span{Start: f.t[s].s, End: f.t[s].e}
			return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
		}
		e := s + 2
		if crowdWords.Has(f.t[e].w) && f.isWord(e+1, "of") {
			e += 2 // "Tens of thousands of protesters"
		}
		// modifiers, then the plural head: "Kenyan doctors", "Hezbollah
		// supporters", "people"
		h := -1
		for k := e; k < j && k < e+4 && f.t[k].kind == tWord && !verbLike(f.t[k].w) && !auxVerbs.Has(f.t[k].w) && !boundaryWords.Has(f.t[k].w); k++ {
			if !f.t[k].upper && crowdHead(f.t[k].w) {
				h = k
				break
			}
		}
		if h < 0 || h+1 >= j || f.t[h+1].kind != tWord {
			return doc.Speaker{}, false
		}
		sp := doc.Span{Start: f.t[s].s, End: f.t[h].e}
		return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
	}
	if f.t[s].w != "the" || !sponsored(f.t[s+1].w) || !groupNouns.Has(f.t[s+2].w) {
		return doc.Speaker{}, false
	}
	a := s + 3
	e := a
	for e < j && e < a+5 && f.t[e].kind == tWord && (f.t[e].upper || strings.HasPrefix(f.t[e].w, "al-") || particles.Has(f.t[e].w) && e > a) {
		e++
	}
	if e == a || e >= j {
		return doc.Speaker{}, false
	}
	return f.classify(a, e, j)
}

// crowdHeads are plural heads of a crowd that do not end in -s.
var crowdHeads = setOf(`people men women children police staff personnel youth clergy`)

// measureNouns are plural units, never a crowd that speaks.
var measureNouns = setOf(`years months weeks days hours minutes miles kilometres kilometers metres meters feet
	dollars euros pounds rupees tons tonnes acres hectares barrels litres liters gallons`)

// crowdHead reports whether the lower-case word w can head a crowd
// phrase: a plural ("farmers", "protesters") or one of crowdHeads.
func crowdHead(w string) bool {
	if measureNouns.Has(w) {
		return false // "Thousands of miles away, …": no crowd
	}
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") || crowdHeads.Has(w)
}

// sponsored reports whether w is a sponsor modifier: "iran-backed".
func sponsored(w string) bool {
	if len(w) < 8 || strings.IndexByte(w, '-') < 0 {
		return false
	}
	for _, x := range sponsorSuffixes {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// missionNouns are the plural heads of a body's mission: "EU observers",
// "UN inspectors" speak for the body that sent them.
var missionNouns = setOf(`observers monitors inspectors investigators`)

// missionSpeakers attributes a quote of "<Body> observers" ("SADC
// observers said", "African Union monitors said") to the body: the
// speaker is a description of the KB organisation, as "Observers from
// the African Union" is attributed by name, not an unnamed source. Only an
// organisation the KB knows, written right before
// the noun and opening the speaker, counts: "Russian officials" and
// "Western observers" stay unnamed.
func (f *finder) missionSpeakers() {
	if !f.mentions {
		return
	}
	for i := range f.out {
		spk := &f.out[i].Speaker
		if spk.Kind != KindUnnamed || spk.Span.Len() < 6 || spk.Span.End > len(f.text) {
			continue
		}
		name := f.text[spk.Span.Start:spk.Span.End]
		sp := strings.LastIndexByte(name, ' ')
		if sp < 0 || !missionNouns.Has(strings.ToLower(name[sp+1:])) {
			continue
		}
		for k := range f.d.Mentions {
			m := &f.d.Mentions[k]
			if m.Span.Start > spk.Span.Start {
				break
			}
			if m.Span.Start == spk.Span.Start && m.Span.End == spk.Span.Start+sp && m.Type == doc.TypeOrganization && m.KBID != "" {
				spk.Kind, spk.Entity, spk.Mention = KindDescription, m.KBID, k
				break
			}
		}
	}
}

// previousPeopleSubject finds the people that open the sentence before
// the one "they" at token i opens, when no one spoke since: "Farmers
// blocked the highway on Monday. They said …", "Hundreds of nurses
// marched on parliament. They said …". The subject is a plural noun for
// people (after an article and up to three modifiers, or a crowd's "Hundreds
// of"), then a verb in lower case; the speaker is unnamed, as written.
func (f *finder) previousPeopleSubject(i int) (doc.Speaker, bool) {
	si := f.sent[i]
	if si <= 0 || f.sentLo[si] != i || f.sentLo[si-1] < 0 {
		return doc.Speaker{}, false
	}
	a, b := f.sentLo[si-1], f.sentHi[si-1]
	a = f.skipDateline(a, b)
	s := a
	if f.isWord(s, "the") {
		s++
	}
	if s+1 < b && crowdWords.Has(f.t[s].w) && f.isWord(s+1, "of") {
		s += 2
	}
	crowd := s > a+1 && crowdWords.Has(f.t[s-2].w)
	h := -1
	for k := s; k < b && k < s+5 && (f.t[k].kind == tWord || k > s && (f.t[k].w == "'" || f.t[k].w == "\u2019")); k++ {
		if f.t[k].kind == tWord && (pluralPeople(f.t[k].w) || crowd && crowdHead(f.t[k].w)) {
			h = k // also after a possessive: "The girls' families"
			break
		}
	}
	if h < 0 || h+1 >= b || f.t[h+1].kind != tWord || f.t[h+1].upper || f.t[h+1].report || boundaryWords.Has(f.t[h+1].w) || f.t[h+1].w == "of" {
		return doc.Speaker{}, false
	}
	if f.spokeSince("p", f.t[a].s) {
		return doc.Speaker{}, false
	}
	sp := doc.Span{Start: f.t[a].s, End: f.t[h].e}
	return doc.Speaker{Kind: KindUnnamed, Name: f.text[sp.Start:sp.End], Span: sp, Mention: -1}, true
}
