package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Context of actor phrases: the words around an actor that change who
// it is (home country, titles, former offices, possessives, kin,
// partisans, currencies, one-word names read as places).

// capsFunctionActors gives an actor written as one all-capital token
// that spells a function word ("WHO", the World Health Organization)
// its own capitals as its lower-case form, so that the rules that look
// for the relative pronoun "who" do not take it for one ("The WHO
// said", "which the WHO said killed"). Per actor, not per token.
func capsFunctionActors(text string, toks []tok, acts []actor) {
	for i := range acts {
		a := &acts[i]
		if a.t1 != a.t0+1 || a.t0 >= len(toks) {
			continue
		}
		if t := &toks[a.t0]; t.capsAll && t.low == "who" {
			t.low, t.cls = text[t.start:t.end], 0
		}
	}
}

// homeCountry returns the country a story is set in, as far as the text up
// to the end of sentence sent shows: the country of most of the places
// named so far, when at least two places name it and it holds a strict
// majority; else "". "The government" in a story set in Turkey is Turkey's.
// Called only for a bare "the government", so the loop over
// the places costs nothing on other sentences.
func homeCountry(d *doc.Doc, sent doc.Span) string {
	best, n, total := mostPlacesCountry(d.Places, sent.End)
	if n < 2 || 2*n <= total {
		return ""
	}
	return best
}

// mostPlacesCountry returns the country most of the places starting
// before end are in (the first named of a tie), how many are in it, and
// how many places before end have a country at all.
func mostPlacesCountry(places []doc.Place, end int) (best string, n, total int) {
	var ctry [8]string
	var cnt [8]int
	seen := 0
	for i := range places {
		p := &places[i]
		if p.Country == "" || p.Span.Start >= end {
			continue
		}
		total++
		k := 0
		for k < seen && ctry[k] != p.Country {
			k++
		}
		if k == seen {
			if seen == len(ctry) {
				continue
			}
			ctry[seen] = p.Country
			seen++
		}
		cnt[k]++
	}
	for k := 0; k < seen; k++ {
		if cnt[k] > n {
			best, n = ctry[k], cnt[k]
		}
	}
	return best, n, total
}

// onlyPlaceCountry returns the country of every place of d named
// before sent ("Miami" in a local story's headline), or "" when there
// is none or two countries are named (a place of sent itself may be
// what its actors act on: "authorised an investigation into Burundi").
func onlyPlaceCountry(d *doc.Doc, sent doc.Span) string {
	ctry := ""
	for i := range d.Places {
		p := &d.Places[i]
		if p.Country == "" || p.Span.Start >= sent.Start {
			continue
		}
		if ctry != "" && p.Country != ctry {
			return ""
		}
		ctry = p.Country
	}
	return ctry
}

// whereCountry returns the country the sentence puts a bare "the
// government" in: the country of a place named after a
// preposition of location ("marched in Nairobi … against the
// government", "near the town of Gao") when every actor of the sentence
// with a country is of that state; else, with no country named in the
// sentence, the country of the story's dateline ("NAIROBI — Protesters
// marched against the government"). Called only for an ownerless state
// body, so the loops cost nothing on other sentences.
func (c *Coder) whereCountry(d *doc.Doc, sent doc.Span, toks []tok, acts []actor) string {
	ctry, where := "", false
	for _, b := range acts {
		if b.country == "" || b.sector == "IGO" {
			continue
		}
		if ctry != "" && b.country != ctry || abroadBody(toks, b) {
			return ""
		}
		ctry = b.country
		if b.place && b.t1 <= len(toks) && (c.placeIsWhere(toks, toks[b.t0].start) || b.t0 == 0 && datelineAt(d.Text, doc.Span{Start: toks[0].start, End: toks[b.t1-1].end})) {
			where = true
		}
	}
	for i := range d.Places {
		// places the KB has no entry for ("in Yangon") are named by
		// the places stage only
		if p := &d.Places[i]; p.Country != "" && p.Span.Start >= sent.Start && p.Span.End <= sent.End {
			if ctry != "" && p.Country != ctry {
				return ""
			}
			ctry = p.Country
			where = where || c.placeIsWhere(toks, p.Span.Start) || p.Span.Start-sent.Start < 3 && datelineAt(d.Text, p.Span)
		}
	}
	if where {
		return ctry
	}
	if ctry != "" {
		return ""
	}
	for i := range d.Places {
		if p := &d.Places[i]; p.Span.Start < 3 && p.Country != "" && datelineAt(d.Text, p.Span) {
			return p.Country
		}
	}
	return ""
}

