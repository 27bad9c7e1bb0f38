package mention

import "github.com/sitrep-project/sitrep/doc"

// ministerOfNames mends a run found after "Minister of" or "Secretary
// of" that holds the portfolio and the minister's name with no comma
// between: "India's Minister of Earth Sciences Kiren Rijiju", "Minister
// of Health Ama Boateng said". The title trie knows no such portfolio,
// so the run (dropped as no name) took both. The last two name-shaped
// words are the minister, three when the first of them is a known given
// name, and the words before them the portfolio: a person whose title is
// "Minister of <Portfolio>" (shown, not checked: no office is claimed).
// A portfolio of two parts joined by "and" ("Minister for Women and
// Family Affairs") and "Vice President for <Portfolio>" read the same.
// stateForTitles reads "Minister of State for …".
func (p *proc) ministerOfNames() {
	for g := range p.found {
		f := &p.found[g]
		if f.i < 2 || f.j-f.i < 3 || f.actor >= 0 || f.how != hName || f.typ != kNone && f.typ != kOrganization || p.tcover[f.i] >= 0 {
			continue
		}
		// "Minister for Women and Family Affairs Ama Boateng": "and"
		// split the portfolio's first words from the run
		b := f.i
		if p.is(b-1, p.s.w.and) {
			for n := 0; n < 4 && b > 2 && (p.is(b-1, p.s.w.and) || p.toks[b-1].cap() && !p.has(b-1, fGiven) && !p.toks[b-1].poss); n++ {
				b--
			}
		}
		if !p.is(b-1, p.s.w.of) && !p.is(b-1, p.s.w.forw) {
			continue
		}
		if f.dead && p.cover[f.i] >= 0 {
			continue
		}
		switch p.word(b - 2) {
		case "Minister", "Secretary", "Commissioner":
		case "President": // "Vice President for Economic Affairs"
			if !p.is(b-1, p.s.w.forw) {
				continue
			}
		default:
			continue
		}
		e := f.j - 2
		if e-1 > f.i && p.has(e-1, fGiven) && p.nameShaped(e-1, f.j) {
			e--
		}
		if !p.nameShaped(e, f.j) {
			continue
		}
		ok := true
		for k := f.i; k < e; k++ {
			if !p.toks[k].cap() && !p.is(k, p.s.w.and) || p.has(k, fGiven) || p.toks[k].poss {
				ok = false
			}
		}
		if !ok {
			continue
		}
		j := f.j
		if !f.dead {
			p.kill(g)
		}
		h := p.addFound(found{i: e, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: p.fold(e, j)})
		p.found[h].title = doc.Span{Start: p.toks[b-2].start, End: p.toks[e-1].end}
	}
}
