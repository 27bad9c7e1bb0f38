package mention

// orgSenses gives a one-word name the stage typed a place only from its
// context ("skewed towards Northrop", "deployed with UNAMID") the
// organisation sense the article gave the same name elsewhere: the same
// acronym typed an organisation ("UNAMID said"), or the first word of a
// firm's or body's longer name the KB or the stage's list of firms holds
// ("Northrop Grumman"), which it then joins as a short form. An article
// uses one name for one thing, and a name seen as a body outweighs a
// preposition's guess. A body named after a town by the article alone
// ("Bridgton Junction", "Springfield Bus Co.") leaves the town a place,
// and so does a word the gazetteer knows as one ("Washington" beside
// "Washington Mutual").
func (p *proc) orgSenses() {
	// orgs: folded name or first word → found, -1 when two bodies share
	// it; kept across documents (release), emptied when done
	if p.orgs == nil {
		p.orgs = map[string]int{}
	}
	orgs := p.orgs
	defer clear(orgs)
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.joinTo >= 0 {
			continue
		}
		if f.j-f.i == 1 && (f.how != hName || f.actor >= 0 || !p.toks[f.i].upper()) {
			continue // a KB acronym may stand for several bodies; "Coronado" alone is no body's own name
		}
		if f.j-f.i > 1 && f.how != hAlias {
			continue // "Bridgton Junction", "Springfield Bus Co.": bodies named after a town
		}
		k := p.fold(f.i, f.i+1)
		if r, ok := orgs[k]; ok && r != g && (r < 0 || p.fold(p.found[r].i, p.found[r].j) != p.fold(f.i, f.j)) {
			orgs[k] = -1
		} else if !ok {
			orgs[k] = g
		}
	}
	if len(orgs) == 0 {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how != hName || f.actor >= 0 || f.j-f.i != 1 || f.joinTo >= 0 {
			continue
		}
		if f.typ != kPlace || p.gazPlace(f.i, f.j) || p.has(f.i, fGiven|fPlaceCue|fPlacePrefix) {
			continue
		}
		var buf [64]byte
		r, ok := orgs[string(p.foldInto(buf[:0], f.i, f.j))]
		if !ok || r < 0 {
			continue
		}
		e := &p.found[r]
		if e.j-e.i == 1 && !p.toks[f.i].upper() {
			continue // "SALINA" in a dateline and "Salina": not one acronym
		}
		f.typ = kOrganization
		if e.j-e.i > 1 {
			if e.actor >= 0 {
				f.actor, f.how = e.actor, hShortForm
			} else {
				f.joinTo, f.how = r, hShortForm
			}
		}
	}
}
