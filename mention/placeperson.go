package mention

// placePersons retypes as a person a one-word name typed a place only
// because a town somewhere bears it ("Belgrano", "Lessing") when the
// article makes it act as only people do, and never sets it where places
// stand: the subject of a verb of thought or speech ("Belgrano decided",
// "Belgrano recognised he was losing"), or a name coordinated with a
// person's full name ("Belgrano and Eustaquio Díaz Vélez"), and no
// occurrence after "in", "at", "near", "from" or before a place noun.
// Capitals and countries are left to metonymy (resolveCapitals): a
// government may say and decide.
func (p *proc) placePersons() {
	type evidence struct{ person, place bool }
	var ev map[string]*evidence
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPlace || f.how != hName || f.actor >= 0 || f.j-f.i != 1 || p.headline(f.i) {
			continue
		}
		if ev == nil {
			ev = map[string]*evidence{}
		}
		e := ev[f.key]
		if e == nil {
			e = &evidence{}
			ev[f.key] = e
		}
		if !p.toks[f.i].poss && (p.locBefore(f.i) && !p.is(f.i-1, p.s.w.to) && !p.is(f.i-1, p.s.w.between) || p.placeContext(f.i, f.j) || p.ofTitledPerson(f.i, f.j)) {
			e.place = true
		}
		if !p.toks[f.i].poss && (p.humanVerb(f.j) || p.personCue(f.i, f.j)) {
			e.person = true
		}
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPlace || f.how != hName || f.actor >= 0 || f.j-f.i != 1 {
			continue
		}
		if e := ev[f.key]; e != nil && e.person && !e.place {
			f.typ, f.country = kPerson, ""
		}
	}
}

// humanVerb reports whether a verb only people do follows token k (after
// up to two auxiliaries or adverbs): thinking, deciding, speaking.
func (p *proc) humanVerb(k int) bool {
	for m := 0; m < 2 && k < len(p.toks) && (p.has(k, fAux) || len(p.word(k)) > 4 && p.word(k)[len(p.word(k))-2:] == "ly") && p.toks[k].shape&shLower != 0; m++ {
		k++
	}
	if k >= len(p.toks) || p.toks[k].shape&shLower == 0 {
		return false
	}
	switch p.word(k) {
	case "said", "says", "told", "tells", "decided", "decides", "planned", "plans", "recognized", "recognised",
		"believed", "believes", "thought", "thinks", "knew", "knows", "wanted", "wants", "hoped", "hopes",
		"feared", "fears", "felt", "feels", "wrote", "writes", "replied", "insisted", "argued", "admitted",
		"explained", "realized", "realised", "married", "died", "resigned", "smiled", "laughed", "promised":
		return true
	}
	return false
}

// mindVerb reports whether a verb only a person's mind or body does
// follows token k (after up to two auxiliaries or adverbs): not a
// reporting verb, which companies and governments share ("said").
func (p *proc) mindVerb(k int) bool {
	for m := 0; m < 2 && k < len(p.toks) && (p.has(k, fAux) || len(p.word(k)) > 4 && p.word(k)[len(p.word(k))-2:] == "ly") && p.toks[k].shape&shLower != 0; m++ {
		k++
	}
	if k >= len(p.toks) || p.toks[k].shape&shLower == 0 {
		return false
	}
	switch p.word(k) {
	case "recognized", "recognised", "believed", "thought", "felt", "realized", "realised", "feared", "hoped",
		"died", "married", "smiled", "laughed", "wept", "cried", "retired", "resigned",
		"voted", "conceded", "campaigned", "testified", "confessed", "nodded", "shrugged": // "Robredo voted in Naga"
		return true
	case "told", "tells":
		// "Okonjo told reporters": a firm's statement reaches reporters
		// through a spokesman, a lone name telling them is a person's
		if k+1 < len(p.toks) {
			switch p.word(k + 1) {
			case "reporters", "journalists":
				return true
			}
		}
	}
	return false
}
