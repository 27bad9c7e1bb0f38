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
