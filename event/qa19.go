package event

import (
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// Rules added after the nineteenth QA reading (session 10). Each is a
// small function called from one place in the coder.

// possessedConj extends the coordinated run lo..hi leftwards past a
// possessive state that opens its first conjunct: in "Russian President
// Vladimir Putin and India's Narendra Modi condemned …" and "Putin,
// Orban and Qatar's Emir Tamim congratulated …" the "'s" hides the
// "and" from joined, so the run held only the last person (QA19 E-1).
// The possessor (acts[lo-1]) is the person's state, not a conjunct: it
// is left out of the run. It returns nil when no such possessor links
// the run to an earlier actor.
func possessedConj(toks []tok, acts []actor, lo, hi int) []int {
	p := lo - 1
	if p < 1 || !possessorOf(toks, acts, p, lo) {
		return nil
	}
	q := p - 1
	if !joined(toks, acts[q].t1, acts[p].t0) || !hasConj(toks, acts[q].t1, acts[p].t0) || commaConj(toks, acts[q].t1, acts[p].t0) ||
		acts[q].place || acts[q].poss {
		return nil // "… in Karabakh, and Armenia's president said": two clauses
	}
	first := q
	for first > 0 && joined(toks, acts[first-1].t1, acts[first].t0) && !acts[first-1].poss && !placeBreak(toks, acts, first-1) {
		first--
	}
	out := make([]int, 0, q-first+1+hi-lo+1)
	for i := first; i <= q; i++ {
		out = append(out, i)
	}
	for i := lo; i <= hi; i++ {
		out = append(out, i)
	}
	return out
}

// possessorOf reports a state actor acts[p] followed by "'s", at most
// three title words ("Emir", "Prime Minister", which the possessor's
// actor may have taken as its agent) and the named person acts[q].
func possessorOf(toks []tok, acts []actor, p, q int) bool {
	if !acts[p].poss || acts[p].person || !acts[q].person || acts[q].generic {
		return false
	}
	k := acts[p].t0 + 1
	for k < acts[q].t0 && toks[k].low != "'s" && toks[k].low != "'" {
		k++
	}
	if k >= acts[q].t0 || acts[q].t0-k > 4 {
		return false
	}
	for k++; k < acts[q].t0; k++ {
		if !toks[k].upper || !conjunctTitles.Has(toks[k].low) {
			return false
		}
	}
	return true
}

// possessedTail replaces a possessive state that ends the coordinated
// run lo..hi by the person it owns: "met Modi and Britain's Prime
// Minister Rishi Sunak" met Sunak, not Britain (QA19 E-1). nil when the
// run ends otherwise.
func possessedTail(toks []tok, acts []actor, lo, hi int) []int {
	if hi == lo || hi+1 >= len(acts) || !possessorOf(toks, acts, hi, hi+1) || !hasConj(toks, acts[hi-1].t1, acts[hi].t0) {
		return nil
	}
	out := make([]int, 0, hi-lo+1)
	for i := lo; i < hi; i++ {
		out = append(out, i)
	}
	return append(out, hi+1)
}

// scheduledAt reports a schedule word at i after a form of "be" and
// before "to": "is expected to visit", "was due to travel", "are
// scheduled/set/slated to meet". What follows is a planned act: it
// keeps its own code (a scheduled visit is 042, as the PETRARCH GSR
// codes "is scheduled to attend a summit") and is hypothetical, not
// done (QA19 E-5).
func scheduledAt(toks []tok, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i+1].low != "to" {
		return false
	}
	switch toks[i].low {
	case "expected", "due", "scheduled", "set", "slated", "poised":
	default:
		return false
	}
	b := i - 1
	if toks[b].low == "also" || toks[b].low == "now" || toks[b].low == "widely" {
		b-- // "is also expected to", "is widely expected to"
	}
	return b >= 0 && toks[b].is(wcBeForm)
}

// stationedNouns are the heads of an object that a country hosts as a
// standing state, not as a visit: troops, bases, refugees (QA19 E-6).
var stationedNouns = map[string]bool{"troops": true, "soldiers": true, "forces": true, "personnel": true, "marines": true,
	"base": true, "bases": true, "garrison": true, "fleet": true, "refugees": true, "migrants": true}

// stationedTarget reports a host's object actor whose head is a
// stationed body ("hosts US troops", "hosted American forces"): the
// patterns' null row for "~host … troops" cannot see inside an actor.
//
// Not inlined: emit calls it on few matches, and its inlined code sat
// between emit's common tests, in the instruction cache on every call.
//
//go:noinline
func stationedTarget(toks []tok, acts []actor, tgts []int) bool {
	for _, t := range tgts {
		if t >= 0 && acts[t].t1 > acts[t].t0 && !acts[t].person && stationedNouns[toks[acts[t].t1-1].low] {
			return true
		}
	}
	return false
}

