package mention

// buildingHead reports whether w, as written, is the last word of a
// body's name that also names its building: "White House", "Government
// House", "Presidential Palace".
func buildingHead(w string) bool {
	switch w {
	case "House", "Palace", "Building", "Capitol", "HOUSE", "PALACE", "BUILDING", "CAPITOL":
		return true
	}
	return false
}

// foreignBuildings unlinks a KB body named after its building when the
// text places that building in another country: "clashes near the White
// House, the main government building in Bishkek" is Kyrgyzstan's seat
// of government, not the US presidency (Russia's and Kyrgyzstan's are
// called the White House too). The placing is "in <place>" right after
// the name or at the end of its appositive (", the … in <place>"); the
// place's country must differ from the body's. Unplaced, the building
// is the other country's when the article names nothing of the body's
// country (no place, actor or demonym of it) and names one other
// country at least twice, and it is the dateline's country's when the
// text gives the name as what the building is called locally ("the
// seized building, known locally as the White House") in a story
// datelined abroad ("BISHKEK — … near the White House, the main
// government building"). Every mention of the body in the article then
// becomes that unlinked building, a place: it is no actor.
func (p *proc) foreignBuildings() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 || f.typ != kOrganization || f.j-f.i < 2 || !p.toks[f.j-1].word() || !buildingHead(p.word(f.j-1)) {
			continue
		}
		home := p.s.actors[f.actor].Country
		if home == "" {
			continue
		}
		there := ""
		if pl := p.placedIn(f.j); pl >= 0 {
			there = p.homeOf(&p.found[pl])
		} else if p.localName(f.i) {
			there = p.datelineCountry()
		}
		if there == "" {
			there = p.otherHome(f.actor, home)
		}
		if there == "" || there == home {
			continue
		}
		actor := f.actor
		for k := range p.found {
			if o := &p.found[k]; !o.dead && o.actor == actor {
				o.actor, o.typ, o.how, o.country = -1, kPlace, hName, there
				o.key = "place:" + p.fold(o.i, o.j)
			}
		}
	}
}

// localName reports whether the words before the name opening at token i
// give it as what a building is called ("the seized building, known
// locally as the White House", "the building called the White House"):
// a local name, in a story datelined abroad the dateline country's.
func (p *proc) localName(i int) bool {
	k := i - 1
	if k > 0 && p.toks[k].word() && p.lower(k) == "the" {
		k--
	}
	if k < 1 || !p.toks[k].word() {
		return false
	}
	switch p.lower(k) {
	case "called", "dubbed", "nicknamed":
		return true
	case "as":
		switch p.lower(k - 1) {
		case "known", "locally":
			return true
		}
	}
	return false
}

// placedIn returns the found place or country that "in" puts the name
// ending at token j in: right after it ("the White House in Moscow") or
// closing its appositive (", the main government building in Bishkek"),
// within eight tokens and before the next comma or full stop; else -1.
func (p *proc) placedIn(j int) int {
	k := j
	if p.is(k, p.s.w.comma) {
		k++
	}
	for n := 0; n < 8 && k+1 < len(p.toks); n, k = n+1, k+1 {
		if p.is(k, p.s.w.comma) || p.is(k, p.s.w.period) {
			return -1
		}
		if !p.toks[k].word() || p.word(k) != "in" {
			continue
		}
		g := p.foundAt(k + 1)
		if g < 0 && p.is(k+1, p.s.w.the) {
			g = p.foundAt(k + 2)
		}
		if g >= 0 && (p.found[g].typ == kPlace || p.found[g].typ == kCountry) {
			return g
		}
		return -1
	}
	return -1
}

// titleTail reports whether w is a religious title written after the
// word it ranks, the pair standing for the holder as a name: "the Dalai
// Lama", "the Panchen Lama", "Mingyur Rinpoche". A run it ends is a
// person, though "the" stands before it as before a body's name.
func titleTail(w string) bool {
	switch w {
	case "Lama", "Rinpoche", "LAMA", "RINPOCHE":
		return true
	}
	return false
}

// homeOf returns the ISO3 code of the country the found h names, lies
// in or (a body, a person) belongs to, or "".
func (p *proc) homeOf(h *found) string {
	if c := p.foundCountry(h); c != "" {
		return c
	}
	if h.actor >= 0 {
		return p.s.actors[h.actor].Country
	}
	return ""
}

// otherHome returns the one country other than home that the article's
// places and countries name at least twice, when nothing else in it
// (other than the actor's own mentions) belongs to home; else "".
func (p *proc) otherHome(actor int32, home string) string {
	count := map[string]int{}
	for g := range p.found {
		h := &p.found[g]
		if h.dead || h.actor == actor {
			continue
		}
		c := p.homeOf(h)
		if c == home {
			return ""
		}
		if c != "" && (h.typ == kPlace || h.typ == kCountry) {
			count[c]++
		}
	}
	best, n := "", 1
	for c, k := range count {
		if k > n {
			best, n = c, k
		} else if k == n {
			best = ""
		}
	}
	return best
}

// commonBeforeOfThe reports whether the place head word before "of" at
// token k follows only a common word (token i) and "of the" opens the
// rest: "Great Hall of the People", "Grand Palace of the Nation" are one
// building's name, where "Chittoor District of Andhra Pradesh" is a
// place with a name of its own before its head word.
func (p *proc) commonBeforeOfThe(i, k int) bool {
	return k == i+2 && p.has(i, fCommon) && p.is(k+1, p.s.w.the)
}