// boundForState reports "to" and a state named right after an agent
// phrase ending at end ("could send troops to Niger to restore President
// Mohamed Bazoum"): forces bound for a state are not that state's, so
// the state's leader named in the sentence does not make them its own.
func boundForState(toks []tok, acts []actor, end int) bool {
	if end+1 >= len(toks) || toks[end].low != "to" {
		return false
	}
	for k := range acts {
		if b := &acts[k]; b.t0 == end+1 && b.country != "" && !b.place && !b.person && !b.generic {
			return true
		}
	}
	return false
}

// objectOfVerbOrPrep reports whether the word before "the government"
// makes it an object ("accused the government", "with the government")
// rather than a coordinated noun ("between X and the government") or a
// clause-opening subject.
func objectOfVerbOrPrep(t *tok) bool {
	return !t.punct && t.low != "and" && t.low != "or" && t.low != "nor" && t.low != "between"
}

// titleWords are the lower-case words of a title that may stand between
// a pre-nominal participle and the name it describes ("jailed former
// prime minister Imran Khan", "exiled opposition leader X").
var titleWords = wordset.FromMap(map[string]bool{"former": true, "ex": true, "prime": true, "minister": true,
	"president": true, "vice": true, "leader": true, "opposition": true, "senator": true, "governor": true,
	"mayor": true, "general": true, "activist": true, "journalist": true, "dissident": true, "chief": true,
	"premier": true, "chancellor": true, "lawmaker": true, "politician": true, "candidate": true, "rebel": true,
	"commander": true, "military": true, "army": true, "ruler": true, "strongman": true, "dictator": true,
	"tycoon": true, "businessman": true, "cleric": true, "blogger": true, "rapper": true, "writer": true,
	"party": true, "head": true, "deputy": true, "secretary": true, "defence": true, "defense": true,
	"foreign": true, "interior": true, "finance": true, "justice": true, "human": true, "rights": true,
	"pro-democracy": true, "veteran": true, "exiled": true, "ousted": true, "detained": true, "jailed": true})

// partisanNouns name the followers or the opponents of a person, who
// are not the person ("supporters and opponents of Mursi clashed").
var partisanNouns = wordset.FromMap(map[string]bool{"supporters": true, "loyalists": true, "followers": true,
	"opponents": true, "critics": true, "detractors": true, "foes": true})

// partisansOf turns a person actor named with a partisan noun
// ("Bolsonaro supporters", "supporters of former President Jair
// Bolsonaro") into the followers: civilians (CVL) of the person's
// country, named by the whole phrase, never the person.
func partisansOf(a *actor, name string) {
	a.person, a.generic, a.agentNoun = false, true, true
	a.sector = "CVL"
	a.name = name
	a.id = a.actorCode()
}

// partisanBefore returns the index of a partisan noun before "of" and a
// title in front of the person starting at t0 ("supporters of former
// President Jair Bolsonaro"), or -1. Tokens before lo belong to another
// actor.
func partisanBefore(toks []tok, t0, lo int) int {
	for i := t0 - 1; i >= lo && i >= 1 && i >= t0-5; i-- {
		t := &toks[i]
		if t.low == "of" {
			if i-1 >= lo && partisanNouns.Has(toks[i-1].low) {
				return i - 1
			}
			return -1
		}
		if t.punct || !t.upper && !titleWords.Has(t.low) {
			return -1
		}
	}
	return -1
}

// clauseSubjectGovernment reports a bare "the government" or "the
// new|interim|transitional government" at i opening a clause (the
// sentence start, or after punctuation such as a dateline's dash): in
// a story set in one country it is that country's government, as subject as well as
// object.
func clauseSubjectGovernment(toks []tok, i int) bool {
	if toks[i].low != "government" || i == 0 {
		return false
	}
	k := i - 1
	switch toks[k].low {
	case "new", "interim", "transitional", "caretaker":
		k--
	}
	if k < 0 || toks[k].low != "the" {
		return false
	}
	return k == 0 || toks[k-1].punct
}

