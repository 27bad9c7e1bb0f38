package mention

// placeJoins widens a place over a linking word and the name after it
// that together name one place ("Newcastle upon Tyne", "Frankfurt am
// Main", "Stratford-upon-Avon", "Southend-on-Sea", "Santiago de Cuba").
func (p *proc) placeJoins() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPlace && f.typ != kCountry || f.how == hDemonym || f.metonymy || f.j+1 >= len(p.toks) || p.toks[f.j-1].poss {
			continue
		}
		if f.typ == kPlace && f.i >= 2 && romanceOf(p.word(f.i-1)) {
			p.romanceHead(g) // "Mocímboa da Praia" is not Cape Verde's Praia
		}
		if p.placeHeadBefore(g) {
			continue // "Mount Kenya", "Port Sudan", "Colonia Montreal": another place named for it
		}
		k := f.j
		if f.typ == kPlace && p.adminUnitAfter(g) {
			continue // "Kabul Province", "Maputo Province": the region named for the city
		}
		if romanceOf(p.word(k)) && f.typ == kPlace {
			p.romancePlace(g)
			continue
		}
		switch p.word(k) {
		case "upon", "am", "an", "sur":
		case "on":
			if p.toks[k].gap != gapHyphen {
				continue // "Berlin on Friday"
			}
		default:
			continue
		}
		if !p.joined(k) || !p.joined(k+1) || !p.toks[k+1].cap() || p.cover[k] >= 0 || p.tcover[k+1] >= 0 || p.has(k+1, fDate) {
			continue
		}
		if c := p.cover[k+1]; c >= 0 {
			if h := &p.found[c]; h.i != k+1 || h.j != k+2 || h.typ != kPlace {
				continue
			}
			p.absorb(int(c))
		}
		f.j = k + 2
		p.cover[k], p.cover[k+1] = int32(g), int32(g)
		f.actor, f.how, f.capital, f.typ = -1, hName, -1, kPlace
		f.key = p.fold(f.i, f.j)
	}
}

// romancePlace widens place g over a Romance linking word, an article
// and the one or two capitalised words after them that together name
// one place: "Santiago de Cuba", "San Antonio de los Baños", "Vitoria de
// Santo Antão" (not Santiago, Chile's capital, and Cuba). The words after
// must name nothing else the stage typed but a place or a country, or a
// name of its own it only guessed.
func (p *proc) romancePlace(g int) {
	f := &p.found[g]
	k := f.j // the linking word
	if !p.joined(k) || p.toks[k].shape&shLower == 0 || p.cover[k] >= 0 {
		return
	}
	s := k + 1
	if s < len(p.toks) && p.toks[s].shape&shLower != 0 {
		switch p.word(s) {
		case "los", "las", "la", "el", "le", "les", "lo":
			s++
		default:
			return
		}
	}
	e := s
	for e < len(p.toks) && e < s+2 && p.joined(e) && p.toks[e].cap() && !p.toks[e].upper() && p.tcover[e] < 0 && !p.has(e, fDate) {
		e++
	}
	if e == s || s > k+1 && !p.joined(s) {
		return
	}
	// what covers the words after: a place or a country exactly, or a
	// guessed name ending with them
	for t := s; t < e; {
		c := p.cover[t]
		if c < 0 {
			t++
			continue
		}
		h := &p.found[c]
		if h.i < s || h.j > e || h.how == hDemonym || h.typ != kPlace && h.typ != kCountry && (h.how != hName || h.actor >= 0) {
			return
		}
		t = h.j
	}
	p.widenPlace(g, f.i, e)
}

// romanceHead widens place g back over a Romance linking word and one
// or two capitalised words before it that the stage typed as nothing
// ("Mocímboa da Praia", "Vila Nova de Gaia"): together they name one
// place, not the KB place the last word names (Praia, Cape Verde's
// capital). A body's name ("Banco de Portugal") is left alone.
func (p *proc) romanceHead(g int) {
	f := &p.found[g]
	k := f.i - 1 // the linking word
	if !p.joined(f.i) || !p.joined(k) || p.toks[k].shape&shLower == 0 || p.cover[k] >= 0 {
		return
	}
	s := k
	for s > 0 && s > k-2 && p.toks[s-1].cap() && p.toks[s-1].word() && !p.toks[s-1].upper() && (s == k || p.joined(s)) {
		if c := p.cover[s-1]; c >= 0 && (p.found[c].typ != kNone || p.found[c].actor >= 0) {
			break
		}
		if p.has(s-1, fStop|fDate|fOrgCue|fOrgSuffix|fHonor|fRole|fPlaceCue) || p.toks[s-1].sentStart && s-1 == k-1 && p.has(s-1, fCommon) {
			break
		}
		s--
	}
	if s == k {
		return
	}
	p.widenPlace(g, s, f.j)
}

