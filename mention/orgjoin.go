package mention

// innerConnectors are the lower-case words a body's name may hold
// between capitalised words before its head noun ("Peace at Home
// Council", "Lawyers for Democracy Movement", "Friends of Syria Group").
var innerConnectors = map[string]bool{"at": true, "for": true, "of": true}

// bodyHeads are the head nouns of political bodies and movements whose
// names may hold a connector before the head.
var bodyHeads = map[string]bool{"council": true, "front": true, "party": true, "movement": true,
	"committee": true, "army": true, "alliance": true, "union": true, "league": true, "coalition": true,
	"group": true, "brigade": true, "brigades": true, "association": true, "forum": true,
	"assembly": true, "congress": true, "command": true, "organisation": true, "organization": true}

// orgInnerJoins extends an unknown organisation whose name ends in a
// body's head noun ("Home Council") back over a lower-case connector and
// the capitalised words before it that name nothing else ("the Peace at
// Home Council"): the capitalised run was cut at the connector. The
// words before must be no KB name or title, and not open the sentence
// ("Shares of Zentrova Motors", "Students at Harvard University").
func (p *proc) orgInnerJoins() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hName || f.actor >= 0 || f.i < 2 || !bodyHeads[p.lower(f.j-1)] {
			continue
		}
		c := f.i - 1
		if !innerConnectors[p.word(c)] || !p.joined(c) || !p.joined(f.i) {
			continue
		}
		s := c
		for s > 0 && c-s < 3 && p.joined(s) && p.toks[s-1].cap() && p.toks[s-1].word() && !p.has(s-1, fStop|fHonor|fRole|fDate|fDet) && p.tcover[s-1] < 0 {
			if h := p.cover[s-1]; h >= 0 && (!p.found[h].dead && p.found[h].typ != kNone || p.found[h].i < s-1-2) {
				break // a name of its own: "Putin at Security Council"
			}
			s--
		}
		if s == c || p.toks[s].sentStart {
			continue
		}
		for t := s; t < c; t++ {
			if h := p.cover[t]; h >= 0 && int(h) != g {
				p.kill(int(h))
			}
		}
		f.i = s
		f.key = p.fold(f.i, f.j)
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
}

// agencyHeads are the head nouns of state offices and agencies that,
// with bodyHeads, may end a name opening with two places joined by
// "and" ("Hong Kong and Macau Affairs Office").
var agencyHeads = map[string]bool{"office": true, "bureau": true, "commission": true, "authority": true,
	"ministry": true, "department": true, "agency": true, "directorate": true, "police": true}

// placePairBodies extends an unknown organisation that opens with a
// place and ends in a body's head noun back over "and" and the place
// before it: "Hong Kong and Macau Affairs Office", "Jammu and Kashmir
// Liberation Front" name one body, not a place and the body of the
// second place. A place in a list ("between Hong Kong and …", "Taipei,
// Hong Kong and …") stays apart.
func (p *proc) placePairBodies() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hName || f.actor >= 0 || f.i < 2 || f.j-f.i < 2 || !p.is(f.i-1, p.s.w.and) || !p.joined(f.i-1) || !p.joined(f.i) {
			continue
		}
		if head := p.lower(f.j - 1); !bodyHeads[head] && !agencyHeads[head] || !p.gazPlace(f.i, f.i+1) {
			continue
		}
		h := p.foundEnding(f.i - 1)
		if h < 0 || h == g {
			continue
		}
		e := &p.found[h]
		if e.dead || e.typ != kPlace && e.typ != kCountry || e.how == hDemonym || p.toks[e.j-1].poss {
			continue
		}
		if e.i > 0 && p.toks[e.i].sent == p.toks[e.i-1].sent {
			if w := p.word(e.i - 1); w == "," || w == "and" || w == "between" || w == "from" || w == "to" {
				continue
			}
		}
		start := e.i
		p.kill(h)
		f.i = start
		f.key = p.fold(f.i, f.j)
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
}

// tailHead reports whether w, the last word of a listed or KB body's
// name, is a head noun whose name may go on after "for" or "of"
// ("Carnegie Endowment for International Peace", "Renaissance Party of
// Tajikistan"). "Bank" and titles ("Minister") are not among them: a
// central bank's "Bank of X" is read by bankCountries, and a title's "of"
// names the office's owner.
func tailHead(w string) bool {
	switch w {
	case "Endowment", "Foundation", "Institute", "Institution", "Party", "Alliance", "Union", "Front",
		"Movement", "Council", "Centre", "Center", "League", "Congress", "Coalition", "Forum":
		return true
	}
	return false
}