// armedPositions reports a plural noun at k naming the places an armed
// group holds ("positions", "hideouts", "bases", "strongholds", "towns"): the
// agent word before it ("struck Islamist rebel positions in central
// Mali", "bombed militant hideouts", "hit army bases") names whom the
// strike is aimed at, not a modifier to drop, so that the target is the
// group rather than the country named after "in".
func armedPositions(toks []tok, k int) bool {
	switch toks[k].low {
	case "positions", "hideouts", "hideout", "strongholds", "bases", "camps", "bunkers", "targets", "outposts", "redoubts",
		"position", "stronghold", "base", "camp", "bunker", "outpost", "redoubt",
		// the places a group holds: "bombed rebel towns in Idlib" is
		// aimed at the rebels, not at Syria
		"towns", "villages", "areas", "districts", "neighbourhoods", "neighborhoods", "enclaves", "enclave":
		return true
	}
	return false
}

// positionsCountry returns the country of the state actor named after
// "in", "near" or "across" at k, past "the" and compass adjectives
// ("positions in central Mali": MLI), or "" when none is named there.
func positionsCountry(toks []tok, acts []actor, k int) string {
	if k >= len(toks) || toks[k].low != "in" && toks[k].low != "near" && toks[k].low != "across" {
		return ""
	}
	k++
	for k < len(toks) && (toks[k].low == "the" || compassWord(toks[k].low)) {
		k++
	}
	for _, b := range acts {
		if b.t0 == k && b.country != "" && !b.generic {
			return b.country
		}
	}
	return ""
}

// nationalIngNouns are the nouns in -ing that "national" modifies as an
// adjective ("a week of national mourning", "national spending"): no
// citizen "national" acts there.
var nationalIngNouns = wordset.FromMap(map[string]bool{"mourning": true, "spending": true, "funding": true, "housing": true,
	"healing": true, "rebuilding": true, "reckoning": true, "bargaining": true, "planning": true, "polling": true,
	"screening": true, "testing": true, "training": true, "broadcasting": true, "soul-searching": true, "grieving": true,
	"lockdown": true, "uprising": true, "gathering": true, "meeting": true, "hearing": true, "ranking": true, "rankings": true})

// titledPerson makes a generic titled actor of a region or place
// ("Bougainville President", "Puntland President") followed by the name
// of a person the KB does not know the person: the event is John Momis's,
// coded by the title's state and sector, not an unnamed "president".
func titledPerson(a, b *actor) {
	a.id, a.name, a.person, a.generic = b.id, b.name, true, false
}

// titleOfName reports a singular agent phrase ending before token end
// that a named person's actor follows at once: "opposition leader Raila
// Odinga", "rebel commander X". The phrase is the person's title, no
// second actor beside them, so "Kibaki and opposition leader Raila
// Odinga signed" keeps its two conjoined signers.
func titleOfName(toks []tok, acts []actor, end int) bool {
	if end >= len(toks) || !toks[end].upper || strings.HasSuffix(toks[end-1].low, "s") {
		return false
	}
	for i := range acts {
		if acts[i].t0 == end {
			return acts[i].person && !acts[i].generic
		}
	}
	return false
}

// epithetOfName reports whether the one-word agent at [i,end) is a
// singular lower-case epithet right before a named group or state ("the
// separatist Free Aceh Movement", "the rebel SPLM", "the militant
// Hamas"): an adjective of the name, no actor of its own, so that "A and
// the separatist B" joins A and B. A person's title ("opposition leader
// X") is titleOfName's.
func epithetOfName(toks []tok, acts []actor, i, end int) bool {
	if end != i+1 || end >= len(toks) || !toks[end].upper || toks[i].upper || strings.HasSuffix(toks[i].low, "s") {
		return false
	}
	for k := range acts {
		if a := &acts[k]; a.t0 == end {
			return !a.person && !a.generic && !a.place && !a.demonym
		}
	}
	return false
}

