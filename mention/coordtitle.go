package mention

// coordTitles reads the titles coordinated with an appositive title the
// person found g was just given: "Binali Yildirim, the prime minister
// and speaker of parliament, said" claims both offices, one role claim
// each (verify then checks each, and whether the two were ever held on
// one date). r is the token after the first title. A coordinated title
// under the first one's article shares its modifier ("the former prime
// minister and speaker" was both); one with an article of its own has
// its own ("the president and a former foreign minister"). The person's
// mention keeps the first claim as its role; the others name the same
// person.
func (p *proc) coordTitles(g, r int, used map[int]bool) {
	claim := p.found[g].claim
	for n := 0; n < 3 && r+1 < len(p.toks) && p.is(r, p.s.w.and); n++ {
		st := r + 1
		det := p.has(st, fDet)
		if det {
			st++
		}
		ti := -1
		if k := p.titleFrom(st); k < len(p.titles) && p.titles[k].i <= st+3 {
			ti = k
		}
		if ti < 0 || used[ti] {
			return
		}
		th := p.titles[ti]
		ph := p.leftOf(th)
		if ph.start != st || th.e.group && ph.country == "" || ph.foreign {
			return
		}
		e := p.rightOf(&ph)
		if e < len(p.toks) {
			if !p.toks[e].word() {
				if p.is(e, p.s.w.lparen) {
					return
				}
			} else if p.toks[e].cap() || p.foundAt(e) >= 0 || !p.is(e, p.s.w.and) {
				return // a title before the next name, or a clause going on
			}
		}
		ph.end = e
		if !det && ph.modifier == "" && claim >= 0 {
			ph.modifier = p.claims[claim].Modifier // "the former prime minister and speaker": both former
		}
		p.addFurtherClaim(ph, g, true)
		used[ti] = true
		r = e
	}
}

// coordTitlesBefore reads a title coordinated before the title that
// names the person found g: "Deputy Prime Minister and Foreign Minister
// Ayman Safadi" claims both offices. start is the first token of the
// claimed title's phrase; the other title must end right before the
// "and" before it. The person's mention keeps the title next to the name
// as its role.
func (p *proc) coordTitlesBefore(g, start int, used map[int]bool) {
	if start < 2 || !p.is(start-1, p.s.w.and) {
		return
	}
	// the one title that can end right before the "and" is the last
	// one opening before it
	ti := p.titleFrom(start-1) - 1
	if ti < 0 {
		return
	}
	th := p.titles[ti]
	if th.j != start-1 || used[ti] || th.e.upper && !p.toks[th.i].upper() {
		return
	}
	ph := p.leftOf(th)
	r := p.rightOf(&ph)
	if r != start-1 || th.e.group && ph.country == "" || ph.foreign {
		return
	}
	ph.end = r
	p.addFurtherClaim(ph, g, false)
	used[ti] = true
}

// addFurtherClaim adds the claim of phrase ph about the person found g
// as a further one: when g already has a claim, the mention keeps that
// one as its role and title, and the new claim names the same person.
func (p *proc) addFurtherClaim(ph phrase, g int, appos bool) {
	f := &p.found[g]
	claim, title := f.claim, f.title
	before := len(p.claims)
	p.addClaim(ph, g, appos)
	if len(p.claims) > before && claim >= 0 {
		f.claim, f.title = claim, title
	}
}