// orgTails extends a listed or KB organisation whose name ends in a
// body's head noun over "for" or "of" and the capitalised words after it
// when they name no person: "the Carnegie Endowment for International
// Peace", "the Islamic Renaissance Party of Tajikistan" are longer names
// of bodies the shorter match does not stand for. The whole becomes an
// unknown organisation, and capitalised words right before the match
// that name nothing else open it ("Islamic"). A KB body followed by its
// own country ("Kurdistan Workers' Party of Turkey") stays linked.
func (p *proc) orgTails() {
	n := len(p.toks)
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hAlias || f.j+1 >= n || !tailHead(p.word(f.j-1)) || p.toks[f.j-1].poss {
			continue
		}
		c := f.j
		if !p.is(c, p.s.w.of) && !p.is(c, p.s.w.forw) || !p.joined(c) || !p.joined(c+1) || !p.toks[c+1].cap() {
			continue
		}
		// the capitalised words after the connector: free name words
		// and the names found among them, no person's
		e := c + 1
		for e < n && (e == c+1 || p.joined(e)) {
			if h := p.cover[e]; h >= 0 {
				hf := &p.found[h]
				if hf.dead || hf.i != e || hf.typ == kPerson || hf.how == hDemonym {
					break
				}
				if hf.typ == kCountry && hf.actor >= 0 && f.actor >= 0 && countryCode(p.s.actors[f.actor]) == countryCode(p.s.actors[hf.actor]) {
					break // its own country: still the KB body
				}
				e = hf.j
			} else if p.nameWord(e) && !p.has(e, fDate|fRole|fHonor) && p.tcover[e] < 0 {
				e++
			} else {
				break
			}
			if p.toks[e-1].poss {
				break
			}
		}
		if e == c+1 || e < n && p.joined(e) && p.toks[e].cap() {
			continue // nothing, or a name running on past the words read
		}
		s := f.i
		for s > 0 && f.i-s < 2 && p.joined(s) && p.cover[s-1] < 0 && p.tcover[s-1] < 0 && p.nameWord(s-1) && !p.toks[s-1].sentStart && !p.toks[s-1].poss && !p.has(s-1, fStop|fHonor|fRole|fDate|fDet|fGiven) {
			s--
		}
		for t := c + 1; t < e; t++ {
			if h := p.cover[t]; h >= 0 {
				p.kill(int(h))
			}
		}
		p.kill(g)
		p.addFound(found{i: s, j: e, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(s, e)})
	}
}

// peopleTail returns the end of a body's name whose last word, after its
// head word and "of" or "for" in the run [i,d), is a people's plural
// demonym at token d ("Alliance of Vojvodina Hungarians", "Union of
// Poles"), or -1. The demonym must end the capitalised words: before a
// name word it is read as part of a longer name ("Institute for
// Palestinian Studies").
func (p *proc) peopleTail(i, d int) int {
	g := p.foundAt(d)
	if g < 0 || p.found[g].how != hDemonym || p.found[g].j != d+1 || !p.peopleAfterHead(i, d) {
		return -1
	}
	if e := d + 1; e < len(p.toks) && p.joined(e) && p.toks[e].cap() {
		return -1
	}
	p.absorb(g)
	return d + 1
}

// peopleAfterHead reports whether token d, after an organisation's head
// word and "of" or "for" in the run [i,d), is a plural ("Hungarians",
// "Poles", not "Swiss") the KB knows as a name.
func (p *proc) peopleAfterHead(i, d int) bool {
	w := p.word(d)
	if d-i < 2 || len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || p.toks[d].upper() || !p.joined(d) || p.matchEnd(d) != d+1 {
		return false
	}
	return p.headOf(i, d)
}

