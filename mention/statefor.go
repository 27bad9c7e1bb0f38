package mention

import "github.com/sitrep-project/sitrep/doc"

// stateForTitles mends a name found in the words of a junior minister's
// title: after "Minister of" or "Secretary of", "State for <Portfolio>"
// is the title's, never a place or a body (the head word "State" made
// one). The portfolio is the common words after "for" ("Foreign
// Affairs", "Trade and Industry"); two or three name-shaped words after
// it in the same run are the minister, a person ("Minister of State for
// Foreign Affairs Mohamed Wario") whose title, shown but not checked,
// is the words from "Minister" to the portfolio's end. A run of the
// portfolio alone (a known given name after it split the run) is
// dropped, and the name after it takes the title.
func (p *proc) stateForTitles() {
	// gated by tState (trigger.go): the pass reads names opening with "State" only
	if p.absent(tState) {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.i < 2 || f.j-f.i < 3 || p.toks[f.i].end-p.toks[f.i].start != 5 || p.word(f.i) != "State" || !p.is(f.i+1, p.s.w.forw) || !p.is(f.i-1, p.s.w.of) {
			continue
		}
		switch p.word(f.i - 2) {
		case "Minister", "Ministers", "Secretary", "Secretaries":
		default:
			continue
		}
		e := f.i + 2
		for e < f.j && (p.toks[e].cap() && p.has(e, fCommon) && !p.has(e, fGiven) || p.is(e, p.s.w.and) || p.is(e, p.s.w.of)) {
			e++
		}
		i, j := f.i, f.j
		switch {
		case e == j:
			p.kill(g)
			if h := p.foundAt(j); h >= 0 && !p.found[h].dead && p.found[h].actor < 0 && p.found[h].title.End == 0 && p.found[h].j-j >= 2 && p.found[h].j-j <= 3 && p.nameShaped(j, p.found[h].j) {
				// "… for Foreign Affairs Anwar Gargash": the given name split the run
				p.found[h].title = doc.Span{Start: p.toks[i-2].start, End: p.toks[j-1].end}
			}
		case e > i+2 && j-e >= 2 && j-e <= 3 && p.nameShaped(e, j):
			p.kill(g)
			h := p.addFound(found{i: e, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: p.fold(e, j)})
			p.found[h].title = doc.Span{Start: p.toks[i-2].start, End: p.toks[e-1].end} // shown, not checked
		}
	}
}
