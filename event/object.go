package event

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Target resolution: which actor an event is done to (pronoun and "it"
// objects, owners, relatives, modifiers, "by" agents, places that are
// no target).

// pronounAfterTrigger reports a "him"/"her" object right after the
// trigger of m that "of"/"for" follows ("accusing him of …", "blamed
// her for …"): the person it repeats is the target, not an actor named
// later in the clause.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func pronounAfterTrigger(toks []tok, m *match) bool {
	i := m.headEnd
	return i+1 < len(toks) && (toks[i].low == "him" || toks[i].low == "her") && (toks[i+1].low == "of" || toks[i+1].low == "for")
}

// documentPatient returns the person a "him"/"her" after a document's
// participle repeats ("Duterte was arrested on a warrant from the ICC
// accusing him of …"): the last person named before the issuer, or -1.
func documentPatient(toks []tok, acts []actor, actorAt []int, m *match) int {
	if m.start == 0 {
		return -1
	}
	is := documentIssuer(toks, acts, actorAt, m.start)
	if is < 0 {
		return -1
	}
	for ai := is - 1; ai >= 0; ai-- {
		if acts[ai].person && acts[ai].t1 <= acts[is].t0 {
			return ai
		}
	}
	return -1
}

// itAfterTrigger reports "it" or "them" right after the trigger and
// before "of" or "for" ("accusing it of being too close to Iran").
func itAfterTrigger(toks []tok, m *match) bool {
	i := m.headEnd
	return i+1 < len(toks) && (toks[i].low == "it" || toks[i].low == "them") && (toks[i+1].low == "of" || toks[i+1].low == "for")
}

// itObject returns the actor that "it"/"them" after an accusation
// trigger stands for: the nearest state or organisation named before
// the trigger that is not among the sources and no place ("broke off
// relations with Qatar, accusing it of being too close to Iran": Qatar,
// not the Iran of the charge), or -1.
func itObject(toks []tok, acts []actor, m *match, srcs []int) int {
	if len(srcs) == 0 || srcs[0] < 0 {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		a := &acts[ai]
		if a.t1 > m.start || slices.Contains(srcs, ai) {
			continue
		}
		if a.t0 < acts[srcs[0]].t1 {
			return -1 // only an actor of the subject's predicate
		}
		if a.place || a.person || a.demonym || a.poss {
			continue
		}
		return ai
	}
	return -1
}

// attackOnSource reports an attack whose object is a pronoun ("attacks
// against it", "strikes on us") that can only stand for the resolved
// source srcs[0] (see attackPronounReferent). Nobody attacks itself, so the source is
// wrong: the attack is aimed at it by someone unnamed ("India would not
// tolerate the use of neighbouring territory to launch attacks against
// it").
func attackOnSource(toks []tok, acts []actor, m *match, srcs []int) bool {
	if len(srcs) != 1 || srcs[0] < 0 {
		return false
	}
	return attackPronounReferent(toks, acts, m, srcs) == srcs[0]
}

// attackPronounReferent returns the actor that the pronoun object of an
// attack ("attacks against it", "strikes on us") stands for: the one
// actor named before the trigger that can be it (no place; for "it" no
// person either), or -1 when there is none or more than one besides the
// sources. "Pakistan said militants launched attacks against it": it is
// Pakistan.
func attackPronounReferent(toks []tok, acts []actor, m *match, srcs []int) int {
	k := m.end
	if k > m.headEnd && (toks[k-1].low == "against" || toks[k-1].low == "on") {
		k-- // the pattern took the preposition in ("attacks against")
	}
	if k+1 >= len(toks) || toks[k].low != "against" && toks[k].low != "on" {
		return -1
	}
	it := false
	switch toks[k+1].low {
	case "it":
		it = true
	case "us", "them":
	default:
		return -1
	}
	srcRef, other, others := -1, -1, 0
	for ai := range acts {
		a := &acts[ai]
		if a.t1 > m.start || a.place || it && a.person {
			continue
		}
		if slices.Contains(srcs, ai) {
			srcRef = ai
			continue
		}
		other = ai
		others++
	}
	switch others {
	case 0:
		if len(srcs) == 1 {
			return srcRef // only the source can be it
		}
	case 1:
		return other // one other actor: it
	}
	return -1
}

