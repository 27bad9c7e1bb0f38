package event

// Rules from this session's QA of realistic news (issue 5).

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
		if actorAt[j] >= 0 || isHardStop(toks[j]) || toks[j].low == "," {
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
