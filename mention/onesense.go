package mention

// oneSense gives a name typed a person only by its shape the type a cue
// gave the same name elsewhere in the article ("Eberhard Faber is a brand
// of pencils. … Eberhard Faber also produces …"): an article uses one
// name for one thing, and a cue outweighs a guess. A name typed a place
// only by its first word ("Los Choneros") takes the type of a body the
// same name was given elsewhere ("the Los Choneros gang").
func (p *proc) oneSense() {
	if p.cued == nil {
		p.cued = map[string]kind{}
	}
	// twoWays marks a key cued as two kinds: oneSense leaves its
	// guesses alone
	const twoWays = ^kind(0)
	cued := p.cued // kept across documents (release), emptied when done
	defer clear(cued)
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how != hName || f.actor >= 0 || f.shapeOnly || f.typ == kNone || f.j-f.i < 2 || p.prefixPlace(f) {
			continue
		}
		if t, ok := cued[f.key]; ok && t != f.typ {
			cued[f.key] = twoWays
			continue
		}
		cued[f.key] = f.typ
	}
	if len(cued) == 0 {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead {
			continue
		}
		if f.shapeOnly {
			if t, ok := cued[f.key]; ok && t != twoWays && t != f.typ {
				f.typ = t
			}
		} else if f.how == hName && f.actor < 0 && f.j-f.i >= 2 && p.prefixPlace(f) && !p.locBefore(f.i) {
			// (not "the San Isidro gang … fled to San Isidro": a gang
			// named after its quarter, which a preposition of place names)
			if t := cued[f.key]; t == kArmedGroup || t == kOrganization {
				f.typ = t // "the Los Choneros gang … Los Choneros denied"
			}
		}
	}
}

// prefixPlace reports whether f is typed a place only because its first
// word opens place names ("Los Choneros", "San Isidro"): the gazetteer
// does not know it and no word of it is a place's head word, a guess that
// a body's type given to the same name elsewhere outweighs.
func (p *proc) prefixPlace(f *found) bool {
	return f.typ == kPlace && p.has(f.i, fPlacePrefix) && !p.anyFlag(f.i, f.j, fPlaceCue) && !p.gazPlace(f.i, f.j)
}

// families types a name before "family", "clan", "dynasty" or "brothers"
// a person's ("the Caloi family sold the company", "the Kadamba dynasty"):
// a family is named by its surname, even when a firm bears it too. A
// KB person's surname there names the family, not that person ("the
// Shah dynasty" is no mention of Gyanendra Shah): it is unlinked.
func (p *proc) families() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ == kNone || f.j >= len(p.toks) || !p.joined(f.j) || p.toks[f.j-1].poss || f.j-f.i > 2 {
			continue
		}
		if f.how != hName && f.how != hShortForm || f.actor >= 0 && (f.how != hShortForm || f.j-f.i != 1) {
			continue
		}
		switch p.word(f.j) {
		case "family", "families", "clan", "dynasty":
		default:
			continue
		}
		if f.actor >= 0 {
			f.actor, f.persons, f.others, f.key = -1, nil, nil, p.fold(f.i, f.j)
		}
		f.typ, f.joinTo, f.how = kPerson, -1, hName
	}
}