// infinitiveTrigger reports a match opened by an infinitive verb ("to
// launch attacks", "to attack"): an act intended or feared, not done.
// A plural after "to" is a prepositional object ("respond to attacks").
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func infinitiveTrigger(toks []tok, m *match) bool {
	return m.start > 0 && toks[m.start-1].low == "to" && !strings.HasSuffix(toks[m.start].low, "s")
}

// responseTo reports a trigger that is what a response answers ("would
// respond to any attacks on it", "retaliate for attacks"): the
// responder's threat is coded from it, so its source stays.
func responseTo(toks []tok, m *match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-4; i-- {
		if w := toks[i].low; strings.HasPrefix(w, "respon") || strings.HasPrefix(w, "retaliat") || strings.HasPrefix(w, "react") || strings.HasPrefix(w, "repl") {
			return true
		}
	}
	return false
}

// assetOwner returns the owner of the assets a freeze or seizure names
// ("froze the British assets of Icelandic bank Landsbanki": the bank,
// or Iceland when the bank is of no known state), or -1. A demonym
// before "assets" says where they are, not whose; the owner follows
// "of" or "belonging to". The owner is never the source.
func assetOwner(toks []tok, acts []actor, actorAt []int, m *match, srcs []int) int {
	switch toks[m.head].low {
	case "assets", "accounts", "funds", "property", "properties", "holdings", "reserves", "deposits":
	default:
		return -1
	}
	k := m.headEnd
	if k < len(toks) && toks[k].low == "of" {
		k++
	} else if k+1 < len(toks) && toks[k].low == "belonging" && toks[k+1].low == "to" {
		k += 2
	} else {
		return -1
	}
	owner, demonym := -1, -1
	for j := k; j < len(toks) && j <= k+4; j++ {
		ai := actorAt[j]
		if ai < 0 {
			if toks[j].punct || toks[j].is(wcPreposition) {
				break
			}
			continue
		}
		if slices.Contains(srcs, ai) || acts[ai].place {
			break
		}
		if acts[ai].demonym {
			demonym = ai
			j = acts[ai].t1 - 1
			continue
		}
		owner = ai
		break
	}
	if owner >= 0 && acts[owner].noCode() && demonym >= 0 {
		owner = demonym
	}
	if owner < 0 {
		owner = demonym
	}
	return owner
}

// itAntecedent returns the object of the verb coordinated before an
// arson trigger whose object is "it" or "them" ("stormed the National
// Assembly and set it on fire"): the actor right before the "and" that
// opens the trigger's clause, when it is no place; else -1.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func itAntecedent(toks []tok, acts []actor, actorAt []int, m *match) int {
	s := m.start
	if s < 2 || s+1 >= len(toks) || toks[s-1].low != "and" {
		return -1
	}
	if w := toks[s+1].low; w != "it" && w != "them" {
		return -1
	}
	ai := actorAt[s-2]
	if ai < 0 || acts[ai].place || acts[ai].person {
		return -1
	}
	return ai
}

// crewOwner returns, for an arrest, release or abduction of "its/their
// (eight) crew (members)" with no actor for object, the demonym before a
// vessel named earlier in the sentence ("seized a Chinese fishing boat
// and detained its eight crew members": China), or -1.
//
//go:noinline
func crewOwner(toks []tok, acts []actor, m *match) int {
	if !ownedNoun(toks, m, crewNouns, 3) {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		a := &acts[ai]
		if a.t1 > m.start || !a.demonym {
			continue
		}
		for j := a.t1; j < len(toks) && j <= a.t1+2; j++ {
			if vesselNouns.Has(toks[j].low) {
				return ai
			}
		}
	}
	return -1
}

