package mention

import "github.com/sitrep-project/sitrep/doc"

// stateForTitles mends a name found in the words of a junior minister's
// title: after "Minister of" or "Secretary of", "State for <Portfolio>"
// is the title's, never a place or a body (the head word "State" made
// one). The portfolio is the common words after "for" ("Foreign
// Affairs", "Trade and Industry"); two or three name-shaped words after
// it in the same run are the minister, a person ("Minister of State for
// Foreign Affairs Mohamed Wario"). A run of the portfolio alone (a known
// given name after it split the run) is dropped.
func (p *proc) stateForTitles() {
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
		case e > i+2 && j-e >= 2 && j-e <= 3 && p.nameShaped(e, j):
			p.kill(g)
			p.addFound(found{i: e, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: HowName, typ: doc.TypePerson, key: p.fold(e, j)})
		}
	}
}
