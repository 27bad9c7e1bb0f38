package mention

// headlineFirms reads the opening words of a firm's longer name, written
// in a title-case headline, as that firm: "America West: Will Not Bid
// for ATA" over a story naming "America West Holdings Corp." names the
// airline, not America. The firm is an organisation the body names by
// its shape in three words or more; the headline's words are two or more
// of its first words, written at the start of a capitalised stretch,
// with no head word after them and no longer name running past them.
func (p *proc) headlineFirms() {
	heads := false
	for _, h := range p.headl {
		heads = heads || h
	}
	if !heads {
		return
	}
	var firms []int
	for g := range p.found {
		f := &p.found[g]
		if !f.dead && f.typ == kOrganization && f.how == hName && f.actor < 0 && f.joinTo < 0 && f.j-f.i >= 3 && !p.headline(f.i) {
			firms = append(firms, g)
		}
	}
	if len(firms) == 0 {
		return
	}
	for i := 0; i < len(p.toks); i++ {
		if !p.headline(i) || !p.toks[i].cap() || i > 0 && p.headline(i-1) && p.joined(i) && p.toks[i-1].cap() && p.toks[i-1].gap != gapBreak && !p.toks[i].sentStart {
			continue
		}
		for _, g := range firms {
			if e := p.firmPrefixAt(i, g); e > i {
				p.addFound(found{i: i, j: e, actor: -1, capital: -1, place: -1, joinTo: g, claim: -1, how: hShortForm, typ: kOrganization, key: p.found[g].key})
				i = e - 1
				break
			}
		}
	}
}

// firmPrefixAt returns the end of the longest run of two or more words
// at i that opens the name of found g, shorter than it, with every found
// inside the run killed; or i when there is none, or when a found
// crosses the run's edge.
func (p *proc) firmPrefixAt(i, g int) int {
	f := &p.found[g]
	for k := f.j - f.i - 1; k >= 2; k-- {
		e := i + k
		if e > len(p.toks) || !p.headline(e-1) {
			continue
		}
		same, words := true, false
		for x := 0; x < k && same; x++ {
			same = p.lower(i+x) == p.lower(f.i+x) && (x == 0 || p.toks[i+x].gap == p.toks[f.i+x].gap)
			words = words || x > 0 && p.toks[i+x].gap == gapSpace
		}
		// two words or more ("U.S." is one), and no head word after
		// them ("New People Party's": the headline's own spelling of
		// the whole name)
		if !same || !words || e < len(p.toks) && p.joined(e) && p.has(e, fOrgCue|fOrgSuffix) {
			continue
		}
		for t := i; t < e; t++ {
			if c := p.cover[t]; c >= 0 && (p.found[c].i < i || p.found[c].j > e) {
				return i
			}
		}
		for t := i; t < e; t++ {
			if c := p.cover[t]; c >= 0 {
				p.kill(int(c))
			}
		}
		return e
	}
	return i
}