// boatOwner returns, for a seizure of "their/its (two patrol) boats"
// with no actor for object, the crew named before it in the sentence
// ("freed 10 U.S. Navy sailors, a day after seizing their two patrol
// boats": the sailors' navy; "arrested 20 Vietnamese fishermen and
// seized their boats"), or -1. The source is never its own owner here.
//
//go:noinline
func boatOwner(toks []tok, acts []actor, srcs []int, m *match) int {
	if !ownedNoun(toks, m, vesselNouns, 4) {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		a := &acts[ai]
		if a.t1 > m.start || a.t1 <= a.t0 || slices.Contains(srcs, ai) {
			continue
		}
		if crewNouns.Has(toks[a.t1-1].low) {
			return ai
		}
	}
	return -1
}

// ownedNoun reports whether "its" or "their" follows the trigger of m
// and a noun of nouns comes within n words after it ("detained its
// eight crew members", "seizing their two patrol boats").
func ownedNoun(toks []tok, m *match, nouns *wordset.Set, n int) bool {
	k := m.head + 1
	if k >= len(toks) || toks[k].low != "its" && toks[k].low != "their" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+n; j++ {
		if nouns.Has(toks[j].low) {
			return true
		}
	}
	return false
}

// crewNouns and vesselNouns name a vessel's people and the vessel.
var (
	crewNouns   = wordset.New("crew", "crews", "sailors", "seamen", "fishermen", "passengers")
	vesselNouns = wordset.New("boat", "boats", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "trawler", "trawlers", "freighter", "aircraft", "plane", "yacht")
)

// protestPronounTarget returns, for a protestSubject coercion whose
// object is "him" or "her" right after the trigger, the person named
// last before the mass-movement noun ("Bouteflika, who ruled … before
// mass protests forced him from office": Bouteflika), or -1.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func protestPronounTarget(toks []tok, acts []actor, m *match) int {
	if m.head+1 >= len(toks) || toks[m.head+1].low != "him" && toks[m.head+1].low != "her" {
		return -1
	}
	for ai := len(acts) - 1; ai >= 0; ai-- {
		if acts[ai].t1 <= m.start && acts[ai].person {
			return ai
		}
	}
	return -1
}

// demandPronounTarget returns the person a demand is made of when its
// content opens with a subject pronoun ("demanded that he be declared
// unfit", "demanded that she resign"): the first person named before
// the trigger in the sentence who is not the demand's source, the main
// clause's subject in "Bouteflika resigned hours after the army chief
// demanded that he …". -1 when there is none.
func demandPronounTarget(toks []tok, acts []actor, m *match, srcs []int) int {
	k := -1
	for i := m.head + 1; i+1 < len(toks) && i <= m.end+1; i++ {
		if toks[i].low == "that" {
			k = i + 1
			break
		}
	}
	if k < 0 || toks[k].low != "he" && toks[k].low != "she" {
		return -1
	}
	for j := range acts {
		a := &acts[j]
		if a.t1 > m.start {
			break
		}
		if a.person && !slices.Contains(srcs, j) {
			return j
		}
	}
	return -1
}

// describeVerbs are the verbs of labelling in a free relative "what X
// described as …".
var describeVerbs = map[string]bool{"described": true, "describes": true, "called": true, "calls": true, "termed": true,
	"terms": true, "labelled": true, "labeled": true, "branded": true, "dubbed": true, "considers": true, "considered": true,
	"claimed": true, "claims": true, "said": true, "says": true}

// freeRelativeTargets replaces a target that is the labeller of a free
// relative ("bombed what New Delhi described as a militant camp near
// Balakot in Pakistan", "struck what Israel called Hezbollah
// positions"): the act's target is the thing labelled, so the first
// actor after the labelling verb in the same clause takes its place, or
// the target is dropped when there is none.
func freeRelativeTargets(toks []tok, acts []actor, tgts []int) []int {
	for n, ti := range tgts {
		if ti < 0 || ti >= len(acts) {
			continue
		}
		b := &acts[ti]
		if b.t0 == 0 || toks[b.t0-1].low != "what" || b.t1 >= len(toks) || !describeVerbs[toks[b.t1].low] {
			continue
		}
		repl := -1
		for k := range acts {
			if acts[k].t0 <= b.t1 || acts[k].t0 > b.t1+12 {
				continue
			}
			stop := false
			for j := b.t1 + 1; j < acts[k].t0; j++ {
				if toks[j].punct && toks[j].low != "-" && toks[j].low != "'s" {
					stop = true
					break
				}
			}
			if !stop {
				repl = k
			}
			break
		}
		out := make([]int, 0, len(tgts))
		out = append(out, tgts[:n]...)
		if repl >= 0 && !slices.Contains(tgts, repl) {
			out = append(out, repl)
		}
		return append(out, tgts[n+1:]...)
	}
	return tgts
}

