package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// notePair records the two actors of a two-item list in sentence si
// ("Ethiopia and Eritrea signed a declaration", "Trump and Kim met"):
// what a later "the two countries" or "the two leaders" stands for (see
// pairSubject). Only a list of exactly two distinct state actors, or
// two persons, joined by a bare "and", is recorded.
func (s *scratch) notePair(si int, toks []tok, acts []actor) {
	for ai := 0; ai+1 < len(acts); ai++ {
		a, b := &acts[ai], &acts[ai+1]
		if b.t0-a.t1 != 1 || toks[a.t1].low != "and" || !pairable(a) || !pairable(b) || a.person != b.person || a.id == b.id {
			continue
		}
		if !a.person && a.country == b.country {
			continue
		}
		if ai > 0 && joined(toks, acts[ai-1].t1, a.t0) || ai+2 < len(acts) && joined(toks, b.t1, acts[ai+2].t0) {
			continue // a longer list
		}
		s.pair[0], s.pair[1], s.pairSent, s.havePair = *a, *b, si, true
		return
	}
}

// pairable reports an actor a "the two …" may stand for: a named state
// or person, not a place, a bare agent noun or a possessive.
func pairable(a *actor) bool {
	return !a.generic && !a.place && !a.poss && a.country != ""
}

// pairSubject gives a sentence that opens with "The two countries" (or
// nations, neighbours, states, governments, sides) or "The two leaders"
// (presidents) the pair of the sentence before or the one before that
// (see notePair) as its subject: the pair's actors are placed over
// "The" and the noun, and "two" reads as "and", so the phrase is coded
// as the list it stands for ("The two countries agreed to reopen
// embassies" → Ethiopia and Eritrea agreed …).
func (s *scratch) pairSubject(si int, toks []tok, acts []actor) []actor {
	if !s.havePair || si == s.pairSent || si-s.pairSent > 2 || len(toks) < 4 {
		return acts
	}
	p := pairStart(toks) // 0, or after a fronted time or place ("On Monday, the two countries …")
	if p < 0 {
		return acts
	}
	person := false
	switch toks[p+2].low {
	case "countries", "nations", "neighbours", "neighbors", "states", "governments", "sides":
	case "leaders", "presidents":
		person = true
	default:
		return acts
	}
	if s.pair[0].person != person || s.pair[1].person != person {
		return acts
	}
	for i := range acts {
		if acts[i].t0 < p+3 {
			return acts
		}
	}
	a, b := s.pair[0], s.pair[1]
	a.t0, a.t1, a.poss, a.agentBefore = p, p+1, false, false
	b.t0, b.t1, b.poss, b.agentBefore = p+2, p+3, false, false
	toks[p+1].low, toks[p+1].cls, toks[p+1].h = "and", 0, 0 // "A and B"
	acts = append(acts, actor{}, actor{})
	copy(acts[2:], acts)
	acts[0], acts[1] = a, b
	return acts
}

// pairStart returns the token where "the two <noun>" opens a sentence's
// main clause: 0, or right after the comma closing a fronted phrase of
// up to ten tokens ("On August 15, 2005, the two sides signed …"); -1
// when there is none. (pairSubject checks that no actor stands before.)
func pairStart(toks []tok) int {
	if toks[0].low == "the" && toks[1].low == "two" {
		return 0
	}
	for i := 1; i <= 10 && i+3 < len(toks); i++ {
		if isHardStop(&toks[i]) {
			return -1
		}
		if toks[i].low == "," && toks[i+1].low == "the" && toks[i+2].low == "two" {
			return i + 1
		}
	}
	return -1
}

// stateGroup is the last list of three to six distinct states a
// sentence named ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties"):
// what a later "the four countries" stands for. The pair of
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

