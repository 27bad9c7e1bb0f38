package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// compassPairs reads two compass words joined by "and" before one
// region noun as one place ("West and Central Africa", "Central and
// Eastern Europe", "East and West Africa"): the rules would otherwise
// split it into a nameless "West and Central" or "Central" and the
// region after it. The words must be capitalised and on one line; a
// country among the names is left alone ("North and South Korea": the
// second is a state).
func (p *proc) compassPairs() {
	for k := 1; k+2 < len(p.toks); k++ {
		if p.word(k) != "and" || !compassWord(p.word(k-1)) || !compassWord(p.word(k+1)) || !p.toks[k-1].cap() || !p.toks[k+1].cap() {
			continue
		}
		r := k + 2
		if !p.toks[r].cap() || compassWord(p.word(r)) || !p.joined(k) || !p.joined(k+1) || !p.joined(r) {
			continue
		}
		// the region noun must be a place mention of its own or the
		// end of one ("Africa", "Eastern Europe")
		g := p.cover[r]
		if g < 0 || p.found[g].typ != doc.TypePlace || p.found[g].actor >= 0 || p.found[g].j != r+1 {
			continue
		}
		i, ok := k-1, true
		for t := i; t <= r; t++ {
			if h := p.cover[t]; h >= 0 && (p.found[h].typ == doc.TypeCountry || p.found[h].i < i) || p.tcover[t] >= 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for t := i; t < r; t++ {
			if h := p.cover[t]; h >= 0 && h != g {
				p.kill(int(h))
			}
		}
		f := &p.found[g]
		f.i = i
		for t := i; t <= r; t++ {
			p.cover[t] = g
		}
		f.place, f.canon = -1, ""
		f.key = p.fold(f.i, f.j)
		k = r
	}
}

// compassWord reports whether w is a capitalised compass word that may
// open a region's name.
func compassWord(w string) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(w, "ern"), "ral") {
	case "North", "South", "East", "West", "Cent", "Northeast", "Northwest", "Southeast", "Southwest":
		return true
	}
	return false
}