// ownSentFrom reports a state agent phrase toks[t0:end] owned by the
// clause's subject and followed by "from" ("recalled its own envoy from
// Ottawa", "withdrew their troops from Mali"): the subject's own people
// are no party, and the place after "from" is not their country but the
// one the act is aimed at. genericAgents drops such an
// agent, so the place becomes the target.
func ownSentFrom(toks []tok, t0, end int, code string) bool {
	if end+1 >= len(toks) || toks[end].low != "from" || !ownedBySubject(toks, t0) {
		return false
	}
	return strings.HasPrefix(code, "GOV") || strings.HasPrefix(code, "MIL")
}

// indefiniteModifier reports whether the one-word agent at [i,end)
// stands between "a"/"an" and a lower-case noun or gerund that a noun
// follows ("a militant training camp", "a rebel supply route", "an
// army weapons depot"): it modifies that noun phrase, naming no actor.
// A singular agent noun followed by its verb ("a militant
// attacked") fails the noun test.
func indefiniteModifier(toks []tok, i, end int) bool {
	if i == 0 || end+1 >= len(toks) || toks[i-1].low != "a" && toks[i-1].low != "an" || strings.HasSuffix(toks[i].low, "s") {
		return false
	}
	n, n2 := &toks[end], &toks[end+1]
	if n.punct || n.upper || n2.punct || n2.upper || !bareNoun(n2) && !strings.HasSuffix(n2.low, "s") {
		return false
	}
	// (a participle that takes an object, "a union representing flight
	// attendants", opens a clause on the agent: no modifier)
	return bareNoun(n) || len(n.low) > 5 && strings.HasSuffix(n.low, "ing") && !participleObjects[n.low] || strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss")
}

// loyalCountry returns the country of the named actor that "loyal to"
// before token from introduces, past a possessive and a title ("forces
// loyal to his rival Alassane Ouattara", "troops loyal to the former
// president, Ali Abdullah Saleh"), or "".
func loyalCountry(toks []tok, acts []actor, from int) string {
	for _, b := range acts {
		if b.t0 >= from && b.t0 <= from+4 && !b.generic && !b.place && b.country != "" {
			for k := from; k < b.t0; k++ {
				if toks[k].punct && toks[k].low != "," || toks[k].is(wcPreposition) {
					return ""
				}
			}
			return b.country
		}
	}
	return ""
}

// possessedGroup returns the index in acts of the named organisation
// (a KB group: "group.al-shabaab") that owns the armed agent noun
// starting at t0 through "its" or "their" ("Al-Shabaab said its
// fighters had attacked …", "the Taliban said their fighters …"): the
// nearest named actor before the pronoun, when it is such a group; -1
// otherwise (a country owner is left to the country rule).
func possessedGroup(toks []tok, acts []actor, t0 int, code string) int {
	if t0 == 0 || toks[t0-1].low != "its" && toks[t0-1].low != "their" || !armedSector(code) {
		return -1
	}
	for k := len(acts) - 1; k >= 0; k-- {
		b := &acts[k]
		if b.t1 > t0-1 || b.generic || b.place || inClosedRelative(toks, b.t0, b.t1, t0-1) {
			continue // (an actor inside ", which …," owns nothing after it)
		}
		if strings.HasPrefix(b.id, "group.") {
			return k
		}
		return -1
	}
	return -1
}

// unknownTitled reports a state's or an organisation's titled actor a
// ("Reserve Bank of India Governor", "Kenyan Interior Minister")
// followed at once by the name of a person the KB does not know: the
// event is the person's, coded by the title's state and sector, as a
// KB person's is ("World Bank President David Malpass").
func unknownTitled(a, b *actor) bool {
	return b.person && !a.person && !a.generic && !a.place && (b.id == "" || b.id == b.name)
}

