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
	p.officesOfTitles()
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

// officesOfTitles joins an office's head, "of the" and the title of the
// office holder after it into one organisation's name: "the Office of
// the High Representative", "the Office of the Prosecutor General", "the
// Office of the U.N. High Commissioner for Refugees". The title opens
// with a role or rank word or a title's modifier ("High", "Special") or
// a body the KB knows, and runs on over capitalised words, and over
// "for" or "of" before a capitalised word. A body the KB knows that is
// the whole title ("U.N. High Commissioner for Refugees") keeps its
// link: the office is that body. Called from titleOffices, which holds
// the gate.
func (p *proc) officesOfTitles() {
	toks := p.toks
	n := len(toks)
	for h := 0; h+3 < n; h++ {
		if !officeHead(p.word(h)) || !p.is(h+1, p.s.w.of) || !p.is(h+2, p.s.w.the) || toks[h+2].cap() || !p.joined(h+3) || !toks[h+3].cap() {
			continue
		}
		if c := p.cover[h]; c >= 0 && p.found[c].i < h {
			continue // "Central Election Office of the ...": a longer name holds the head
		}
		s := h + 3
		w := p.word(s)
		if !p.rankOrRole(s) && !titleModifier(w) && w != "High" && w != "Special" {
			if c := p.cover[s]; c < 0 || p.found[c].typ != kOrganization || p.found[c].i != s {
				continue
			}
		}
		e := s
		for e < n && p.joined(e) && toks[e].sent == toks[s].sent {
			if toks[e].cap() && toks[e].word() {
				e++
				continue
			}
			if (p.is(e, p.s.w.forw) || p.is(e, p.s.w.of)) && e+1 < n && p.joined(e+1) && toks[e+1].cap() && toks[e+1].word() {
				e += 2
				continue
			}
			break
		}
		if e-s > 9 {
			continue
		}
		if c := p.cover[e-1]; c >= 0 && p.found[c].j > e {
			continue // a name running on past the title
		}
		// a KB body that is the whole title keeps its link
		if c := p.cover[s]; c >= 0 {
			f := &p.found[c]
			if f.i == s && f.j == e && f.actor >= 0 && f.typ == kOrganization {
				if o := p.cover[h]; o >= 0 {
					p.kill(int(o))
				}
				f.i = h
				for t := h; t < s; t++ {
					p.cover[t] = c
				}
				p.foundChanged(int(c))
				h = e - 1
				continue
			}
		}
		for t := h; t < e; t++ {
			if c := p.cover[t]; c >= 0 {
				p.kill(int(c))
			}
		}
		p.addFound(found{i: h, j: e, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(h, e)})
		h = e - 1
	}
}
