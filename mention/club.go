package mention

// clubPlaces reads a town or region named where a sports club is meant
// as that club, an organisation: after "played for", "played with",
// "signed for", "signed with", "moved to" a playing side's "games for",
// "appearances for", "goals for", and as the object of "coached" or
// "captained" ("played with Footscray and North Melbourne", "26 games for
// Lausanne", "he coached North Melbourne"). Names listed with such a
// place ("and North Melbourne") are clubs too. A country is left a place:
// a national side is written as its country, and corpora tag it so.
func (p *proc) clubPlaces() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPlace || f.how == hDemonym || f.metonymy || f.capital >= 0 && f.actor >= 0 {
			continue
		}
		if !p.clubContext(f.i) && !p.clubRoleAfter(f.j) {
			continue
		}
		f.typ, f.actor, f.how = kOrganization, -1, hName
		f.key = p.fold(f.i, f.j)
		// "with Footscray and North Melbourne"
		for h := p.listAfter(f.j); h >= 0; h = p.listAfter(p.found[h].j) {
			n := &p.found[h]
			if n.dead || n.typ != kPlace || n.how == hDemonym {
				break
			}
			n.typ, n.actor, n.how = kOrganization, -1, hName
			n.key = p.fold(n.i, n.j)
		}
	}
}

// clubContext reports whether the name at token i stands where a sports
// club does (see clubPlaces).
func (p *proc) clubContext(i int) bool {
	if i < 1 || p.toks[i-1].shape&shLower == 0 || !p.joined(i) {
		return false
	}
	prev := p.word(i - 1)
	switch prev {
	case "coached", "captained", "coaching", "captaining":
		return true
	case "between":
		return i >= 2 && p.lower(i-2) == "derby" // "the derby between Persepolis and Esteghlal"
	case "for", "with":
	default:
		return false
	}
	if i < 2 || p.toks[i-2].shape&shLower == 0 {
		return false
	}
	w := p.lower(i - 2)
	switch w {
	case "play", "plays", "played", "playing", "sign", "signs", "signed", "signing", "games", "appearances",
		"goals", "matches", "caps", "debut", "starts", "innings", "wickets", "tries", "transferred":
		return true
	}
	return false
}

// clubRoleAfter reports whether the word at token j, right after a name,
// is a playing or coaching post of a club's ("the Persepolis coach", "the
// Leeds striker"): the name before it is the club.
func (p *proc) clubRoleAfter(j int) bool {
	if j >= len(p.toks) || !p.joined(j) || p.toks[j].shape&shLower == 0 {
		return false
	}
	switch p.word(j) {
	case "coach", "striker", "midfielder", "goalkeeper", "defender", "winger", "forward":
		return true
	}
	return false
}
