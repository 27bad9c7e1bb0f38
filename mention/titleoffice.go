package mention

// titleOffices joins an office holder's title in the possessive and the
// office's head after it into one organisation's name: "the Prime
// Minister's Office", "the Prosecutor General's Office", "the Chief
// Minister's Department" (the title is no person's, and findRuns cut
// the name at it, leaving "Office" or "General's Office"). The title is
// one to four capitalised words no typed name covers, ending in a role
// or rank word with "'s" (or a title's modifier after one: "Prosecutor
// General's") and no state's name or demonym before them; the head is
// "Office", "Department", "Bureau" or "Secretariat".
func (p *proc) titleOffices() {
	// gated by tOfficeHead (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tOfficeHead) {
		return // no head in the text: the loop over every token would find nothing
	}
	toks := p.toks
	for h := 1; h+1 < len(toks); h++ {
		if !toks[h].poss || !toks[h].cap() || !p.rankOrRole(h) && !titleModifier(p.word(h)) || toks[h+1].gap > gapSpace || toks[h+1].sent != toks[h].sent || !officeHead(p.word(h+1)) {
			continue
		}
		if c := p.cover[h]; c >= 0 && p.found[c].typ != kNone && p.found[c].j <= h+1 {
			continue // a person's name ("Ruto's Office" is the office of Ruto, who is named)
		}
		s := h
		for s > 0 && s > h-4 && p.joined(s) && toks[s-1].cap() && !toks[s-1].poss && !p.is(s-1, p.s.w.the) && !p.stateWordAt(s-1) && !p.demonymWord(s-1) &&
			(titleModifier(p.word(s-1)) || p.rankOrRole(s-1) || !p.has(s-1, fStop|fDet|fGiven|fGroupAdj)) {
			if c := p.cover[s-1]; c >= 0 && (p.found[c].typ != kNone || p.found[c].i < h-4) {
				break
			}
			s--
		}
		if s == h && !p.has(h, fRole) || s < h && !p.rankOrRole(h) && !p.anyRole(s, h) {
			continue // "General's Office" alone: a rank, no office's title
		}
		e := h + 2
		if c := p.cover[h+1]; c >= 0 {
			f := &p.found[c]
			if f.i < s || f.actor >= 0 {
				continue
			}
			e = max(e, f.j)
		}
		for t := s; t < e; t++ {
			if c := p.cover[t]; c >= 0 {
				p.kill(int(c))
			}
		}
		p.addFound(found{i: s, j: e, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(s, e)})
		h = e - 1
	}
}

// officeHeadWords are the words officeHead accepts.
var officeHeadWords = []string{"Office", "Department", "Bureau", "Secretariat"}

// officeHead reports whether w, capitalised after a title in the
// possessive, is the head of the office-holder's staff ("Office",
// "Department").
func officeHead(w string) bool {
	switch w {
	case "Office", "Department", "Bureau", "Secretariat": // officeHeadWords
		return true
	}
	return false
}

// anyRole reports whether a word of [i,j) is a role or rank word.
func (p *proc) anyRole(i, j int) bool {
	for k := i; k < j; k++ {
		if p.rankOrRole(k) {
			return true
		}
	}
	return false
}
