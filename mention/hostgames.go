package mention

// unknownHost returns the end of the host's name when the run [i,j) is a
// name no list knows followed by the name of Olympic games held there
// ("Sochi Winter Olympics", "Lillehammer Olympics", "Sapporo Olympic
// Games"): the host is a place of its own, as for a known city ("the
// Beijing Olympics", see hostGames), and the games are no mention. The
// host is one or two capitalised words with no cue; i when there is none.
// Plain "Games" is not enough: most games are named for a region or a
// body, not a host ("Pacific Games", "Commonwealth Games").
func (p *proc) unknownHost(i, j int) int {
	m := i
	for m < j && m-i < 3 && !gamesWord(p.word(m)) {
		m++
	}
	if m == i || m-i > 2 || m == j || !p.hostGames(m, j) || !p.olympic(m, j) {
		return i
	}
	for k := i; k < m; k++ {
		if !p.toks[k].cap() || p.toks[k].upper() || p.toks[k].poss || p.has(k, fGiven|fHonor|fRole|fDate|fOrgCue|fPlaceCue|fMisc|fCommon|fGroupAdj) || commonShape(p.word(k)) {
			return i
		}
	}
	return m
}

// gamesWord reports whether w opens the name of Olympic games.
func gamesWord(w string) bool {
	switch w {
	case "Olympics", "Olympic", "Paralympics", "Paralympic", "Summer", "Winter", "Youth":
		return true
	}
	return false
}

// olympic reports whether the run [i,j) names Olympic or Paralympic games.
func (p *proc) olympic(i, j int) bool {
	for k := i; k < j; k++ {
		switch p.word(k) {
		case "Olympics", "Olympic", "Paralympics", "Paralympic":
			return true
		}
	}
	return false
}