// pairForces gives a sentence that opens with "Troops (forces,
// soldiers) from|of the two countries (nations, sides …)" the forces of
// the pair noted before (notePair) as its subject: the pair's actors,
// with the military sector, are placed over "the" and the noun, and
// "two" reads as "and" ("Troops from the two countries fought a border
// war in 1962" → India and China fought). The forces may come
// later in the article than pairSubject's "The two countries" (up to
// eight sentences): the background paragraph of a bilateral story.
func (s *scratch) pairForces(si int, toks []tok, acts []actor) []actor {
	if !s.havePair || si == s.pairSent || si-s.pairSent > 8 || len(toks) < 7 || s.pair[0].person || s.pair[1].person {
		return acts
	}
	switch toks[0].low {
	case "troops", "forces", "soldiers", "armies", "militaries":
	default:
		return acts
	}
	if toks[1].low != "from" && toks[1].low != "of" || toks[2].low != "the" || toks[3].low != "two" {
		return acts
	}
	switch toks[4].low {
	case "countries", "nations", "neighbours", "neighbors", "states", "sides":
	default:
		return acts
	}
	for i := range acts {
		if acts[i].t0 < 5 {
			return acts
		}
	}
	a, b := s.pair[0], s.pair[1]
	a.t0, a.t1, a.poss, a.agentBefore = 2, 3, false, false
	b.t0, b.t1, b.poss, b.agentBefore = 4, 5, false, false
	a.sector, b.sector = "MIL", "MIL"
	toks[3].low, toks[3].cls, toks[3].h = "and", 0, 0 // "A and B"
	acts = append(acts, actor{}, actor{})
	copy(acts[2:], acts)
	acts[0], acts[1] = a, b
	return acts
}

// pairObjectNouns are the nouns of an object "both countries" or "the
// two sides" that stands for a pair of states.
var pairObjectNouns = wordset.New("countries", "nations", "neighbours", "neighbors", "states", "governments", "sides", "parties", "leaders", "rivals")

// pairObjectWords gate pairObject: a sentence without "both" or "two"
// has no such object.
var pairObjectWords = needSetOf(wordset.New("both", "two"))

// noteMainPair records, when no pair is known yet, the two states of the
// article's first event between named states of two countries ("Indian
// warplanes bombed a camp in Pakistan" → India, Pakistan): what a later
// "both countries" stands for when no "A and B" list named them.
func (s *scratch) noteMainPair(evs []doc.Event) {
	for k := range evs {
		e := &evs[k]
		if e.SourceCountry == "" || e.TargetCountry == "" || e.SourceCountry == e.TargetCountry {
			continue
		}
		if !strings.HasPrefix(e.Source, e.SourceCountry) || !strings.HasPrefix(e.Target, e.TargetCountry) {
			continue // a person or a body of the KB: its state is not what the story names
		}
		s.main[0] = actor{id: e.SourceCountry, name: e.SourceName, country: e.SourceCountry, code: e.SourceCountry}
		s.main[1] = actor{id: e.TargetCountry, name: e.TargetName, country: e.TargetCountry, code: e.TargetCountry}
		s.haveMain = true
		return
	}
}

