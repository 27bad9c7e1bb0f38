package mention

// gazGivenName reports whether the two-word run [i,j) is a person's name
// whose given name is also a town or region the gazetteer knows
// ("Samar Badawi"): the first word alone is a
// gazetteer place but the pair is not, the second word is shaped like a
// surname (nameShaped: no common word, no place ending, no gazetteer
// place), and nothing marks the first word as a place — no locative
// preposition, article or possessive before it, no place, body or event
// head word in the run, no plural of "-men" after it ("Paris
// Policemen"). A place written before a surname-like word is
// rarer than a person: places that open names take a head word ("Samar
// Province", "Kabul Bank") and are typed by it before this guess.
func (p *proc) gazGivenName(i, j int) bool {
	if j-i != 2 || p.toks[i].upper() || p.toks[i].poss || !p.joined(i+1) || p.locBefore(i) || p.is(i-1, p.s.w.the) {
		return false
	}
	if p.anyFlag(i, j, fCommon|fOrgCue|fPlaceCue|fPlacePrefix|fMisc|fGroupAdj|fDate|fRole|fConnector|fOrgSuffix) || p.lowerWord(i) {
		return false
	}
	return p.gazPlace(i, i+1) && !p.gazPlace(i, j) && !menPlural(p.word(i+1)) && p.nameShaped(i+1, j)
}

// gazGivenType types the run [i,j) a person by gazGivenName, as a guess
// from shape alone that oneSense may revise.
func (p *proc) gazGivenType(i, j int) kind {
	if !p.gazGivenName(i, j) {
		return kNone
	}
	p.shapeOnly = true
	return kPerson
}