// kinNouns name a relative: "<Name>'s father" is another person.
var kinNouns = map[string]bool{"father": true, "mother": true, "son": true, "daughter": true, "wife": true,
	"husband": true, "brother": true, "sister": true, "widow": true, "widower": true, "uncle": true, "aunt": true,
	"nephew": true, "niece": true, "cousin": true, "grandfather": true, "grandmother": true, "grandson": true,
	"granddaughter": true, "father-in-law": true, "son-in-law": true, "brother-in-law": true, "parents": true,
	"sons": true, "daughters": true, "children": true, "family": true, "fiancee": true, "fiance": true, "stepson": true}

// kinPossessives makes a person's actor followed by "'s <kin noun>"
// ("Marcos's father was toppled", "the president's son") that relative:
// an unnamed person named by the phrase, of the possessor's country but
// not of their office, never the possessor.
func kinPossessives(text string, toks []tok, acts []actor) {
	for ai := range acts {
		a := &acts[ai]
		if !a.person || !a.poss || a.t1+1 >= len(toks) {
			continue
		}
		if !kinNouns[toks[a.t1+1].low] {
			if n := formerAide(toks, a.t1+1); n > 0 && (ai+1 >= len(acts) || acts[ai+1].t0 > a.t1+n) {
				// "Obama's former campaign strategist said": someone
				// who once served the possessor, of the same country
				// and no office; not the possessor
				a.t1 += 1 + n
				a.name = text[toks[a.t0].start:toks[a.t1-1].end]
				a.id, a.sector, a.code, a.poss, a.agentNoun = a.name, "", a.country, false, false
				a.person = !strings.HasSuffix(toks[a.t1-1].low, "s")
			}
			continue
		}
		if ai+1 < len(acts) && acts[ai+1].t0 <= a.t1+1 {
			continue // the kin word opens another actor already
		}
		if k := a.t1 + 2; k < len(toks) && !toks[k].punct && !toks[k].upper && (toks[k].low == "members" || toks[k].low == "member") {
			continue // "Mixon's family members said he …": he is Mixon
		}
		kin := toks[a.t1+1].low
		a.t1 += 2
		a.name = text[toks[a.t0].start:toks[a.t1-1].end]
		a.id, a.sector, a.code, a.poss, a.agentNoun = a.name, "", a.country, false, false
		if strings.HasSuffix(kin, "s") || kin == "family" || kin == "children" {
			a.person = false // a "he" later is not the family
		}
	}
}

// formerAide returns the length of "former" at i and the lower-case
// nouns after it that end before a verb ("former campaign strategist
// said": 3), or 0 when no noun follows "former".
func formerAide(toks []tok, i int) int {
	if toks[i].low != "former" {
		return 0
	}
	n := 1
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := &toks[j]
		if t.punct || t.upper || t.is(wcReportVerb) || t.is(wcBeForm) || t.is(wcHypo) || t.is(wcNegator) || t.is(wcPreposition) ||
			t.is(wcDeterminer) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ly") || t.low == "and" || t.low == "who" {
			break
		}
		n++
	}
	if n == 1 {
		return 0
	}
	return n
}

// nameAgents are the collective agent nouns that open names of
// movements and events: "People Power", "Workers Day", "Citizens
// United".
var nameAgents = map[string]bool{"people": true, "peoples": true, "workers": true, "citizens": true, "patriots": true,
	"youth": true, "women": true, "farmers": true, "students": true, "veterans": true, "martyrs": true}

// nameWordAgent reports a capitalised collective agent word at i inside
// a sentence (after a lower-case word or an opening quotation mark)
// followed by a capitalised word: the first word of a name ("the
// "People Power" uprising", "the Citizens United ruling"), no agent.
func nameWordAgent(toks []tok, i int) bool {
	if !nameAgents[toks[i].low] || i == 0 || i+1 >= len(toks) {
		return false
	}
	j := i - 1
	if toks[j].punct && (toks[j].low == "\"" || toks[j].low == "“" || toks[j].low == "'" || toks[j].low == "‘") && j > 0 {
		j--
	}
	if toks[j].upper || toks[j].punct {
		return false // a title-case headline, or a sentence's start
	}
	n := &toks[i+1]
	return n.upper && !n.punct
}

// representativeNouns are the people who speak for a person: "Odinga's
// spokesman", "the president's lawyer".
var representativeNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true,
	"adviser": true, "advisor": true, "lawyer": true, "lawyers": true, "attorney": true, "representative": true,
	"envoy": true, "secretary": true, "deputy": true, "counsel": true, "assistant": true}

