package mention

import (
	"strings"
)

// compassPairs reads two compass words joined by "and" before one
// region noun as one place ("West and Central Africa", "Central and
// Eastern Europe", "East and West Africa"): the rules would otherwise
// split it into a nameless "West and Central" or "Central" and the
// region after it. The words must be capitalised and on one line; a
// country among the names is left alone ("North and South Korea": the
// second is a state). gi is the index of the found that may end in the
// region noun (see contextNames).
func (p *proc) compassPairs(gi int) {
	g := int32(gi)        // the mention of the region noun
	r := p.found[g].j - 1 // the region noun
	k := r - 2            // "and"
	if p.found[g].dead || p.found[g].typ != kPlace || p.found[g].actor >= 0 || k < 1 || !p.is(k, p.s.w.and) {
		return
	}
	if !compassWord(p.word(k-1)) || !compassWord(p.word(k+1)) || !p.toks[k-1].cap() || !p.toks[k+1].cap() {
		return
	}
	if !p.toks[r].cap() || compassWord(p.word(r)) || !p.joined(k) || !p.joined(k+1) || !p.joined(r) || p.cover[r] != g {
		return
	}
	i, ok := k-1, true
	for t := i; t <= r; t++ {
		if h := p.cover[t]; h >= 0 && (p.found[h].typ == kCountry || p.found[h].i < i) || p.tcover[t] >= 0 {
			ok = false
		}
	}
	if !ok {
		return
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

// compassPair reports whether the run [i,j) with "and" at k is one or
// two compass words on each side ("Northwest and Southwest", "North West
// and South West") before a plural place noun ("regions", "provinces"):
// two regions named by their position.
func (p *proc) compassPair(i, k, j int) bool {
	if k-i > 2 || j-k-1 < 1 || j-k-1 > 2 || !placePlural(p, j) {
		return false
	}
	for t := i; t < j; t++ {
		if t != k && (!p.toks[t].cap() || !direction(p.word(t))) {
			return false
		}
	}
	return true
}

// compassPairSide reports whether [i,j) is one side of a compass pair
// (see compassPair): before "and" and the other side, or after them.
func (p *proc) compassPairSide(i, j int) bool {
	if p.is(j, p.s.w.and) {
		for e := j + 2; e <= j+3; e++ {
			if p.compassPair(i, j, e) {
				return true
			}
		}
	}
	if i >= 2 && p.is(i-1, p.s.w.and) {
		for s := i - 3; s <= i-2; s++ {
			if s >= 0 && p.compassPair(s, i-1, j) {
				return true
			}
		}
	}
	return false
}
