package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// foreignBodies unlinks a state's KB body matched by a name of several
// words that does not say whose it is and that many states give their
// bodies ("National Security Council", "Supreme Court")
// when its sentence names other states and not the body's own: "South
// Korean President Moon Jae-in called a meeting of the National
// Security Council" is South Korea's council, not the United States'.
// The mention stays an organisation of the state the sentence names
// (the first, when it names several).
func (p *proc) foreignBodies() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hAlias || f.actor < 0 {
			continue
		}
		a := p.s.actors[f.actor]
		if a.Kind != kb.KindOrganization || a.Country == "" || len(a.Country) != 3 {
			continue
		}
		if !p.bareAlias(f, a) {
			continue // "US National Security Council": the name says whose
		}
		other, own := "", false
		sent := p.toks[f.i].sent
		for h := range p.found {
			e := &p.found[h]
			if e.dead || !p.isState(h) || p.toks[e.i].sent != sent {
				continue
			}
			switch c := countryCode(p.s.actors[e.actor]); {
			case c == a.Country:
				own = true
			case other == "":
				other = c
			}
		}
		if own || other == "" {
			continue
		}
		f.actor, f.how, f.country = -1, hName, other
		f.key = p.fold(f.i, f.j)
	}
}

// bareAlias reports whether found f is written as the tail of the
// full name of a state's body a, without the state's part: "National
// Security Council" of "United States National Security Council" (not
// "US National Security Council").
func (p *proc) bareAlias(f *found, a *kb.Actor) bool {
	if f.j-f.i < 2 || !genericBodyHeads[p.lower(f.j-1)] {
		return false // "Congress", "Federal Reserve": the name is the one state's
	}
	written := p.fold(f.i, f.j)
	full := kb.Fold(a.Name)
	return len(written) < len(full) && strings.HasSuffix(full, " "+written)
}

// genericBodyHeads end names many states give their bodies ("National
// Security Council", "Supreme Court", "National Guard").
var genericBodyHeads = map[string]bool{"council": true, "court": true, "assembly": true, "committee": true,
	"ministry": true, "agency": true, "service": true, "command": true, "guard": true, "police": true}
