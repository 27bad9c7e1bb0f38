package mention

// missionNames joins the name of a peacekeeping or assistance mission
// into one organisation: "United Nations Assistance Mission in
// Somalia", "United Nations Mission in South Sudan", "EU Training
// Mission in Mali", "United Nations Interim Force in Lebanon", "United
// Nations Integrated Office in Haiti". The sponsoring body the KB knows
// opens the name, a capitalised run ending in "Mission", "Force" or
// "Office" follows it, and "in <Country or place>" ends
// it: the mission is an actor of its own (it condemns, reports, is
// attacked), not the sponsor, and the country in its name is no place
// of the sentence. A "Force" needs the sponsor before it ("the Quick
// Reaction Force in Mali" keeps Mali); an "Office" needs both the sponsor
// and the place ("the Central Election Office said" is no mission).
func (p *proc) missionNames() {
	// gated by tMission (trigger.go): a new head word goes in that list too
	if p.absent(tMission) {
		return
	}
	// the head word ends an unlinked body's name ("Assistance Mission")
	// or follows a KB body's ("United Nations Mission"): the founds hold
	// every candidate, fewer than the document's capitalised words
	n := len(p.toks)
	for g := range p.found {
		f := &p.found[g]
		if f.dead {
			continue
		}
		k := f.j - 1
		if f.actor >= 0 {
			k = f.j
			if k >= n || p.cover[k] >= 0 {
				continue
			}
		}
		if l := p.toks[k].end - p.toks[k].start; l != 7 && l != 5 && l != 6 {
			continue
		}
		if w := p.word(k); w == "Mission" || w == "Force" || w == "Office" {
			p.missionAt(k)
		}
	}
}

// missionAt reads the mission name whose head word is token k.
func (p *proc) missionAt(k int) {
	n := len(p.toks)
	w := p.word(k)
	if !p.toks[k].cap() || p.toks[k].poss {
		return
	}
	// the run ending at the head word: an unlinked organisation found,
	// or the head alone, free
	start, body := k, -1
	if c := p.cover[k]; c >= 0 {
		f := &p.found[c]
		if f.dead || f.j != k+1 || f.actor >= 0 || f.typ != kOrganization && f.typ != kNone {
			return
		}
		start, body = f.i, int(c)
	}
	// the sponsor the KB knows, right before it
	sponsor := -1
	if start > 0 && p.joined(start) {
		if g := p.foundEnding(start); g >= 0 && p.found[g].actor >= 0 && p.found[g].typ == kOrganization && !p.toks[start-1].poss {
			sponsor = g
		}
	}
	if sponsor < 0 && (w == "Force" || w == "Office" || body < 0) {
		return
	}
	// "in <Country>"
	end, place := k+1, -1
	if k+2 < n && p.word(k+1) == "in" && p.joined(k+2) {
		if g := p.foundAt(k + 2); g >= 0 && p.found[g].i == k+2 && (p.found[g].typ == kCountry || p.found[g].typ == kPlace) && p.found[g].how != hDemonym && !p.toks[p.found[g].j-1].poss {
			place, end = g, p.found[g].j
		}
	}
	if place < 0 && (sponsor < 0 || body < 0 && w == "Mission" || w == "Office") {
		return
	}
	i := start
	if sponsor >= 0 {
		i = p.found[sponsor].i
		p.kill(sponsor)
	}
	if body >= 0 {
		p.kill(body)
	}
	if place >= 0 {
		p.kill(place)
	}
	p.addFound(found{i: i, j: end, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, end)})
}
