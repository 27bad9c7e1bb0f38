package event

// includedAgent returns the actor right after "including" at i (past
// one determiner), or -1: "recognised by about 100 countries, including
// the United States" names one of the agents.
func includedAgent(toks []tok, actorAt []int, i int) int {
	j := i + 1
	if j < len(toks) && actorAt[j] < 0 && toks[j].is(wcDeterminer) {
		j++
	}
	if j < len(toks) {
		return actorAt[j]
	}
	return -1
}

// sentForce reports whether actor t is the trigger's own noun ("send
// peacekeeping forces": the forces): what is sent, not who receives it.
func sentForce(acts []actor, t int, m *match) bool {
	return acts[t].t0 <= m.head && m.head < acts[t].t1
}

// ownPlaces reports whether every actor of tgts is a place in the
// country of one of srcs ("Cuba and the United States reopened their
// embassies in Havana and Washington"): where the partners act, no
// third party.
func ownPlaces(acts []actor, srcs, tgts []int) bool {
	for _, t := range tgts {
		if t < 0 || !acts[t].place || acts[t].country == "" {
			return false
		}
		own := false
		for _, s := range srcs {
			own = own || s >= 0 && acts[s].country == acts[t].country
		}
		if !own {
			return false
		}
	}
	return len(tgts) > 0
}

// perfectAux reports a perfect auxiliary ("has agreed").
func perfectAux(w string) bool {
	return w == "has" || w == "have" || w == "had"
}