// peopleIn returns the end of a body's name that goes on, after a
// people's plural (see peopleAfterHead) ending the run [i,j), over "in"
// at token j and the country or place they live in ("Alliance of
// Albanians in Montenegro", "Union of Poles in Belarus"), or -1. The
// place is a KB or listed name ending the capitalised words.
func (p *proc) peopleIn(i, j int) int {
	n := len(p.toks)
	if j+1 >= n || p.word(j) != "in" || !p.joined(j+1) || !p.peopleAfterHead(i, j-1) {
		return -1
	}
	e := -1
	if h := p.foundAt(j + 1); h >= 0 {
		if hf := &p.found[h]; (hf.typ == kCountry || hf.typ == kPlace) && hf.how != hDemonym {
			e = hf.j
		}
	} else if p.cover[j+1] < 0 && p.toks[j+1].cap() {
		e = p.matchEnd(j + 1) // read again after a split of the run killed it
	}
	if e < 0 || e < n && p.joined(e) && p.toks[e].cap() {
		return -1
	}
	if h := p.foundAt(j + 1); h >= 0 {
		p.kill(h)
	}
	return e
}

// regionWord reports whether w, the last word of a place's name, names a
// continent or a part of the world ("West Africa", "Latin America",
// "Europe") rather than a city or province.
func regionWord(w string) bool {
	switch w {
	case "Africa", "Asia", "Europe", "America", "Americas", "Caribbean", "Sahel", "Balkans", "Caucasus",
		"Pacific", "Oceania", "Maghreb", "Levant", "Scandinavia":
		return true
	}
	return false
}

// movementHead reports whether w, lower case, is the head word of a
// movement's, council's or commission's name that may go on after "of",
// "for" or "against" with what it stands for.
func movementHead(w string) bool {
	switch w {
	case "council", "movement", "commission", "alliance", "union", "league", "coalition", "front",
		"association", "committee", "federation", "network", "forum", "conference":
		return true
	}
	return false
}

// bodyIn returns the end of a movement's or council's name that goes on,
// after its head word and "of", "for" or "against" in the run [i,j), over
// "in" at token j and the country or part of the world it works in ("the
// Movement for Oneness and Jihad in West Africa", "the Council of
// Christian Churches in Madagascar"), or -1. A city after "in" is where
// a body sits ("the Institute for Market Economics in Sofia"), and so is
// a country after a ministry's, court's or institute's name.
func (p *proc) bodyIn(i, j int) int {
	n := len(p.toks)
	if j+1 >= n || j-i < 3 || p.word(j) != "in" || !p.joined(j+1) || p.toks[j-1].poss {
		return -1
	}
	// (not a run of two names joined by "and the" that will be split:
	// "the Public Ministry and the International Commission against
	// Impunity in Guatemala" is read again from "International")
	head := false
	for k := i + 1; k+1 < j; k++ {
		switch p.word(k) {
		case "of", "for", "against":
			head = head || movementHead(p.lower(k-1))
		case "and":
			if p.is(k+1, p.s.w.the) {
				return -1
			}
		}
	}
	h := p.foundAt(j + 1)
	if !head || h < 0 {
		return -1
	}
	hf := &p.found[h]
	if hf.how == hDemonym || hf.typ != kCountry && (hf.typ != kPlace || !regionWord(p.word(hf.j-1))) {
		return -1
	}
	if e := hf.j; e < n && p.joined(e) && p.toks[e].cap() || p.toks[e-1].poss {
		return -1
	}
	p.kill(h)
	return hf.j
}

// slashNames joins two unknown organisations of two words or more
// written with a slash and no space between them into one name: "Radio
// Free Europe/Radio Liberty" is one broadcaster's name, as news coders
// mark it. KB and listed bodies keep their own mentions ("NATO/EU",
// "AP/Reuters"), and so do names spaced around the slash and a one-word
// half ("Paris Observatory/LESIA", a laboratory of the observatory).
func (p *proc) slashNames() {
	for g := range p.found {
		f := &p.found[g]
		s := f.j
		if f.dead || f.typ != kOrganization || f.actor >= 0 || f.how != hName || f.j-f.i < 2 || s+1 >= len(p.toks) || p.word(s) != "/" {
			continue
		}
		if p.toks[s].gap != gapNone || p.toks[s+1].gap != gapNone || p.toks[s].sent != p.toks[f.i].sent {
			continue
		}
		h := p.foundAt(s + 1)
		if h < 0 || h == g {
			continue
		}
		o := &p.found[h]
		if o.dead || o.typ != kOrganization || o.actor >= 0 || o.how != hName || o.j-o.i < 2 || o.i != s+1 {
			continue
		}
		j := o.j
		p.kill(h)
		f = &p.found[g]
		f.j = j
		f.key = p.fold(f.i, f.j)
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
		p.foundChanged(g)
	}
}
