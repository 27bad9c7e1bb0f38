package mention

import (
	"slices"
)

// coordTypes types the capitalised names no cue typed by the names they
// are listed with: a name coordinated ("," "and" "or" "&" "/") with an
// organisation or a place is one too ("Telemundo, Univision and MTV";
// "between Caernarfon and Dinas" after a typed Caernarfon). Typing runs
// along a list, so one typed member types its untyped neighbours in turn;
// a name between two members of different types stays untyped. A
// person's neighbours are not typed so: lists of bands, firms and works
// mix people in ("Chick Corea, Yes, Gentle Giant"). Demonyms and
// possessives ("Boeing's") neither give nor take a type, nor do words
// opening a sentence that the article also writes in lower case.
func (p *proc) coordTypes() {
	for round := 0; round < 4; round++ {
		changed := false
		for g := range p.found {
			f := &p.found[g]
			if !f.dead || f.typ != kNone || f.how != hName || f.joinTo >= 0 || f.actor >= 0 || p.headline(f.i) || p.toks[f.j-1].poss {
				continue
			}
			// the list's type first: it is cheap, and most names are
			// listed with no typed name, so the word tests below (which
			// look the words up in the lower-case index) seldom run
			conflict := false
			typ := kNone
			for _, h := range [2]int{p.listBefore(f.i), p.listAfter(f.j)} {
				t := p.listType(h)
				switch {
				case t == kNone:
				case typ == kNone:
					typ = t
				case typ != t:
					conflict = true
				}
			}
			if typ == kNone || conflict {
				continue
			}
			if p.toks[f.i].sentStart && (p.seenLower(f.i) || commonShape(p.word(f.i))) || p.allFlags(f.i, f.j, fCommon|fConnector|fHonor|fRole) {
				continue
			}
			// not a common noun ("Sales, Management"), a group adjective
			// ("Kurdish-speaking"), an acronym of a unit ("UTC"), a head
			// word alone ("Battalion") or a word before a title ("Vice")
			one := f.j-f.i == 1 && (commonShape(p.word(f.i)) || p.lowerWord(f.i))
			if one || p.anyFlag(f.i, f.j, fGroupAdj|fMisc|fIndex|fDate|fAcronym|fHonor|fRole) || f.j-f.i == 1 && p.has(f.i, fOrgCue|fPlaceCue) ||
				f.j < len(p.toks) && (p.toks[f.j].gap == gapHyphen || p.tcover[f.j] >= 0) {
				continue
			}
			covered := false
			for t := f.i; t < f.j; t++ {
				covered = covered || p.cover[t] >= 0
			}
			if covered {
				continue
			}
			f.typ, f.dead = typ, false
			for t := f.i; t < f.j; t++ {
				p.cover[t] = int32(g)
			}
			changed = true
		}
		if !changed {
			return
		}
	}
}

// shapePlaces retypes as a place a name typed a person only by its shape
// ("Bulo Burde": two capitalised words, no given name, no cue), or only
// as a KB person's surname ("Cienfuegos", listed after the place, or
// before it after a locative preposition: "in Meta and Caquetá"), when
// "and" or "or" joins it to a sure place and its list holds no
// organisation ("Troops recaptured Mahas and Bulo Burde", "spread to
// Matanzas and Cienfuegos"): people are seldom listed with towns.
func (p *proc) shapePlaces() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.actor >= 0 || f.joinTo >= 0 || p.toks[f.j-1].poss || p.headline(f.i) {
			continue
		}
		if !(f.shapeOnly && f.how == hName || f.surname) {
			continue
		}
		if p.has(f.i, fGiven) || p.anyFlag(f.i, f.j, fHonor|fRole) || f.i > 0 && p.tcover[f.i-1] >= 0 {
			continue
		}
		bg, ag := p.listBefore(f.i), p.listAfter(f.j)
		b, a := p.listType(bg), p.listType(ag)
		if b == kOrganization || a == kOrganization {
			continue
		}
		// joined by "and" or "or" to a sure place: one the KB or the
		// gazetteer names, or one its context makes a place ("recaptured
		// Mahas", "spread to Matanzas"); commas alone also set off
		// appositions ("the gunman, Lovelle Mixon,")
		sure := func(g int) bool {
			h := &p.found[g]
			return h.actor >= 0 || h.how == hAlias || p.placeContext(h.i, h.j) || p.gazPlace(h.i, h.j)
		}
		before := b == kPlace && (p.is(f.i-1, p.s.w.and) || p.word(f.i-1) == "or") && sure(bg)
		after := a == kPlace && (!f.surname || p.locBefore(f.i)) && (p.is(f.j, p.s.w.and) || p.word(f.j) == "or") && sure(ag)
		if before || after {
			f.typ, f.shapeOnly = kPlace, false
		}
	}
}

