package mention

// orgPrefixes reads a KB body's name ending in a body's head noun as
// part of a longer name when one or two capitalised words right before
// it name nothing else: "the Islamic Republican Party" (Iran) is no
// "Republican Party" of the United States, "the Democratic Renaissance
// Party" no "Renaissance Party" of France. The whole becomes an unknown
// organisation. Words another mention or a title covers ("US Republican
// Party", "Armenia's Republican Party", "Texas Democratic Party"), a
// sentence's first word, a given name or a role keep the match as it
// is, and so does a headline's title case.
func (p *proc) orgPrefixes() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hAlias || f.j-f.i < 2 || f.i == 0 || !tailHead(p.word(f.j-1)) {
			continue
		}
		s := f.i
		for s > 0 && f.i-s < 2 && p.joined(s) && p.cover[s-1] < 0 && p.tcover[s-1] < 0 && p.nameWord(s-1) &&
			!p.toks[s-1].sentStart && !p.toks[s-1].poss && !p.toks[s-1].upper() && !p.has(s-1, fHonor|fRole|fDate|fDet|fGiven|fPlaceCue|fOrgCue) {
			s--
		}
		if s == f.i || p.headline(s) || s > 0 && p.joined(s) && p.toks[s-1].cap() && p.toks[s-1].word() && !p.toks[s-1].sentStart {
			continue // nothing before, or a name running on further left
		}
		for k := s; k < f.i; k++ {
			p.cover[k] = int32(g)
		}
		f.i = s
		f.actor, f.how, f.country = -1, hName, ""
		f.key = p.fold(f.i, f.j)
	}
}
