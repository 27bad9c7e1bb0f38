package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// antiNames drops an unlinked name glued to "anti-" or "pro-" ("the
// anti-Islam party", "pro-Maidan activists"): the word is an adjective's
// stem, a belief or a movement, and read alone it falls through to a
// person by its shape. A KB country, person or body there stays ("anti-
// Israel", "pro-Kremlin", "anti-Taliban"): the adjective still names it.
func (p *proc) antiNames(g int) {
	f := &p.found[g]
	if f.dead || f.actor >= 0 || f.how == HowDemonym || f.typ == doc.TypeCountry {
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
		p.kill(g)
	}
}
