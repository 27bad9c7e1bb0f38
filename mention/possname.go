package mention

// possBusinesses reads a one-word name written with "'s" and no noun
// after it ("shoppers at Macy's.", "Thalhimer's became Hecht's in 1992",
// "gigs at Miller's, the bar") as a business named in the possessive, the
// way shops, bars and firms are named after their founders: an
// organisation whose span takes the "'s" in (possName). A possessive
// needs a noun to own; with only punctuation, "and", "or", a preposition
// or "became" after it, the word names a place of business. Not read so:
// a double genitive ("a friend of Miller's"), a KB actor, the short form
// of a person the article names in full, a title-case headline.
func (p *proc) possBusinesses() {
	for g := range p.found {
		f := &p.found[g]
		if f.how != hName || f.actor >= 0 || f.joinTo >= 0 || f.j-f.i != 1 || !p.toks[f.i].poss || p.toks[f.i].upper() || p.hasDigit(f.i, f.j) {
			continue
		}
		if f.typ != kNone && f.typ != kPerson && f.typ != kOrganization || p.headline(f.i) || p.is(f.i-1, p.s.w.of) {
			continue
		}
		if f.typ == kPerson && (f.claim >= 0 || p.has(f.i, fGiven|fHonor)) {
			continue
		}
		if !p.noOwned(f.j) || f.dead && f.typ != kNone || !f.dead && f.typ == kOrganization {
			continue // a live organisation is possName's already
		}
		if f.dead {
			if p.cover[f.i] >= 0 {
				continue
			}
			f.dead = false
			p.cover[f.i] = int32(g)
		}
		f.typ = kOrganization
	}
}

// noOwned reports whether token k, after a possessive, cannot be what
// the possessive owns: the end of the text, punctuation, or a word that
// opens no noun phrase ("and", "or", "in", "at", "on", "became").
func (p *proc) noOwned(k int) bool {
	if k >= len(p.toks) || p.toks[k].sent != p.toks[k-1].sent {
		return true
	}
	t := p.toks[k]
	if !t.word() {
		switch p.word(k) {
		case ",", ".", ";", ":", ")":
			return true
		}
		return false
	}
	if t.shape&shLower == 0 || t.gap != gapSpace {
		return false
	}
	switch p.word(k) {
	case "and", "or", "in", "at", "on", "became":
		return true
	}
	return false
}

// listedPossJoins joins a listed company named in the possessive
// ("Moody's", "McDonald's") to the organisation name written right after
// it ("Moody's Investors Service", "McDonald's Corporation"): one
// organisation, not the listed name and a second body named
// "Investors Service". A person or place after it stays apart
// ("McDonald's Steve Easterbrook").
func (p *proc) listedPossJoins() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !f.possEnd || f.typ != kOrganization || f.actor >= 0 || f.j >= len(p.toks) || p.toks[f.j].gap > gapSpace || p.toks[f.j].sent != p.toks[f.j-1].sent {
			continue
		}
		h := p.cover[f.j]
		if h < 0 || int(h) == g || p.tcover[f.j] >= 0 {
			continue
		}
		n := &p.found[h]
		if n.dead || n.i != f.j || n.actor >= 0 || n.how != hName || n.typ != kOrganization || n.j-n.i > 3 {
			continue
		}
		p.kill(int(h))
		for t := f.j; t < n.j; t++ {
			p.cover[t] = int32(g)
		}
		f.j, f.possEnd, f.how = n.j, false, hName
		f.key = p.fold(f.i, f.j)
	}
}
