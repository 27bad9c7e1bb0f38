package event

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
	p := pairStart(toks) // 0, or after a fronted time or place ("On Monday, the two countries …", QA13 E-13)
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
