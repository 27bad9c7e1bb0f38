package mention

import (
	"github.com/sitrep-project/sitrep/kb"
)

// stateBodies joins a state's name written right before the name of one
// of that state's own KB bodies into the body's mention: "the U.S.
// Department of State", "the United States Treasury Department" name
// the department, as "UK Ministry of Defence" does when the KB lists it
// whole (CoNLL, re3d and GUM mark the whole as one organisation). The
// state's name must be a name (not a demonym: "Iraqi Interior
// Ministry" keeps its nationality word apart), without a possessive
// ("Iraq's Ministry of Oil" stays the state and its body), in the same
// sentence, and the body must be the state's: "U.S. Ministry of
// Defence" (the British ministry) stays two mentions.
func (p *proc) stateBodies() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.actor < 0 || f.i == 0 || !p.joined(f.i) {
			continue
		}
		a := p.s.actors[f.actor]
		if a.Kind != kb.KindOrganization || a.Country == "" {
			continue
		}
		h := p.foundEnding(f.i)
		if h < 0 || h == g {
			continue
		}
		e := &p.found[h]
		if e.dead || e.typ != kCountry || e.how != hAlias || e.actor < 0 || p.toks[e.j-1].poss || p.toks[e.i].sent != p.toks[f.i].sent {
			continue
		}
		if countryCode(p.s.actors[e.actor]) != a.Country {
			continue
		}
		start := e.i
		p.kill(h)
		f.i = start
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
}
