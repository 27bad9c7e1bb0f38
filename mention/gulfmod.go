package mention

// gulfModifiers drops a place "Gulf" (or "Gulf Arab") the stage does
// not know that modifies a noun for states or their people: "Gulf Arab
// states", "the Gulf state" (one of them, named elsewhere), "Gulf
// leaders". There the word describes the states around the Gulf, and
// "the Gulf state" means one country, never the sea; "in the Gulf" as a
// noun stays a place.
func (p *proc) gulfModifiers() {
	// gated by tGulf (trigger.go): the pass reads names opening with "Gulf" only
	if p.absent(tGulf) {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor >= 0 || f.j >= len(p.toks) || p.toks[f.i].end-p.toks[f.i].start != 4 || f.typ != kPlace || p.word(f.i) != "Gulf" || f.j-f.i > 2 || p.toks[f.j-1].poss {
			continue
		}
		if f.j-f.i == 2 && p.word(f.i+1) != "Arab" {
			continue
		}
		if p.joined(f.j) && p.toks[f.j].shape&shLower != 0 && gulfNoun(p.lower(f.j)) {
			p.kill(g)
		}
	}
}

// gulfNoun reports whether w, lower case, is a noun for a state, its
// rulers or its people that a region's name modifies ("Gulf states").
func gulfNoun(w string) bool {
	switch w {
	case "state", "states", "country", "countries", "nation", "nations", "monarchy", "monarchies",
		"kingdom", "kingdoms", "emirate", "emirates", "neighbour", "neighbours", "neighbor", "neighbors",
		"ally", "allies", "rival", "rivals", "leader", "leaders", "ruler", "rulers", "government",
		"governments", "capital", "capitals", "power", "powers", "partner", "partners", "official", "officials":
		return true
	}
	return false
}
