package mention

// candidacyNouns name a person standing for a party: "the Republican
// nominee", "a GOP hopeful", "the Labour candidate".
var candidacyNouns = map[string]bool{
	"nominee": true, "nominees": true, "candidate": true, "candidates": true, "hopeful": true, "hopefuls": true,
	"challenger": true, "challengers": true, "contender": true, "contenders": true, "frontrunner": true,
	"front-runner": true, "standard-bearer": true, "flagbearer": true, "flag-bearer": true,
}

// candidacyOffices are the words between a party and a candidacy noun
// that say what the candidacy is for: "the GOP presidential nominee".
var candidacyOffices = map[string]bool{
	"presidential": true, "vice-presidential": true, "gubernatorial": true, "mayoral": true, "senate": true,
	"congressional": true, "parliamentary": true, "leadership": true, "presumptive": true, "likely": true,
	"eventual": true, "prospective": true, "potential": true, "primary": true, "runoff": true, "run-off": true,
}

// partyNominees drops a party's name written before a candidacy noun
// ("the Republican nominee", "the GOP presidential nominee said"): the
// phrase describes a person of the party, and the party is no actor of
// what the nominee does (nor a mention of the party as a body).
func (p *proc) partyNominees() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.j >= len(p.toks) || !p.joined(f.j) || p.toks[f.j-1].poss {
			continue
		}
		if f.actor >= 0 {
			if p.s.actors[f.actor].Sector != "PTY" {
				continue
			}
		} else if f.j-f.i != 1 || !partyName(p.word(f.i)) {
			continue
		}
		k := f.j
		for n := 0; n < 2 && k+1 < len(p.toks) && candidacyOffices[p.lower(k)] && p.joined(k+1); n++ {
			k++
		}
		if p.toks[k].shape&shLower != 0 && candidacyNouns[p.lower(k)] {
			p.kill(g)
		}
	}
}