// stateNouns name a state by description: "the Gulf state", "the
// kingdom", "the emirate", "the country", "the regime".
var stateNouns = map[string]bool{"state": true, "kingdom": true, "emirate": true, "country": true, "nation": true,
	"regime": true, "government": true, "republic": true, "island": true, "monarchy": true, "sultanate": true}

// describedAccused returns the actor a definite description after an
// accusing trigger stands for: "cut ties with Qatar, accusing the Gulf
// state of cosying up to Iran" accuses Qatar, the last state named
// before the trigger that is not the accuser, not Iran inside the
// charge. The description is "the" (or "this"), at most two
// modifiers and a noun of stateNouns, then "of". ok reports such a
// description; ai is -1 when no state stands before it (the accused is
// then unnamed: an actor inside the charge is never the target).
func describedAccused(toks []tok, acts []actor, m *match, srcs []int) (ai int, ok bool) {
	i := m.headEnd
	if i >= len(toks) || toks[i].low != "the" && toks[i].low != "this" {
		return -1, false
	}
	n := i + 1
	for n < len(toks) && n <= i+3 && !stateNouns[toks[n].low] {
		n++
	}
	if n+2 >= len(toks) || n > i+3 || !stateNouns[toks[n].low] || toks[n+1].low != "of" || toks[n+2].upper {
		return -1, false // ("accused the regime of Bashar al-Assad of …": whose regime)
	}
	for k := range acts {
		if acts[k].t0 <= n && n < acts[k].t1 {
			return -1, false // "accused the government of …": an actor already (the story's state)
		}
	}
	for ai = len(acts) - 1; ai >= 0; ai-- {
		a := &acts[ai]
		if a.t1 > m.start || a.person || a.generic || a.place || a.country == "" || a.sector != "" && !stateSector(a.sector) {
			continue
		}
		if slices.Contains(srcs, ai) {
			continue
		}
		return ai, true
	}
	return -1, true
}

// borderLocation reports an actor at token i that names the far side of
// a border given as a location: "near|along|on|at|across|close to the
// border with (the) X" (e.g. "gunmen attacked a police post near
// the border with the Democratic Republic of Congo"). The neighbour
// only says where the act happened; it is no party to it. A border
// that is itself the object ("reopened its border with Eritrea") is
// left to the other rules.
func borderLocation(toks []tok, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].low == "the" {
		j--
	}
	if j < 3 || toks[j].low != "with" {
		return false
	}
	switch toks[j-1].low {
	case "border", "borders", "frontier", "frontiers", "boundary":
	default:
		return false
	}
	k := j - 2 // "the"/"its" before the border noun
	switch toks[k].low {
	case "the", "its", "their", "his", "her":
	default:
		return false
	}
	switch toks[k-1].low {
	case "near", "along", "on", "at", "across", "by":
		// (troops sent "to the border with Ukraine" threaten Ukraine)
		return true
	}
	return false
}

// clearedPlace reports a pattern-bound target of a coercion (17x) that
// is a place after a locative preposition, with a thing named before it
// in the pattern's skip: "used water cannon to clear a highway in
// Jerusalem" clears the highway, and Jerusalem is only where. The people
// cleared, named as such ("to clear protesters"), keep
// their target.
func clearedPlace(toks []tok, acts []actor, m *match, tgt int) bool {
	a := &acts[tgt]
	if a.t0 < 2 || !a.place && !placeLike(a) || !placeOnly(toks, a.t0-1) {
		return false
	}
	// a noun of the skip that is no actor, right before the preposition:
	// "a highway in", "the square at"
	w := &toks[a.t0-2]
	return a.t0-2 > m.head && !w.punct && !w.upper && plainNoun(w)
}