// representativeFor reports a "for" at pi after a representative noun:
// "a spokeswoman for the ministry said", "a lawyer for Khan said". The
// actor after it is whom the unnamed representative speaks for, the
// source when no other subject is named.
func representativeFor(toks []tok, pi int) bool {
	return pi > 0 && toks[pi].low == "for" && representativeNouns[toks[pi-1].low]
}

// representativeOf returns the person whose representative the person
// acts[ai] is, named as "<Person>'s spokesman, <Name>," (up to two
// words between the possessive and the comma, the last a
// representativeNoun), else -1. The representative speaks;
// the principal is no second speaker. appositiveOf does the same for a
// country's or a body's agent ("Brazil's ambassador, Maria Viotti,").
func representativeOf(toks []tok, acts []actor, ai int) int {
	a := &acts[ai]
	if ai < 1 || !a.person || a.t0 < 4 || a.t1 >= len(toks) || toks[a.t0-1].low != "," || toks[a.t1].low != "," {
		return -1
	}
	if w := toks[a.t0-2].low; !representativeNouns[w] && !officeSuccession(w) {
		return -1 // (a predecessor or successor is named the same way: "Musharraf's successor, Zardari,")
	}
	b := &acts[ai-1]
	if !b.person || b.t1 > a.t0-1 {
		return -1
	}
	if b.t1 == a.t0-1 {
		// the noun attached to the principal's actor: "Odinga's spokesman"
		for k := b.t0 + 1; k < b.t1-1; k++ {
			if possessiveMark(toks[k].low) {
				return ai - 1
			}
		}
		return -1
	}
	k := b.t1
	if possessiveMark(toks[k].low) {
		k++
	} else if !b.poss {
		return -1
	}
	if n := a.t0 - 1 - k; n < 1 || n > 2 {
		return -1
	}
	return ai - 1
}

// placedPersons drops a one-word person actor that the places layer
// reads as a town after "in", "near" or "at" ("ambushed a convoy near
// Mao", "arrested him in Rosario"): a town named like a person is where
// the act happened, no party to it.
func placedPersons(d *doc.Doc, toks []tok, acts []actor) []actor {
	return dropWhere(acts, func(a *actor) bool {
		return a.person && a.t1 == a.t0+1 && a.t0 > 0 && placeOnly(toks, a.t0-1) && placeSpanAt(d, toks[a.t0].start, toks[a.t0].end)
	})
}

// dropWhere removes, in place, the elements drop reports, keeping the
// others in order; nothing is copied when nothing is dropped.
func dropWhere[T any](s []T, drop func(*T) bool) []T {
	n := -1 // s[:n] are kept, once one is dropped
	for i := range s {
		if drop(&s[i]) {
			if n < 0 {
				n = i
			}
			continue
		}
		if n >= 0 {
			s[n] = s[i]
			n++
		}
	}
	if n < 0 {
		return s
	}
	return s[:n]
}

// placeSpanAt reports a place of d spanning exactly [start,end).
func placeSpanAt(d *doc.Doc, start, end int) bool {
	for i := range d.Places {
		if p := &d.Places[i]; p.Span.Start == start && p.Span.End == end {
			return true
		}
	}
	return false
}

// currencyActors drops from acts an actor that only names a currency:
// a country or its adjective before a currency noun ("2.5 million
// Australian dollars", "in Singapore dollars", "Swiss francs") is money,
// not the state (e.g. "Australia pledged 2.5 million Australian
// dollars to Papua New Guinea" was Australia → Australia). Nouns that
// are also verbs ("pound", "won", "real") count after an adjective only
// ("Russia pounds Kyiv" keeps Russia).
func currencyActors(toks []tok, acts []actor) []actor {
	return dropWhere(acts, func(a *actor) bool {
		return a.t1 < len(toks) && !a.poss && currencyNoun(toks[a.t1].low, a.demonym)
	})
}

