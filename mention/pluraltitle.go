package mention

import (
	"slices"

	"github.com/sitrep-project/sitrep/doc"
)

// maxListed bounds the states and names a plural title distributes over.
const maxListed = 6

// distributedTitle reads a plural title over a list of states followed
// by a list of as many names, paired in order: "The presidents of Kenya
// and Uganda, William Ruto and Yoweri Museveni, met" claims Kenya's
// presidency for Ruto and Uganda's for Museveni. ph is the title's
// phrase, whose "of STATE" rightOf has read (ph.country), and r the
// token after it. It reports whether it made the claims; lists of
// different lengths, or a name that is no person's, make none.
func (p *proc) distributedTitle(ph phrase, r int) bool {
	if !ph.th.e.plural || ph.country == "" || ph.owner || ph.how != "explicit" || r <= ph.th.j {
		return false
	}
	w := p.s.w
	// next returns the token after a list separator at k ("," "and"
	// ", and"), or -1
	next := func(k int) int {
		switch {
		case p.is(k, w.comma) && p.is(k+1, w.and):
			return k + 2
		case p.is(k, w.comma) || p.is(k, w.and):
			return k + 1
		}
		return -1
	}
	var states [maxListed]string
	states[0] = ph.country
	n, k := 1, r
	for n < maxListed {
		s := next(k)
		if s < 0 {
			break
		}
		if p.is(s, w.the) {
			s++
		}
		h := p.foundAt(s)
		if h < 0 || !p.isState(h) {
			break
		}
		states[n], n, k = countryCode(p.s.actors[p.found[h].actor]), n+1, p.found[h].j
	}
	if n < 2 || !p.is(k, w.comma) || p.is(k+1, w.and) {
		return false
	}
	var names [maxListed]int
	m, e := 0, k
	for m < n {
		s := next(e)
		if s < 0 {
			return false
		}
		h := p.foundAt(s)
		if h < 0 || p.found[h].typ != kPerson || p.found[h].claim >= 0 {
			return false
		}
		names[m], m, e = h, m+1, p.found[h].j
	}
	if e < len(p.toks) && (p.is(e, w.and) || p.is(e, w.comma) && p.is(e+1, w.and)) {
		return false // more names than states
	}
	ph.end = k
	// the names in another order than the states' ("The presidents of
	// Kenya and Uganda, Yoweri Museveni and William Ruto"): each KB
	// person takes their own state when all of them can
	var own [maxListed]string
	for i := 0; i < n; i++ {
		a := p.found[names[i]].actor
		if a < 0 {
			break
		}
		c := p.s.actors[a].Country
		for j := 0; j < n; j++ {
			if states[j] == c && !slices.Contains(own[:i], c) {
				own[i] = c
				break
			}
		}
		if own[i] == "" {
			break
		}
		if i == n-1 {
			states = own
		}
	}
	for i := 0; i < n; i++ {
		hp := ph
		hp.country = states[i]
		p.addClaim(hp, names[i], false)
		if g := names[i]; p.found[g].claim >= 0 {
			p.found[g].title = doc.Span{} // the claims keep the plural title (as in buildClaims)
		}
	}
	return true
}
