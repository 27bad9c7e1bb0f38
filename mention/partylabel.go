package mention

// partyLabels mends a party or list name that opens with a word the
// stage took for a person's surname: "the Green Left banner", "the
// Brown Future party". A surname (or a name guessed from its shape)
// followed by capitalised common words and a lower-case noun for a
// party, list or banner is the body's name, not a person and a word.
func (p *proc) partyLabels() {
	n := len(p.toks)
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor >= 0 || f.j >= n || !p.toks[f.j].cap() || f.typ != kPerson || !f.surname && !f.shapeOnly && f.how != hName || f.j >= n {
			continue
		}
		e, next := f.j, -1
		if c := p.cover[e]; c >= 0 && p.found[c].i == e && p.found[c].j-e <= 2 && p.found[c].actor < 0 && p.found[c].typ == kOrganization && p.joined(e) {
			next, e = int(c), p.found[c].j // "the Green Left party": "Left party" found as a body
		}
		for next < 0 && e < n && e < f.j+2 && p.joined(e) && p.toks[e].cap() && p.cover[e] < 0 && p.tcover[e] < 0 && p.has(e, fCommon) && !p.toks[e-1].poss {
			e++
		}
		if e == f.j || e >= n || !p.joined(e) || p.toks[e].shape&shLower == 0 || p.toks[e-1].poss {
			continue
		}
		switch p.word(e) {
		case "banner", "party", "list", "slate", "alliance", "coalition", "bloc", "movement", "faction":
		default:
			continue
		}
		i := f.i
		p.kill(g)
		if next >= 0 {
			p.kill(next)
		}
		p.addFound(found{i: i, j: e, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, e)})
	}
}