// currencyNoun reports a currency's name; adj allows the names that are
// also verbs or adjectives, which follow a country's adjective only
// ("Egyptian pounds", "Brazilian real", "South Korean won").
func currencyNoun(w string, adj bool) bool {
	switch w {
	case "dollar", "dollars", "franc", "francs", "rupee", "rupees", "peso", "pesos", "yen", "yuan",
		"shilling", "shillings", "dinar", "dinars", "dirham", "dirhams", "ruble", "rubles", "rouble", "roubles",
		"lira", "liras", "kina", "naira", "cedi", "cedis", "riyal", "riyals", "rial", "rials", "ringgit",
		"baht", "rupiah", "krona", "kronor", "krone", "kroner", "zloty", "forint", "hryvnia", "hryvnias",
		"lari", "tenge", "taka", "kyat", "birr", "kwacha", "escudo", "escudos", "bolivar", "bolivars",
		"guarani", "renminbi", "reais", "rand":
		return true
	case "pound", "pounds", "won", "real", "sol", "soles", "leu", "lei", "lev", "manat", "dram":
		return adj
	}
	return false
}

// officeSuccession reports a noun naming who held a person's post
// before or after them: "Sunak's predecessor", "Musharraf's successor".
func officeSuccession(w string) bool {
	return w == "predecessor" || w == "successor"
}

// rolePossessives makes a person's actor followed by "'s <role noun>"
// that other person, never the possessor: "Sunak's predecessor
// negotiated" is not Sunak, "Putin's spokesman met" not Putin.
// A representative (representativeNouns: spokesman, envoy, aide …)
// acts for the possessor's office and keeps its code; a predecessor or
// successor holds no office of the possessor's and keeps the country
// only, as a relative does (kinPossessives). A name apposed after the
// noun is the actor itself (representativeOf, appositiveOf).
func rolePossessives(text string, toks []tok, acts []actor) {
	for ai := range acts {
		a := &acts[ai]
		if !a.person || !a.poss {
			continue
		}
		k := -1 // the role noun
		switch {
		case a.t1+1 < len(toks) && possessiveMark(toks[a.t1].low):
			k = a.t1 + 1
			if ai+1 < len(acts) && acts[ai+1].t0 <= k {
				continue // the noun opens another actor already
			}
		case a.t1-a.t0 >= 3 && possessiveMark(toks[a.t1-2].low):
			k = a.t1 - 1 // "Putin's spokesman": the agent noun is inside the actor
		default:
			continue
		}
		w := toks[k].low
		rep := representativeNouns[w]
		if !rep && !officeSuccession(w) {
			continue
		}
		a.t1 = k + 1
		a.name = text[toks[a.t0].start:toks[k].end]
		a.id, a.poss, a.agentNoun = a.name, false, false
		if !rep {
			a.sector, a.code = "", a.country
		}
	}
}

// inClosedRelative reports whether tokens [t0,t1) lie inside a relative
// clause opened by ", which/who/whose" before them and closed by a comma
// before upto: "The Nigerian army, which has been fighting Boko Haram
// for years, said its troops …" — Boko Haram is inside, so "its" is not
// its. The scan stops at a sentence's other commas.
func inClosedRelative(toks []tok, t0, t1, upto int) bool {
	open := false
	for k := t0 - 1; k >= 1 && k >= t0-12; k-- {
		if toks[k].punct {
			return false
		}
		switch toks[k].low {
		case "which", "who", "whose", "that":
			open = toks[k-1].low == ","
		}
		if open {
			break
		}
	}
	if !open {
		return false
	}
	for k := t1; k < upto && k < len(toks); k++ {
		if toks[k].low == "," {
			return true
		}
	}
	return false
}

// possModifier reports a word that may stand between a possessive owner
// and its agent noun: a participle or an adverb ("Libya's
// internationally recognised government", "Iran's newly elected
// president") or a hyphenated compound ("Libya's UN-recognised
// government", "Yemen's Saudi-backed government").
func possModifier(w string) bool {
	n := len(w)
	return n > 3 && (w[n-2:] == "ed" || w[n-2:] == "ly" || strings.IndexByte(w, '-') > 0)
}

