package mention

// bodyByContext types an unlinked name an organisation when the words
// after it say it is one, though its shape said otherwise:
//
//   - a party that wins or loses seats ("whose New Social Contract won
//     20 seats", "Forward Italy lost 12 of its seats");
//   - a unit named before its lower-case head ("the FSB's Alpha unit",
//     "the Azov battalion").
//
// Only names typed by shape are retyped: a place the gazetteer knows, a
// country, a person with a given name ("Geert Wilders won 37 seats")
// and KB names keep their type, as does a name listed after a person's
// ("Sam Rainsy and Kem Sokha won 55 seats"); a lone given name before a
// unit's head is the unit's ("Alpha unit").
func (p *proc) bodyByContext(g int) {
	f := &p.found[g]
	if f.dead || f.actor >= 0 || f.how == hDemonym || f.j >= len(p.toks) {
		return
	}
	// (the cheap tests of the words after first; a lone given name
	// before a unit's head is the unit's: "Alpha unit")
	unit := p.unitAfter(f.j)
	if !unit && !p.seatsAfter(f.j) {
		return
	}
	switch f.typ {
	case kPlace:
		if p.gazPlace(f.i, f.j) {
			return
		}
	case kPerson:
		if (p.has(f.i, fGiven) || !f.shapeOnly && f.j-f.i > 1) && !(unit && f.j-f.i == 1) {
			return
		}
		if !unit && f.j-f.i > 1 && p.personAnd(f.i) {
			return // "Sam Rainsy and Kem Sokha won 55 seats": the leaders of the party that won them
		}
	default:
		return
	}
	f.typ, f.shapeOnly = kOrganization, false
}

// unitAfter reports whether token j is the lower-case head of a
// military or police unit's name.
func (p *proc) unitAfter(j int) bool {
	if !p.joined(j) || p.toks[j].shape&shLower == 0 {
		return false
	}
	switch p.word(j) {
	case "unit", "brigade", "battalion", "regiment", "squadron", "detachment", "militia":
		return true
	}
	return false
}

// seatsAfter reports whether the words from token j are a verb of
// winning or losing and, within four more words of the same clause,
// a count of seats ("won 20 seats", "took 37 of the 150 seats"; not
// "wins school board seat").
func (p *proc) seatsAfter(j int) bool {
	if !p.joined(j) {
		return false
	}
	switch p.word(j) {
	case "won", "wins", "win", "took", "takes", "secured", "secures", "gained", "gains", "lost", "loses", "holds", "held":
	default:
		return false
	}
	count := false // a count of seats: a person wins "a seat"
	for k := j + 1; k < len(p.toks) && k <= j+5 && p.toks[k].sent == p.toks[j].sent; k++ {
		switch w := p.word(k); w {
		case "seats":
			return count
		case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "most", "majority":
			count = true
		case ",", ";", ":", ".", "and", "but":
			return false
		}
		if p.toks[k].shape&shDigit != 0 {
			count = true
		}
	}
	return false
}

// personAnd reports whether "and" right before token i follows a
// person's name ("Sam Rainsy and Kem Sokha").
func (p *proc) personAnd(i int) bool {
	if i < 2 || !p.is(i-1, p.s.w.and) {
		return false
	}
	g := p.foundEnding(i - 1)
	return g >= 0 && !p.found[g].dead && p.found[g].typ == kPerson && !p.toks[i-2].poss
}