// placeLike reports an actor that is a bare place name: no person, no
// sector, no agent noun ("Jerusalem", "Kyiv").
func placeLike(a *actor) bool {
	return !a.person && a.sector == "" && !a.agentNoun && !a.generic && !a.demonym
}

// possessedPerson returns the person named after a state's possessive
// and a title, when acts[ai] is that state: "held talks with Singapore's
// Prime Minister Lee Hsien Loong" is with Lee, of Singapore;
// else -1. Between the possessive and the person stand one to four
// title words, no punctuation and no other actor.
func possessedPerson(toks []tok, acts []actor, actorAt []int, ai int) int {
	a := &acts[ai]
	if a.person || a.country == "" || a.id != a.country || ai+1 >= len(acts) || !acts[ai+1].person {
		return -1 // (a state only: "the police department's expert X" is left as it is)
	}
	b := &acts[ai+1]
	// the possessive: inside the actor when it took the title in
	// ("Japan's Prime Minister" as one actor), else right after it
	mark := -1
	for j := a.t0 + 1; j <= a.t1 && j < b.t0; j++ {
		if possessiveMark(toks[j].low) {
			mark = j
			break
		}
	}
	if mark < 0 {
		return -1
	}
	if n := b.t0 - mark - 1; n < 1 || n > 4 {
		return -1
	}
	for j := mark + 1; j < b.t0; j++ {
		if toks[j].punct || actorAt[j] >= 0 && actorAt[j] != ai || toks[j].low == "and" || toks[j].low == "or" {
			return -1
		}
	}
	return ai + 1
}

// visitPurpose returns, for a visit whose target is a place ("travel to
// Brussels"), the actor the purpose infinitive names right after it
// ("… next week to meet European Commission President Ursula von der
// Leyen"): the one met is whom the visit is with, the city only where.
// Else tgts as given. A body and the person it titles
// ("European Commission President X") give the person. One met of the
// place's own country leaves the host state as the target, as CAMEO
// codes a state visit ("visit Bolivia to meet President Arce").
func visitPurpose(toks []tok, acts []actor, actorAt []int, tgts []int) []int {
	a := &acts[tgts[0]]
	if !a.place && !placeLike(a) {
		return tgts
	}
	to := -1
	for k := a.t1; k < len(toks) && k < a.t1+6; k++ {
		if toks[k].punct || actorAt[k] >= 0 {
			return tgts
		}
		if toks[k].low == "to" && k+1 < len(toks) {
			switch toks[k+1].low {
			case "meet", "see", "visit", "consult":
				to = k + 2
			}
			break
		}
	}
	if to < 0 {
		return tgts
	}
	for k := to; k < len(toks) && k < to+4; k++ {
		if toks[k].punct {
			return tgts
		}
		ai := actorAt[k]
		if ai < 0 {
			continue
		}
		if acts[ai].place {
			return tgts
		}
		if b := ai + 1; b < len(acts) && acts[b].person && !acts[ai].person && acts[b].t0-acts[ai].t1 <= 3 {
			ok := true
			for j := acts[ai].t1; j < acts[b].t0; j++ {
				ok = ok && !toks[j].punct && toks[j].upper
			}
			if ok {
				ai = b // "European Commission President Ursula von der Leyen"
			}
		}
		if acts[ai].country != "" && acts[ai].country == a.country {
			return tgts // "visit Bolivia to meet President Arce": the host state is the visit's target
		}
		return conj(toks, acts, actorAt, ai)
	}
	return tgts
}

// followerNouns are the people named by whom they follow: "supporters
// of X", "X's supporters".
var followerNouns = stringSet("supporters", "supporter", "followers", "loyalists", "relatives", "aides", "allies",
	"sympathisers", "sympathizers", "backers", "activists", "members", "family", "associates", "bodyguards")

