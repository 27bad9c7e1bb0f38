package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// innerConnectors are the lower-case words a body's name may hold
// between capitalised words before its head noun ("Peace at Home
// Council", "Lawyers for Democracy Movement", "Friends of Syria Group").
var innerConnectors = map[string]bool{"at": true, "for": true, "of": true}

// bodyHeads are the head nouns of political bodies and movements whose
// names may hold a connector before the head.
var bodyHeads = map[string]bool{"council": true, "front": true, "party": true, "movement": true,
	"committee": true, "army": true, "alliance": true, "union": true, "league": true, "coalition": true,
	"group": true, "brigade": true, "brigades": true, "association": true, "forum": true,
	"assembly": true, "congress": true, "command": true, "organisation": true, "organization": true}

// orgInnerJoins extends an unknown organisation whose name ends in a
// body's head noun ("Home Council") back over a lower-case connector and
// the capitalised words before it that name nothing else ("the Peace at
// Home Council"): the capitalised run was cut at the connector. The
// words before must be no KB name or title, and not open the sentence
// ("Shares of Zentrova Motors", "Students at Harvard University").
func (p *proc) orgInnerJoins() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != doc.TypeOrganization || f.how != HowName || f.actor >= 0 || f.i < 2 || !bodyHeads[strings.ToLower(p.word(f.j-1))] {
			continue
		}
		c := f.i - 1
		if !innerConnectors[p.word(c)] || !p.joined(c) || !p.joined(f.i) {
			continue
		}
		s := c
		for s > 0 && c-s < 3 && p.joined(s) && p.toks[s-1].cap() && p.toks[s-1].word() && !p.has(s-1, fStop|fHonor|fRole|fDate|fDet) && p.tcover[s-1] < 0 {
			if h := p.cover[s-1]; h >= 0 && (!p.found[h].dead && p.found[h].typ != "" || p.found[h].i < s-1-2) {
				break // a name of its own: "Putin at Security Council"
			}
			s--
		}
		if s == c || p.toks[s].sentStart {
			continue
		}
		for t := s; t < c; t++ {
			if h := p.cover[t]; h >= 0 && int(h) != g {
				p.kill(int(h))
			}
		}
		f.i = s
		f.key = p.fold(f.i, f.j)
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
}