// coordAppositiveOpen returns the comma that opens an appositive closed
// by the comma at close when the appositive is a relation or a title
// "of" someone, coordinated with another: "Maria Santos, the daughter of
// President X and mayor of Davao City, said …", "Y, the son of X and a
// former minister, said …". The actor before the opening comma must be
// a person; the appositive must start "the|a|an <noun> of" (so "Ukraine,
// the EU and the United States said" stays a list). appositiveOpen stops
// at the "and" (QA19 E-2). It returns -1 for none.
func coordAppositiveOpen(toks []tok, acts []actor, actorAt []int, close int) int {
	and := false
	for j := close - 1; j >= 1 && j >= close-20; j-- {
		t := &toks[j]
		if isHardStop(*t) || t.is(wcReportVerb) {
			return -1
		}
		switch t.low {
		case "who", "which", "that", "whose":
			return -1
		case "and":
			and = true
		case ",":
			if !and || j+3 >= close || actorAt[j-1] < 0 || !acts[actorAt[j-1]].person {
				return -1
			}
			if d := toks[j+1].low; d != "the" && d != "a" && d != "an" {
				return -1
			}
			if n := &toks[j+2]; n.upper || n.punct || actorAt[j+2] >= 0 || toks[j+3].low != "of" {
				return -1
			}
			return j
		}
	}
	return -1
}

// laterVerbs open a coordinated verb phrase whose place is its own: a
// journey's goal ("and fled to Hawaii") or a statement's content ("and
// said the offensive in Galmudug would go on").
var laterVerbs = map[string]bool{"fled": true, "flew": true, "travelled": true, "traveled": true, "went": true,
	"returned": true, "escaped": true, "headed": true, "moved": true, "left": true, "said": true, "told": true,
	"announced": true, "added": true, "warned": true, "vowed": true, "promised": true, "pledged": true,
	"called": true, "urged": true, "demanded": true, "asked": true} // (called … asked: W14 QA14)

// laterVerbPhrase reports an "and <later verb>" between the trigger at
// head and byte offset end, at least two tokens after the trigger: a
// place after it belongs to that verb, not to the trigger ("Marcos was
// toppled by protesters in 1986 and fled to Hawaii": toppled in Manila,
// not in Hawaii) (QA19 P-1). "stormed and looted shops in X" (the
// verbs side by side) shares its place.
func laterVerbPhrase(toks []tok, head, end int) bool {
	for i := head + 2; i+1 < len(toks) && toks[i+1].start < end; i++ {
		if toks[i].low == "and" && (laterVerbs[toks[i+1].low] || i+2 < len(toks) && toks[i+1].is(wcPronoun) && laterVerbs[toks[i+2].low]) {
			return true // "and fled", "and he fled"
		}
		if t := &toks[i]; t.punct && (t.low == ";" || t.low == "." || t.low == ":" || t.low == "?" || t.low == "!") {
			return false // (quotation marks around a name, "People Power", are no stop)
		}
	}
	return false
}

// stateNouns name a state by description: "the Gulf state", "the
// kingdom", "the emirate", "the country", "the regime".
var stateNouns = map[string]bool{"state": true, "kingdom": true, "emirate": true, "country": true, "nation": true,
	"regime": true, "government": true, "republic": true, "island": true, "monarchy": true, "sultanate": true}

// describedAccused returns the actor a definite description after an
// accusing trigger stands for: "cut ties with Qatar, accusing the Gulf
// state of cosying up to Iran" accuses Qatar, the last state named
// before the trigger that is not the accuser, not Iran inside the
// charge (QA19 E-3). The description is "the" (or "this"), at most two
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

// unknownTitled reports a state's or an organisation's titled actor a
// ("Reserve Bank of India Governor", "Kenyan Interior Minister")
// followed at once by the name of a person the KB does not know: the
// event is the person's, coded by the title's state and sector, as a
// KB person's is ("World Bank President David Malpass") (QA19 E-8).
func unknownTitled(a, b *actor) bool {
	return b.person && !a.person && !a.generic && !a.place && (b.id == "" || b.id == b.name)
}

// elaboratedViolence drops, among the events of one sentence from
// first on, a physical attack aimed at nobody named (CAMEO 18–20, no
// target) when a participle after a comma later in the sentence codes
// the same source's attack on a named target: "Supporters of X attacked
// a protest camp, tearing down tents and beating demonstrators" is one
// assault per attacker, on the demonstrators, not a second one on "?"
// that double-counts violence (QA19 E-9).
func elaboratedViolence(text string, evs []doc.Event, first int) []doc.Event {
	n := first // evs[:n] are kept; an event is copied only when one before it was dropped
	for k := first; k < len(evs); k++ {
		e := &evs[k]
		if e.Target != "" || len(e.Cameo) < 2 || e.Cameo[0] < '1' || e.Cameo[0] > '2' || e.Cameo[:2] < "18" || e.Cameo[:2] > "20" || !elaborated(text, evs[first:], e) {
			if n != k {
				evs[n] = *e
			}
			n++
		}
	}
	return evs[:n]
}

