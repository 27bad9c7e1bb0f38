package event

// heldHostage returns the actor right before "held/taken/kept hostage"
// (or captive) when no object follows ("two French reporters held
// hostage in Iraq were still alive"): a reduced passive whose actor is
// the captive, not the captor, or -1. "Militants held hostage two
// reporters" has its object after the noun and stays active.
func heldHostage(toks []tok, acts []actor, actorAt []int, m *match) int {
	h := m.head
	if h != m.start+1 || m.start == 0 || toks[h].low != "hostage" && toks[h].low != "captive" {
		return -1
	}
	switch toks[m.start].low {
	case "held", "taken", "kept":
	default:
		return -1
	}
	if nx := m.headEnd; nx < len(toks) && (actorAt[nx] >= 0 || toks[nx].is(wcDeterminer) || countWord(&toks[nx])) && toks[nx].low != "at" {
		return -1
	}
	if ai := actorAt[m.start-1]; ai >= 0 && acts[ai].t1 == m.start && !acts[ai].place {
		return ai
	}
	return -1
}