// partyNouns are the groups a person leads or owns: "Wine's party".
var partyNouns = stringSet("party", "movement", "campaign", "group", "organisation", "organization", "faction",
	"coalition", "alliance", "platform", "camp", "bloc", "militia", "foundation", "newspaper", "company", "firm")

// cargoPreps are the words before "for"/"to" that make a country the
// destination of goods, no party: "coal bound for China", "oil destined
// for Europe".
var cargoPreps = stringSet("bound", "destined", "headed", "heading", "earmarked")

// modifierTargets drops from tgts the actors that only modify the
// object of the act at m: the person or group whose followers were
// acted on ("arrested at least 30 supporters of Wine's party",
// "detained supporters of Besigye": not Wine, not Besigye),
// a country a cargo is bound for ("the names of officials accused of
// stealing coal bound for China"), and the owner in a
// relative clause after the object ("cracked down on riots that
// followed Wine's arrest"). An organisation whose members
// were acted on stays ("arrested members of Hamas" is an act on
// Hamas). Called only for events with targets.
func modifierTargets(toks []tok, acts []actor, m *match, tgts []int) []int {
	var out []int // (a copy, made at the first change: tgts may be conj's shared list)
	for i, ti := range tgts {
		keep := ti
		if ti >= 0 && ti+1 < len(acts) && namedAfter(toks, acts, ti) && !slices.Contains(tgts, ti+1) {
			keep = ti + 1 // "accused Trump critic Mark Cuban of lying": Cuban
		} else if ti >= 0 && ti < len(acts) && modifierOnly(toks, &acts[ti], m) {
			keep = -2
		}
		if keep != ti && out == nil {
			out = append(make([]int, 0, len(tgts)), tgts[:i]...)
		}
		if out != nil && keep != -2 {
			out = append(out, keep)
		}
	}
	if out == nil {
		return tgts
	}
	return out
}

// namedPersonNoun reports a singular noun that makes the person before
// it a modifier of the name after it: "Trump critic Mark Cuban", "Obama
// adviser David Axelrod".
func namedPersonNoun(w string) bool {
	switch w {
	case "critic", "supporter", "ally", "rival", "opponent", "foe", "loyalist", "confidant", "friend", "donor", "biographer":
		return true
	}
	return representativeNouns[w]
}

// namedAfter reports a person acts[ai] before a noun of following or
// serving and the person named after it ("Trump critic Mark Cuban"):
// the named one is the party.
func namedAfter(toks []tok, acts []actor, ai int) bool {
	a, b := &acts[ai], &acts[ai+1]
	return a.person && b.person && b.t0 == a.t1+1 && namedPersonNoun(toks[a.t1].low)
}

// modifierOnly reports whether actor a, a target of m, only modifies
// the object (see modifierTargets).
func modifierOnly(toks []tok, a *actor, m *match) bool {
	if a.t0 <= m.head {
		return false
	}
	possTail := a.t1+1 < len(toks) && possessiveMark(toks[a.t1].low)
	if a.t0 >= 2 && toks[a.t0-1].low == "of" && followerNouns[toks[a.t0-2].low] {
		if (a.person || possTail && partyNouns[toks[a.t1+1].low]) && !strings.Contains(a.name, " of ") {
			// (an actor already named "supporters of Odinga" is the followers)
			return true
		}
	}
	if a.t0 >= 2 && (toks[a.t0-1].low == "for" || toks[a.t0-1].low == "to") && cargoPreps[toks[a.t0-2].low] {
		return true
	}
	if a.person && a.t1+1 < len(toks) && toks[a.t1+1].upper && !toks[a.t1+1].punct && namedPersonNoun(toks[a.t1].low) {
		return true // "inviting Trump critic Mark Cuban": the critic is invited, not Trump
	}
	if possTail && a.t0 == m.end && a.t1+1 < len(toks) && givenNouns[toks[a.t1+1].low] && givingVerb(toks[m.head].low) {
		return true // "telephoned Bazoum to offer Washington's support": the giver's own support, no recipient
	}
	if possTail {
		for j := m.end; j < a.t0; j++ {
			if w := toks[j].low; (w == "that" || w == "which") && j+1 < a.t0 && (pastVerb(&toks[j+1]) || irregularPast.Has(toks[j+1].low)) {
				return true // "riots that followed Wine's arrest"
			}
			if toks[j].punct {
				break
			}
		}
	}
	return false
}

