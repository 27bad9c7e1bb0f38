package mention

// placeList reports whether the run at token i stands in a list of names
// that a plural place noun opens ("towns including Itaguaí, Seropédica
// and Paracambi", "the villages of Basak, Lilod and Bangolo", "provinces
// such as Phichit and Chai Nat"): every name of such a list is a place,
// though one may read as a given name or a surname.
func (p *proc) placeList(i int) bool {
	sent := p.toks[i].sent
	k := i - 1
	for names := 0; k > 0 && names < 8 && p.toks[k].sent == sent; names++ {
		if p.toks[k].shape&shLower != 0 {
			switch p.word(k) {
			case "including", "of":
				return p.pluralPlaceNoun(k - 1)
			case "like":
				// (not "districts like Shiloh": a school district's name)
				return p.pluralPlaceNoun(k-1) && p.word(k-1) != "districts"
			case "as":
				return p.toks[k-1].shape&shLower != 0 && p.word(k-1) == "such" && p.pluralPlaceNoun(k-2)
			}
		}
		// a separator, then the name before it
		sep := false
		if p.is(k, p.s.w.and) || p.is(k, p.s.w.or) {
			k--
			sep = true
		}
		if k > 0 && p.is(k, p.s.w.comma) {
			k--
			sep = true
		}
		if !sep {
			return false
		}
		n := 0
		for k > 0 && p.toks[k].sent == sent && p.toks[k].cap() && !p.toks[k].poss && n < 4 {
			k--
			n++
		}
		if n == 0 {
			return false
		}
	}
	return false
}

// pluralPlaceNoun reports whether token k is a lower-case plural noun of
// settlements or areas.
func (p *proc) pluralPlaceNoun(k int) bool {
	if k < 0 || p.toks[k].shape&shLower == 0 {
		return false
	}
	switch p.word(k) {
	case "towns", "villages", "cities", "provinces", "districts", "regions", "municipalities", "communes",
		"settlements", "hamlets", "neighbourhoods", "neighborhoods", "suburbs", "departments", "counties",
		"governorates", "prefectures", "states", "islands", "localities", "townships", "barangays", "oblasts":
		return true
	}
	return false
}

// givenPlace reports whether the one-word run at token i, a given name
// or a surname, names a place: a place cue stands before it ("arrests in
// Rosario", "in Salta and Rosario"), the gazetteer knows the word as a
// place (a given name's in its main table, any name in its table of
// places named like people), and the article writes no longer name holding the word ("Rosario
// Murillo said"), so no person of that name was introduced.
func (p *proc) givenPlace(i int) bool {
	if p.toks[i].poss || p.toks[i].upper() || p.s.gaz == nil {
		return false
	}
	if w := p.word(i); !p.s.gaz.Cued(w) && !(p.has(i, fGiven) && p.s.gaz.Has(w)) {
		return false
	}
	if !p.placeContext(i, i+1) && !p.placeList(i) && !p.afterCuedPlace(i) {
		return false
	}
	w := p.word(i)
	for k := range p.toks {
		if k == i || p.word(k) != w {
			continue
		}
		if k > 0 && p.joined(k) && p.toks[k-1].cap() && !p.toks[k-1].sentStart || k+1 < len(p.toks) && p.joined(k+1) && p.toks[k+1].cap() {
			return false
		}
	}
	return true
}

// afterCuedPlace reports whether "and" or "or" joins the name at token i
// to a place a place cue introduces ("in Salta and Rosario").
func (p *proc) afterCuedPlace(i int) bool {
	if i < 2 || !p.is(i-1, p.s.w.and) && !p.is(i-1, p.s.w.or) {
		return false
	}
	h := p.cover[i-2]
	if h < 0 {
		return false
	}
	f := &p.found[h]
	return !f.dead && (f.typ == kPlace || f.typ == kCountry) && f.how != hDemonym && p.placeContext(f.i, f.j)
}