// widenPlace makes found g the unlinked place name of tokens [i,j),
// absorbing what else the stage found inside them.
func (p *proc) widenPlace(g, i, j int) {
	f := &p.found[g]
	for t := i; t < j; t++ {
		if c := p.cover[t]; c >= 0 && int(c) != g {
			p.absorb(int(c))
		}
	}
	f.i, f.j = i, j
	for t := i; t < j; t++ {
		p.cover[t] = int32(g)
	}
	f.actor, f.how, f.capital, f.typ, f.canon = -1, hName, -1, kPlace, ""
	f.key = p.fold(f.i, f.j)
}

// adminUnitAfter widens place g, a city the stage found, over the
// capitalised head of an administrative unit right after it ("Kabul
// Province", "Vientiane Prefecture", "Nairobi County", "Lagos State"):
// the unit is named for the city and is another place, so the mention
// is no longer the city's. It reports whether it widened g.
func (p *proc) adminUnitAfter(g int) bool {
	f := &p.found[g]
	k := f.j
	if k >= len(p.toks) || !p.joined(k) || !p.toks[k].cap() || p.toks[k].upper() || !adminUnit(p.word(k)) {
		return false
	}
	if k+1 < len(p.toks) && p.joined(k+1) && (p.toks[k+1].cap() || p.is(k+1, p.s.w.of)) {
		return false // "Kabul Province Council", "Lagos State of Nigeria"
	}
	if c := p.cover[k]; c >= 0 {
		if h := &p.found[c]; h.i != k || h.j != k+1 || h.typ != kNone && h.typ != kPlace {
			return false
		}
		p.absorb(int(c))
	}
	f.j = k + 1
	p.cover[k] = int32(g)
	f.actor, f.how, f.capital, f.place, f.persons = -1, hName, -1, -1, nil
	f.key = p.fold(f.i, f.j)
	return true
}

// adminUnit reports whether w, capitalised after a city's name, heads an
// administrative unit named for the city.
func adminUnit(w string) bool {
	switch w {
	case "Province", "Region", "District", "Prefecture", "Governorate", "Oblast", "County", "State", "Municipality", "Regency":
		return true
	}
	return false
}

// placeHeadBefore widens place or country g over a capitalised word right
// before it that heads a place's name ("Mount Kenya", "Lake Chad", "Port
// Sudan", "Colonia Montreal"): the name is another place's, named for
// g, unlinked. A compass word is left out ("Eastern Ukraine" is a part
// of Ukraine). It reports whether it widened g.
func (p *proc) placeHeadBefore(g int) bool {
	f := &p.found[g]
	h := f.i - 1
	if h < 0 || !p.joined(f.i) || !p.toks[h].cap() || p.toks[h].upper() || p.tcover[h] >= 0 || !placeHeadWord(p.lower(h)) {
		return false
	}
	if f.how == hDemonym || p.lower(h) == "new" && (p.toks[h].sentStart || h > 0 && p.toks[h-1].cap()) {
		// "New London", "New Paris", but not a line's first word nor
		// one of a headline's capitalised words ("New Russia
		// sanctions", "Announces New Iran Talks")
		return false
	}
	if c := p.cover[h]; c >= 0 {
		if e := &p.found[c]; e.i != h || e.j != h+1 || e.typ != kNone && e.typ != kPlace || e.actor >= 0 {
			return false
		}
		p.absorb(int(c))
	}
	f.i = h
	p.cover[h] = int32(g)
	f.actor, f.how, f.capital, f.place, f.persons, f.typ = -1, hName, -1, -1, nil, kPlace
	f.key = p.fold(f.i, f.j)
	p.foundChanged(g)
	return true
}

// placeHeadWord reports whether w, lower case, heads a place's name
// before another place's ("mount", "lake", "port", "colonia", "new").
func placeHeadWord(w string) bool {
	switch w {
	case "lake", "mount", "mt", "port", "fort", "cape", "isle", "colonia", "barrio", "kampung", "kampong", "aldea", "ciudad", "puerto", "rio", "new":
		return true
	}
	return false
}

// prefixedPlace reports whether the run [i,j) is a place's name opened by
// a place prefix: one the gazetteer lists ("New Haven", "Fort Worth"), or
// a prefix noun that names no common thing before a name, and one or two
// name words ("Port Arthur", "Mount Vernon", "St. Paris").
func (p *proc) prefixedPlace(i, j int) bool {
	if j-i < 2 || !p.has(i, fPlacePrefix) || p.has(i+1, fStop|fConnector) {
		return false
	}
	if p.gazPlace(i, j) {
		return true
	}
	switch p.lower(i) {
	case "port", "fort", "ft", "mount", "mt", "saint", "st", "lake", "cape":
		return j-i <= 3 && !p.anyFlag(i+1, j, fOrgCue|fRole|fHonor|fCommon)
	}
	return false
}
