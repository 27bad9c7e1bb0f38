package mention

// descriptorAfter reports whether the name [i,j), after "the", is
// followed by a common-noun phrase that says what kind of body it is:
// at most two lower-case modifiers and a body's head noun ("the
// Mercosur trade bloc", "the Histadrut labour federation", "the Tass
// news agency", "the Cosatu trade union federation", "the FACT rebel
// group"). People take no article, so "the" and such a head make the
// name an organisation's, used as a modifier of its own description.
// (Not "the Columbia-based design firm": a hyphen joins the place to
// an adjective.)
func (p *proc) descriptorAfter(i, j int) bool {
	n := len(p.toks)
	if i == 0 || j >= n || j-i > 3 || !p.is(i-1, p.s.w.the) || p.toks[j-1].poss || p.has(i, fGiven|fGroupAdj|fHonor|fRole) || j-i == 1 && creedShape(p.lower(i)) {
		return false // (not a creed: "the Maoist rebel group", see creedShape)
	}
	for k := j; k < j+3 && k < n && p.toks[k].gap == gapSpace && p.toks[k].word() && p.toks[k].shape&shLower != 0 && p.toks[k].sent == p.toks[i].sent; k++ {
		if bodyHead(p.word(k)) {
			// (not a common word: "the Internet security firm")
			return (k == j || !p.toks[k-1].poss) && !p.allFlags(i, j, fCommon)
		}
		if p.toks[k].poss || p.has(k, fStop|fAux|fCue|fDate) {
			return false
		}
	}
	return false
}

// bodyHead reports whether w, in lower case, is the head noun of a
// body's description ("bloc", "federation", "news agency").
func bodyHead(w string) bool {
	switch w {
	case "bloc", "alliance", "federation", "confederation", "agency", "group", "party", "movement",
		"militia", "coalition", "union", "company", "firm", "conglomerate", "rebels", "insurgents",
		"organisation", "organization", "association", "consortium", "cartel", "network",
		"broadcaster", "newspaper", "airline", "carrier", "bank", "lender", "insurer", "watchdog", "charity":
		return true
	}
	return false
}
