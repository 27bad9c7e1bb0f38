package mention

// pairBodies reads a country's or place's name hyphened to the front of
// an unknown body's name as part of it: a joint firm or council named
// for the two countries it links ("the Laos-China Railway Company", "the
// US-China Business Council") is one organisation, not Laos and a
// "China Railway Company". A KB body after the hyphen ("US-Taliban
// talks") and a possessive keep the two apart.
func (p *proc) pairBodies() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hName || f.actor >= 0 || f.joinTo >= 0 || f.j-f.i < 2 || f.i == 0 || p.toks[f.i].gap != gapHyphen {
			continue
		}
		h := p.foundEnding(f.i)
		if h < 0 || h == g {
			continue
		}
		b := &p.found[h]
		if b.typ != kCountry && b.typ != kPlace || b.how == hDemonym || b.j-b.i > 3 || p.toks[b.j-1].poss || p.headline(b.i) {
			continue
		}
		b.dead = true
		for k := b.i; k < f.i; k++ {
			p.cover[k] = int32(g)
		}
		f.i = b.i
		f.key = p.fold(f.i, f.j)
	}
}
