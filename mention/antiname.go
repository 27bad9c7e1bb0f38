package mention

import (
	"strings"
)

// antiNames drops an unlinked name glued to "anti-" or "pro-" ("the
// anti-Islam party", "pro-Maidan activists"): the word is an adjective's
// stem, a belief or a movement, and read alone it falls through to a
// person by its shape. A KB country, person or body there stays ("anti-
// Israel", "pro-Kremlin", "anti-Taliban"): the adjective still names it.
func (p *proc) antiNames(g int) {
	f := &p.found[g]
	if f.dead || f.actor >= 0 || f.how == hDemonym || f.typ == kCountry {
		return
	}
	start := p.toks[f.i].start
	if start < 4 || p.text[start-1] != '-' {
		return
	}
	before := p.text[max(0, start-5) : start-1]
	if k := strings.LastIndexAny(before, " \t\n\"'(/"); k >= 0 {
		before = before[k+1:]
	}
	switch strings.ToLower(before) {
	case "anti", "pro":
		if p.antiStemOff(g) {
			return
		}
		p.kill(g)
	}
}

// antiStemOff cuts the stem glued to "pro-" or "anti-" off a body's name
// that goes on after it ("the pro-Kurdish Peoples' Democratic Party"):
// the stem is the adjective, the rest, ending in a body's head word, is
// the name. It reports whether it did.
func (p *proc) antiStemOff(g int) bool {
	f := &p.found[g]
	if f.j-f.i < 3 || f.typ != kOrganization && f.typ != kArmedGroup || !p.has(f.j-1, fOrgCue) || !p.toks[f.i+1].cap() || !p.joined(f.i+1) {
		return false
	}
	i, j, typ := f.i+1, f.j, f.typ
	p.kill(g)
	p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: typ, key: p.fold(i, j)})
	return true
}