// makerFirms retypes as an organisation a one-word name typed a person
// only as a KB person's surname when it is the maker after goods, a verb
// of making or selling and "by" ("Gripen jets made by Saab"): classify types
// an unknown name there so, and a surname is no better evidence. The
// name's other bare mentions follow (one maker per article is checked).
func (p *proc) makerFirms() {
	firm := ""
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !f.surname || f.typ != kPerson || f.actor >= 0 || f.joinTo >= 0 || f.j-f.i != 1 || f.i < 3 {
			continue
		}
		if p.is(f.i-1, p.s.w.by) && makerVerb(p.word(f.i-2)) && goodsNoun(p.lower(f.i-3)) && !p.has(f.i, fGiven) {
			firm = f.key
			break
		}
	}
	if firm == "" {
		return
	}
	// the firm's other bare mentions are the firm too ("Saab said")
	for g := range p.found {
		if f := &p.found[g]; !f.dead && f.surname && f.typ == kPerson && f.actor < 0 && f.key == firm {
			f.typ, f.surname = kOrganization, false
		}
	}
}

// listType returns the type found g lends the names listed with it:
// organisation or place (a country counts as a place), else "".
func (p *proc) listType(g int) kind {
	if g < 0 {
		return kNone
	}
	f := &p.found[g]
	if f.dead || f.how == hDemonym || f.metonymy || p.toks[f.j-1].poss {
		return kNone
	}
	switch f.typ {
	case kOrganization, kArmedGroup:
		return kOrganization
	case kPlace, kCountry:
		return kPlace
	}
	return kNone
}

// listSep reports whether token k separates the members of a list.
func (p *proc) listSep(k int) bool {
	if k < 0 || k >= len(p.toks) {
		return false
	}
	switch p.word(k) {
	case ",", "and", "or", "/":
		return true
	}
	return false
}

// listBefore returns the found that ends just before token i across a
// list separator (", ", " and ", ", and the "), or -1.
func (p *proc) listBefore(i int) int {
	k := i - 1
	if p.is(k, p.s.w.the) {
		k--
	}
	if !p.listSep(k) {
		return -1
	}
	if p.listSep(k-1) && p.is(k-1, p.s.w.comma) {
		k-- // ", and"
	}
	if k < 1 || p.toks[k].sent != p.toks[i].sent {
		return -1
	}
	if o := p.parenOpen(k - 1); o > 0 {
		// "Washington Mutual ($327.91 billion), and WorldCom": a firm's
		// aside (an amount, a ticker) inside a list of firms
		if g := p.foundEnding(o); p.listType(g) == kOrganization {
			return g
		}
		return -1
	}
	return p.foundEnding(k)
}

// parenOpen returns the "(" that opens the short aside closed by the ")"
// at token k ("($327.91 billion)", "(AAPL)"), in k's sentence, or -1.
func (p *proc) parenOpen(k int) int {
	if k < 1 || k >= len(p.toks) || p.word(k) != ")" {
		return -1
	}
	for o := k - 1; o > 0 && o >= k-8 && p.toks[o].sent == p.toks[k].sent; o-- {
		switch p.word(o) {
		case "(":
			return o
		case ")":
			return -1
		}
	}
	return -1
}

// parenClose returns the ")" that closes the short aside opened by the
// "(" at token k, in k's sentence, or -1.
func (p *proc) parenClose(k int) int {
	if k < 0 || k >= len(p.toks) || p.word(k) != "(" {
		return -1
	}
	for c := k + 1; c < len(p.toks) && c <= k+8 && p.toks[c].sent == p.toks[k].sent; c++ {
		switch p.word(c) {
		case ")":
			return c
		case "(":
			return -1
		}
	}
	return -1
}