// elaborated reports a physical attack (CAMEO 18–20) of evs by e's
// source with a target, whose "-ing" trigger follows e's after a comma.
func elaborated(text string, evs []doc.Event, e *doc.Event) bool {
	for i := range evs {
		o := &evs[i]
		if o.Target == "" || o.Source != e.Source || len(o.Cameo) < 2 || o.Cameo[:2] < "18" || o.Cameo[:2] > "20" ||
			o.TriggerSpan.Start <= e.TriggerSpan.End || !strings.HasSuffix(o.Trigger, "ing") {
			continue
		}
		if strings.Contains(text[e.TriggerSpan.End:o.TriggerSpan.Start], ",") {
			return true
		}
	}
	return false
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
// not of their office, never the possessor (QA19 E-7).
func kinPossessives(text string, toks []tok, acts []actor) {
	for ai := range acts {
		a := &acts[ai]
		if !a.person || !a.poss || a.t1+1 >= len(toks) || !kinNouns[toks[a.t1+1].low] {
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

// stateGroup is the last list of three to six distinct states a
// sentence named ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties"):
// what a later "the four countries" stands for (QA19 E-4). The pair of
// "the two countries" is notePair's.
type stateGroup struct {
	acts [6]actor
	n    int
	sent int // the sentence of the list
	used int // 1 + the sentence whose subject subject replaced, else 0
}

// groupCounts are the number words of "the three/four/five/six
// countries".
var groupCounts = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6}

// note records a list of three to six distinct named states joined by
// commas and a closing "and" in sentence si.
func (g *stateGroup) note(si int, toks []tok, acts []actor) {
	for lo := 0; lo+2 < len(acts); lo++ {
		if !pairable(&acts[lo]) || acts[lo].person {
			continue
		}
		hi := lo
		for hi+1 < len(acts) && hi-lo < 6 && joined(toks, acts[hi].t1, acts[hi+1].t0) && pairable(&acts[hi+1]) && !acts[hi+1].person {
			hi++
		}
		if n := hi - lo + 1; n >= 3 && n <= 6 && hasConj(toks, acts[hi-1].t1, acts[hi].t0) {
			for i := lo; i <= hi; i++ {
				for j := lo; j < i; j++ {
					if acts[j].id == acts[i].id {
						return // a state named twice is no list of n states
					}
				}
			}
			g.n, g.sent = copy(g.acts[:], acts[lo:hi+1]), si
			return
		}
		lo = hi
	}
}

// subject puts the group's first state over "the <n> countries" (n its
// size) opening sentence si, one or two sentences after the list, and
// marks the sentence: spread then gives each event of that state to the
// others too.
func (g *stateGroup) subject(si int, toks []tok, acts []actor) []actor {
	g.used = 0
	if si == g.sent || si-g.sent > 2 || len(toks) < 4 {
		return acts
	}
	p := 0
	if toks[0].low != "the" {
		return acts
	}
	if groupCounts[toks[p+1].low] != g.n {
		return acts
	}
	switch toks[p+2].low {
	case "countries", "nations", "states", "governments", "neighbours", "neighbors", "allies":
	default:
		return acts
	}
	for i := range acts {
		if acts[i].t0 < p+3 {
			return acts
		}
		for k := 0; k < g.n; k++ {
			if acts[i].id == g.acts[k].id {
				return acts // a member named again: the list is not all of it
			}
		}
	}
	a := g.acts[0]
	a.t0, a.t1, a.poss, a.agentBefore = p, p+3, false, false
	acts = append(acts, actor{})
	copy(acts[1:], acts)
	acts[0] = a
	g.used = si + 1
	return acts
}

// spread copies each event of evs from first on whose source or target
// is the group's first state to the group's other states.
func (g *stateGroup) spread(evs []doc.Event, first int) []doc.Event {
	lead := &g.acts[0]
	end := len(evs)
	for k := first; k < end; k++ {
		src, tgt := evs[k].Source == lead.id, evs[k].Target == lead.id
		if !src && !tgt {
			continue
		}
		for i := 1; i < g.n; i++ {
			a := &g.acts[i]
			e := evs[k]
			if src {
				e.Source, e.SourceName, e.SourceCountry, e.SourceSector, e.SourceCode = a.id, a.name, a.country, a.sector, a.actorCode()
			} else {
				e.Target, e.TargetName, e.TargetCountry, e.TargetSector, e.TargetCode = a.id, a.name, a.country, a.sector, a.actorCode()
			}
			evs = append(evs, e)
		}
	}
	return evs
}

// nameAgents are the collective agent nouns that open names of
// movements and events: "People Power", "Workers Day", "Citizens
// United".
var nameAgents = map[string]bool{"people": true, "peoples": true, "workers": true, "citizens": true, "patriots": true,
	"youth": true, "women": true, "farmers": true, "students": true, "veterans": true, "martyrs": true}

// nameWordAgent reports a capitalised collective agent word at i inside
// a sentence (after a lower-case word or an opening quotation mark)
// followed by a capitalised word: the first word of a name ("the
// "People Power" uprising", "the Citizens United ruling"), no agent
// (QA19 E-7).
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