// relativeObject returns, for a verb in a relative clause whose object
// is "him" or "her" ("Thaksin was taken to the Supreme Court, which
// sentenced him to eight years"), the person that the main clause names
// before the relative pronoun's antecedent, as the target; else tgts
// unchanged. The source of such a verb is the antecedent
// (the court); the pronoun cannot be it, and the one person named before
// it in the sentence is whom the court sentenced. With two persons
// before, or none, the pronoun stays unresolved. skip is true for
// passive and nominal matches and PETRARCH coding.
func relativeObject(toks []tok, acts []actor, m *match, srcs, tgts []int, skip bool) []int {
	v := m.start // the verb ("sentenced him to": the trigger may be a later word)
	if skip || len(tgts) > 0 || len(srcs) != 1 || srcs[0] < 0 || v < 3 || v+1 >= len(toks) {
		return tgts
	}
	if w := toks[v+1].low; w != "him" && w != "her" {
		return tgts
	}
	if w := toks[v-1].low; (w != "which" && w != "who") || toks[v-2].low != "," {
		return tgts
	}
	src := &acts[srcs[0]]
	if src.t1 != v-2 {
		return tgts // the antecedent stands right before ", which"
	}
	pt := -1
	for ai := range acts {
		a := &acts[ai]
		if a.t1 > src.t0 {
			break
		}
		if a.person {
			if pt >= 0 {
				return tgts
			}
			pt = ai
		}
	}
	if pt < 0 {
		return tgts
	}
	return []int{pt}
}

// forceAgent returns the actor after "by" that closes the object of a
// disapproval or rejection when that object is an act of force whose
// victim is named first: "condemned the strikes on Syria by the US" is
// aimed at the US, the author of the strikes, not at Syria (as "the US
// strikes on Syria" is). tgts are the targets found (the victim); -1
// when the words do not have that shape.
func forceAgent(toks []tok, acts []actor, actorAt []int, m *match, tgts []int) int {
	last := tgts[len(tgts)-1]
	if last < 0 {
		return -1
	}
	first := tgts[0]
	if first < 0 || acts[first].t0 < 2 || acts[first].t0 > m.end+6 {
		return -1
	}
	// the victim after "on/against" (and "the"), the noun of force before it
	p := acts[first].t0 - 1
	if toks[p].low == "the" {
		p--
	}
	if p <= m.end || toks[p].low != "on" && toks[p].low != "against" {
		return -1
	}
	force := false
	for j := m.end; j < p; j++ {
		if actorAt[j] >= 0 || isHardStop(&toks[j]) || toks[j].low == "," {
			return -1
		}
		force = force || violenceNouns.Has(toks[j].low)
	}
	if !force {
		return -1
	}
	b := acts[last].t1
	if b+1 >= len(toks) || toks[b].low != "by" {
		return -1
	}
	if ai := actorAt[b+1]; ai >= 0 && !acts[ai].place {
		return ai
	}
	if b+2 < len(toks) && toks[b+1].low == "the" {
		if ai := actorAt[b+2]; ai >= 0 && !acts[ai].place {
			return ai
		}
	}
	return -1
}

// coupTarget returns the government of the source's state as the target
// of a coup that names no victim ("the army staged a coup attempt": the
// army against its government), or nil.
func (c *Coder) coupTarget(sa *actor, code string, em *emission) *actor {
	if c.kb == nil || c.petrarch() || code != "170" || sa == nil || sa.country == "" {
		return nil
	}
	switch em.toks[em.m.head].low {
	case "coup", "coups", "putsch":
	case "seized", "seize", "seizes", "seizing":
		// "the military seized power": the power was its
		// government's, as in a staged coup
		if em.m.end <= 0 || em.toks[em.m.end-1].low != "power" {
			return nil
		}
	default:
		return nil
	}
	if sa.actorCode() == sa.country+"GOV" {
		return nil // (a government's "self-coup" names no other party)
	}
	ka, ok := c.kb.Actor(sa.country)
	if !ok {
		return nil
	}
	return &actor{t0: -1, t1: -1, id: ka.ID, name: ka.Name, country: sa.country, sector: "GOV"}
}

