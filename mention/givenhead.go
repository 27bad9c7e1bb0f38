package mention

// givenCountries joins a country's name that is also a given name
// ("Chad", "Jordan", "Georgia") to the KB surname written right after it
// into one person's name: "Chad Johnson caught the ball", "police said
// Jordan Smith was hurt". The surname must be one no person the article
// names stands for (an unlinked surname), with no comma, possessive,
// title or honorific around the two words: "Jordan's Abdullah",
// "Georgia, Smith said" and "President Jordan" stay as they are.
func (p *proc) givenCountries() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || !f.surname || f.actor >= 0 || f.how != hName || f.j-f.i != 1 || f.i == 0 || !p.joined(f.i) || p.headline(f.i) {
			continue
		}
		h := p.foundEnding(f.i)
		if h < 0 || h == g {
			continue
		}
		c := &p.found[h]
		if c.typ != kCountry || c.how != hAlias || c.metonymy || c.j-c.i != 1 || !p.has(c.i, fGiven) || p.toks[c.i].poss || !p.toks[c.i].cap() || p.toks[c.i].upperLetters() {
			continue
		}
		if c.i > 0 && p.joined(c.i) && (p.has(c.i-1, fHonor|fRole) || p.tcover[c.i-1] >= 0 || p.locBefore(c.i)) {
			continue // "President Chad", "in Jordan Smith's absence"
		}
		i := c.i
		p.kill(h)
		f.i, f.surname, f.persons, f.key = i, false, nil, "person:"+p.fold(i, f.j)
		p.cover[i] = int32(g)
		p.foundChanged(g)
	}
}

// innerPlaceHead reports whether a capitalised place head word stands
// inside [i,j), neither first nor last, that is no given name and no
// word people bear as a surname ("County" in "Douglas County Sheriff";
// not "Hall" in "Mary Hall Smith").
func (p *proc) innerPlaceHead(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if p.has(k, fPlaceCue) && !p.has(k, fGiven|fHonor|fRole) && p.toks[k].cap() && !p.toks[k].upper() && !surnameHead(p.word(k)) && p.joined(k) {
			return true
		}
	}
	return false
}

// givenBeforeHeads drops a given name read alone as a person when a
// lower-case head word of a place or a body follows it in a modifier's
// slot: "a U.S. Marine base", "Army and Marine units" use the name's
// word as a modifier, and nobody is named; before a place's head word
// a town the gazetteer knows is the place ("the Charlotte region").
func (p *proc) givenBeforeHeads() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.how != hName || f.actor >= 0 || f.j-f.i != 1 || !p.has(f.i, fGiven) || f.j >= len(p.toks) || !p.joined(f.j) || p.toks[f.i].poss {
			continue
		}
		if t := p.toks[f.j]; t.shape&shLower == 0 || !t.word() || !p.has(f.j, fPlaceCue|fOrgCue) || p.has(f.j, fRole|fAux) || p.toks[f.i].sentStart || !p.joined(f.i) {
			continue
		}
		// a modifier's slot: after an article, a country ("a U.S.
		// Marine base") or "and" ("Army and Marine units"); not "in Mary
		// province", nor a subject before a verb ("András falls in love")
		if h := p.foundEnding(f.i); p.has(f.i-1, fDet) || (p.is(f.i-1, p.s.w.and) || p.is(f.i-1, p.s.w.or)) && p.toks[f.i-1].shape&shLower != 0 ||
			h >= 0 && (p.found[h].typ == kCountry || p.found[h].how == hDemonym) {
			if p.has(f.j, fPlaceCue) && p.gazPlace(f.i, f.j) && !p.has(f.i, fCommon|fMisc) {
				// "the Charlotte region", "a Chelsea neighborhood": the
				// gazetteer's town
				f.typ = kPlace
				p.foundChanged(g)
				continue
			}
			p.kill(g)
		}
	}
}