// pairObject puts over an object "both countries" (nations, sides,
// leaders …) or "the two sides" after the sentence's first actor the
// first of the pair it stands for: the two-item list of the last eight
// sentences (notePair), else the article's first pair of states
// (noteMainPair); s.both then gives the other the same events ("China
// urged both countries to exercise restraint" → CHN → IND and CHN →
// PAK). Neither state may be named in the sentence itself ("Pakistan
// urged both sides …" leaves the phrase alone).
func (s *scratch) pairObject(si int, toks []tok, acts []actor) []actor {
	s.both.used = 0
	var pair [2]actor
	switch {
	case s.havePair && si != s.pairSent && si-s.pairSent <= 8:
		pair = s.pair
	case s.haveMain:
		pair = s.main
	default:
		return acts
	}
	if len(acts) == 0 || pair[0].person != pair[1].person {
		return acts
	}
	for i := range acts {
		if acts[i].id == pair[0].id || acts[i].id == pair[1].id || acts[i].country != "" && (acts[i].country == pair[0].country || acts[i].country == pair[1].country) && !pair[0].person {
			return acts
		}
	}
	for i := acts[0].t1 + 1; i+1 < len(toks); i++ {
		t0, n := i, i+1
		switch {
		case toks[i].low == "both":
		case toks[i].low == "the" && toks[i+1].low == "two" && i+2 < len(toks):
			n = i + 2
		default:
			continue
		}
		if !pairObjectNouns.Has(toks[n].low) || n+1 < len(toks) && toks[n+1].low == "'s" {
			continue
		}
		if toks[t0-1].low == "and" || toks[t0-1].low == "," || toks[t0-1].low == "between" {
			return acts // a list, or "between the two sides": no object of its own
		}
		a := pair[0]
		a.t0, a.t1, a.poss, a.agentBefore = t0, n+1, false, false
		at := len(acts)
		for k := range acts {
			if acts[k].t0 >= n+1 {
				at = k
				break
			}
			if acts[k].t1 > t0 {
				return acts // an actor inside the phrase
			}
		}
		acts = append(acts, actor{})
		copy(acts[at+1:], acts[at:])
		acts[at] = a
		s.both.acts[0], s.both.acts[1], s.both.n, s.both.used = pair[0], pair[1], 2, si+1
		return acts
	}
	return acts
}

// followWords gate followedSuit.
var followWords = needSetOf(wordset.New("followed"))

// followedSuit gives each state of a clause "(and) A, B and C followed
// (suit)" closing a sentence the act the sentence coded before it, with
// the same target: "Trump recognised Guaido as the country's leader, and
// Canada, Brazil and Colombia followed" → CAN, BRA and COL recognise
// Guaido too. The followers must be named states (or their
// governments) and the act's source none of them.
func followedSuit(d *doc.Doc, first int, toks []tok, acts []actor) {
	f := -1
	for i := 1; i < len(toks); i++ {
		if toks[i].low != "followed" {
			continue
		}
		end := i + 1
		if end < len(toks) && toks[end].low == "suit" {
			end++
		}
		if end < len(toks) && !(toks[end].punct && (toks[end].low == "." || toks[end].low == ";")) {
			continue // "followed by", "followed the talks": no act of its own
		}
		f = i
		break
	}
	if f < 0 {
		return
	}
	hi := -1
	for k := range acts {
		if acts[k].t1 == f {
			hi = k
		}
	}
	if hi < 0 {
		return
	}
	src := -1
	for j := first; j < len(d.Events); j++ {
		e := &d.Events[j]
		if e.TriggerSpan.Start >= toks[acts[hi].t0].start || e.Cameo == "010" || e.Source == "" {
			continue
		}
		src = j
	}
	if src < 0 {
		return
	}
	ev := &d.Events[src]
	lo := hi
	for lo > 0 && joined(toks, acts[lo-1].t1, acts[lo].t0) && toks[acts[lo-1].t0].start > ev.TriggerSpan.Start && acts[lo-1].id != ev.Target && acts[lo-1].id != ev.Source {
		lo-- // (the act's own target ends the list: "cut ties with Qatar, and Egypt followed")
	}
	for k := lo; k <= hi; k++ {
		if !stateActor(&acts[k]) || acts[k].id == ev.Source || acts[k].id == ev.Target {
			return
		}
	}
	if at := acts[lo].t0; at == 0 || toks[at-1].low != "and" && toks[at-1].low != "," {
		return // the followers open their own clause only after "and" or a comma
	}
	for k := lo; k <= hi; k++ {
		a := &acts[k]
		e := d.Events[src]
		e.Source, e.SourceName, e.SourceCountry, e.SourceSector, e.SourceCode = a.id, a.name, a.country, a.sector, a.actorCode()
		e.Reciprocal = false
		d.Events = append(d.Events, e)
	}
}