// brokerParticiple reports a participle of mediation before "by": the
// agent after it brokered the act, it is no party of it.
func brokerParticiple(w string) bool {
	switch w {
	case "brokered", "mediated", "facilitated", "hosted", "sponsored", "arranged":
		return true
	}
	return false
}

// mediatedDeal reports a mediation participle m right after a noun of a
// deal and before "by": "exchanged prisoners in a deal mediated by
// Qatar", "agreed to a truce brokered by Turkey". The agent mediates
// between the parties of the act the deal belongs to, not with the
// deal's goods or the clause's object. Talks ("after ten hours of talks
// mediated by Russia") led to the act and stay background.
func mediatedDeal(toks []tok, m *match) bool {
	h := m.head
	if h < 1 || h+1 >= len(toks) || toks[h+1].low != "by" || !brokerParticiple(toks[h].low) {
		return false
	}
	switch toks[h-1].low {
	case "deal", "deals", "swap", "exchange", "agreement", "accord", "ceasefire", "truce", "pact":
		return true
	}
	return false
}

// crimeOfAfter reports whether the tokens from i name a crime and its
// victim: "(connection with) the assassination of", "the killing of", "the
// attack on". After "in" behind an arrest or a charge, the victim named
// there is the crime's, not the arrest's.
func crimeOfAfter(toks []tok, i int) bool {
	for k := i; k < len(toks) && k < i+5; k++ {
		if toks[k].punct {
			return false
		}
		if crimeNouns.Has(toks[k].low) {
			return k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].low == "on")
		}
	}
	return false
}

// crimeNouns are nouns of a crime against a person or a place.
var crimeNouns = wordset.New("assassination", "killing", "killings", "murder", "murders", "death", "deaths", "attack", "attacks", "bombing", "bombings", "kidnapping", "abduction", "shooting")

// ownDemonymModifier reports whether the target a is a bare demonym of
// the source person's own country that qualifies a common noun after it
// ("French Foreign Minister Alliot-Marie offered to share French
// security know-how with the Tunisian police"): it says whose the thing
// is, and the person's state is no party to its own official's act.
func ownDemonymModifier(toks []tok, actorAt []int, sa, a *actor) bool {
	if !a.demonym || a.sector != "" || a.country == "" || a.country != sa.country || a.t1 >= len(toks) {
		return false
	}
	n := &toks[a.t1]
	return !n.punct && !n.upper && actorAt[a.t1] < 0
}

// victimsOfHarm reports whether the actor at t0 follows a noun of harm
// and "against" or "on" ("the use of violence against citizens", "the
// crackdown on protesters"): those harmed, whom a criticism is not
// addressed to.
func victimsOfHarm(toks []tok, t0 int) bool {
	if t0 < 2 || toks[t0-1].low != "against" && toks[t0-1].low != "on" {
		return false
	}
	switch toks[t0-2].low {
	case "violence", "force", "crackdown", "crackdowns", "repression", "brutality", "attack", "attacks", "assault", "assaults":
		return true
	}
	return false
}

// givenNouns are what a verb of giving hands over that its owner gives:
// "offered Washington's support", "pledged Britain's backing".
var givenNouns = map[string]bool{"support": true, "backing": true, "help": true, "aid": true, "assistance": true,
	"solidarity": true, "sympathy": true, "condolences": true, "congratulations": true, "cooperation": true}

// givingVerb reports an inflection of offer, pledge, extend, convey or
// express.
func givingVerb(w string) bool {
	for _, v := range [...]string{"offer", "pledg", "extend", "convey", "express"} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}
