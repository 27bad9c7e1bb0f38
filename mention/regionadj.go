package mention

// regionAdjOf returns where a name run [i,j) ends when its last word is
// the first half of a region's adjective after "of" and a demonym joined
// to it before a lower-case noun ends that adjective: "the Rio Group of
// Latin American nations" is "Rio Group", the "Latin American" nations
// no part of it and no mention of the United States (the demonym dies).
// A body whose name goes on after the adjective ("Institute of Latin
// American Studies") is one run and never reaches here. Otherwise it
// returns j (also before "and": "Group of Latin American and Caribbean
// States" is one name).
func (p *proc) regionAdjOf(i, j int) int {
	if j-i < 3 || j+1 >= len(p.toks) || !p.is(j-2, p.s.w.of) {
		return j
	}
	if w := p.word(j - 1); w != "Latin" && !direction(w) && !p.has(j-1, fPlacePrefix) {
		return j
	}
	g := p.foundAt(j)
	if g < 0 || p.found[g].how != hDemonym || p.found[g].j != j+1 || !p.joined(j) || p.toks[j+1].shape&shLower == 0 || p.has(j+1, fStop) || !p.joined(j+1) {
		return j
	}
	p.found[g].dead = true // still covering its token: no name of its own
	return j - 2
}