// formerTitle reports a title that says its holder no longer holds it:
// "former president", "ex-minister". Such a person is no GOV or MIL.
func formerTitle(title string) bool {
	return len(title) > 3 && (title[0] == 'f' || title[0] == 'F') && strings.HasPrefix(strings.ToLower(title), "former ") ||
		len(title) > 3 && (title[:3] == "ex-" || title[:3] == "Ex-")
}

// formerWord reports "former" or "ex-" before a title.
func formerWord(w string) bool { return w == "former" || w == "ex" || w == "ex-" }

// ethnicWord reports a capitalised word right after a demonym that
// names a people or faction within the state ("Malian Tuareg rebels",
// "Nigerian Fulani herdsmen", "Iraqi Sunni militants"): a plain
// capitalised word, no name of a known actor (those end the scan
// before), followed by a lower-case word.
func ethnicWord(toks []tok, k int) bool {
	t := &toks[k]
	return t.upper && !t.punct && len(t.low) > 2 && k+1 < len(toks) && !toks[k+1].upper && !toks[k+1].punct
}

// formerBetween reports "former" or "ex-" among tokens [from,to).
func formerBetween(toks []tok, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if formerWord(toks[k].low) || strings.HasPrefix(toks[k].low, "ex-") {
			return true
		}
	}
	return false
}

// memberAt reports an "at" at pi right after an agent noun: "judges at
// the ICC authorised", "officials at the foreign ministry said". The
// body after it is where the unnamed members serve, the source when no
// other subject is named, as after "of" ("judges of the ICC").
func (c *Coder) memberAt(toks []tok, pi int) bool {
	return pi > 0 && toks[pi].low == "at" && c.agentWord(&toks[pi-1])
}

// nonStateSectors are the sectors of bodies with officials of their own
// that are no state's: charities, companies, schools, churches, unions,
// international organisations.
func nonStateSector(s string) bool {
	switch s {
	case "NGO", "BUS", "EDU", "REL", "MED", "LAB", "IGO", "HLH":
		return true
	}
	return false
}

// stateBodyWords mark an organisation's name as a state body's ("Leeds
// City Council", "the County Sheriff's Office").
var stateBodyWords = map[string]bool{"city": true, "county": true, "town": true, "state": true, "municipal": true, "district": true,
	"ministry": true, "department": true, "government": true, "police": true, "sheriff": true, "sheriff's": true, "federal": true,
	"national": true, "agency": true, "court": true, "parliament": true, "congress": true, "senate": true, "assembly": true,
	"army": true, "navy": true, "office": true, "commission": true, "authority": true, "borough": true, "parish": true}

// nonStateBodyNear reports a body of no state that opens the sentence
// as its first actor (among acts, sorted by start: "The Red Cross opened
// shelters, officials said") or, for
// officials opening the sentence (at), is named in the one before it
// ("The Boy Scouts council will close the camp. Officials said …"): bare
// "officials" are then its own, not the story's state's. (A body named
// later in the sentence, "an attack on a UN vehicle, officials said", is
// no speaker's.)
func nonStateBodyNear(d *doc.Doc, sent doc.Span, toks []tok, acts []actor, at int) bool {
	for k := range acts {
		if b := &acts[k]; !b.place {
			j := b.t0
			if j > 0 && toks[j-1].is(wcDeterminer) {
				j--
			}
			if (j == 0 || toks[j-1].punct) && !b.person && !b.generic && nonStateSector(b.sector) {
				return true // the sentence's subject, after a dateline at most
			}
			break
		}
	}
	if at > 0 {
		return false
	}
	prev := -1
	for k := range d.Sentences {
		if d.Sentences[k].End <= sent.Start {
			prev = k
		}
	}
	if prev < 0 {
		return false
	}
	ps := d.Sentences[prev]
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Type != doc.TypeOrganization || m.Span.Start < ps.Start || m.Span.End > ps.End {
			continue
		}
		if m.Entity >= 0 && m.Entity < len(d.Entities) && d.Entities[m.Entity].Country != "" {
			continue // a body of a known state
		}
		state := false
		for _, w := range strings.Fields(strings.ToLower(m.Text)) {
			state = state || stateBodyWords[w]
		}
		if !state {
			return true
		}
	}
	return false
}