// listAfter returns the found that starts just after token j-1 across a
// list separator, or -1.
func (p *proc) listAfter(j int) int {
	k := j
	aside := false
	if c := p.parenClose(k); c > 0 {
		k, aside = c+1, true // "Lehman Brothers ($691.06 billion), Washington Mutual"
	}
	if !p.listSep(k) || k+1 >= len(p.toks) || p.toks[k].sent != p.toks[j-1].sent {
		return -1
	}
	k++
	if p.is(k-1, p.s.w.comma) && p.listSep(k) && !p.is(k, p.s.w.comma) {
		k++ // ", and"
	}
	if p.is(k, p.s.w.the) {
		k++
	}
	if k >= len(p.toks) || p.toks[k].sent != p.toks[j-1].sent {
		return -1
	}
	g := p.foundAt(k)
	if aside && p.listType(g) != kOrganization {
		return -1 // only a list of firms reads past an aside
	}
	if g >= 0 {
		if e := p.found[g].j; e < len(p.toks) && p.joined(e) && p.toks[e].cap() && (p.tcover[e] >= 0 || p.has(e, fHonor|fRole)) {
			return -1 // "…, Burlington Selectman Richard Miller and Stamford Mayor Dan Malloy": the place is its official's, no member
		}
	}
	return g
}

// allFlags reports whether every token of [i,j) has one of the flags f.
func (p *proc) allFlags(i, j int, f wordFlag) bool {
	for k := i; k < j; k++ {
		if !p.has(k, f) {
			return false
		}
	}
	return true
}

// hyphenFirms types an organisation a hyphenated compound name that opens
// with no given name ("Hapag-Lloyd", "Rolls-Royce") that only its shape and a
// following speech verb made a person, when it is listed with an
// organisation ("Maersk and Hapag-Lloyd said"): firms named after two
// founders are written so, a person named alone by a double surname is
// rarely listed with a firm.
func (p *proc) hyphenFirms() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !f.shapeOnly || f.typ != kPerson || f.how != hName || f.actor >= 0 || f.joinTo >= 0 || f.j-f.i < 2 || p.toks[f.j-1].poss {
			continue
		}
		hyphen := true
		for k := f.i + 1; k < f.j; k++ {
			hyphen = hyphen && p.toks[k].gap == gapHyphen
		}
		if !hyphen || p.has(f.i, fGiven) || p.anyFlag(f.i, f.j, fHonor|fRole) {
			continue
		}
		if p.listType(p.listBefore(f.i)) == kOrganization || p.listType(p.listAfter(f.j)) == kOrganization {
			f.typ, f.shapeOnly = kOrganization, false
		}
	}
}

// makerModels drops a two-word name typed a person only by its shape
// when its first word is a firm the article names alone ("Ford
// Australia" … "Ford's operations" … "the iconic Ford Falcon"): a maker's
// name before a model's names a product, as "Boeing 787" does
// (products), not a person; the model's name alone ("the Falcon") goes
// with it.
func (p *proc) makerModels() {
	// the one-word firms, gathered on the first candidate: this pass
	// kills only people, so the list holds throughout
	var firms []string
	gathered := false
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !f.shapeOnly || f.typ != kPerson || f.how != hName || f.actor >= 0 || f.j-f.i != 2 || p.has(f.i+1, fGiven) {
			continue
		}
		if !gathered {
			gathered = true
			for o := range p.found {
				h := &p.found[o]
				if !h.dead && h.typ == kOrganization && h.actor < 0 && h.j-h.i == 1 && !h.shapeOnly {
					firms = append(firms, p.word(h.i))
				}
			}
		}
		if !slices.Contains(firms, p.word(f.i)) {
			continue
		}
		p.kill(g)
		for o := range p.found {
			if h := &p.found[o]; h.joinTo == g && !h.dead && h.typ == kPerson {
				p.kill(o)
			}
		}
	}
}

// prefixHyphens opens a body's or a place's name of several words on a
// bound prefix hyphened to its first word ("the Trans-Pacific
// Partnership", "the Trans-Canada Highway"): the prefix is no word alone
// (see boundPrefix), so the name the rules found after it starts too late.
func (p *proc) prefixHyphens() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how != hName || f.actor >= 0 || f.joinTo >= 0 || f.j-f.i < 2 || f.i < 1 || p.toks[f.i].gap != gapHyphen {
			continue
		}
		if f.typ != kOrganization && f.typ != kPlace && f.typ != kMisc {
			continue
		}
		k := f.i - 1
		if p.cover[k] >= 0 || p.tcover[k] >= 0 || !boundPrefix(p.word(k)) || k > 0 && p.toks[k].gap == gapHyphen {
			continue
		}
		f.i = k
		p.cover[k] = int32(g)
		f.key = p.fold(f.i, f.j)
		f.place, f.canon = -1, ""
		p.foundChanged(g)
	}
}
