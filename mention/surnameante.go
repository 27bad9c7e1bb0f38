package mention

import "github.com/sitrep-project/sitrep/doc"

// otherBearerNearer returns the found that is the nearest antecedent
// of the surname match f, when that antecedent is a bearer of the
// surname the article names in full and the KB does not know; -1 when
// it is KB person c (the person f would link to) or there is none.
// "Lourenco replaced Jose Eduardo dos Santos. Isabel dos Santos said she
// had cut costs. … in which dos Santos holds a stake": the bare surname
// joins Isabel, not her father (QA20 N-1). Only names longer than the
// surname, ending with it and before f, count.
func (p *proc) otherBearerNearer(f *found, c int32) int {
	n := f.j - f.i
	sur := p.fold(f.i, f.j)
	best, other := -1, -1
	for k := range p.found {
		g := &p.found[k]
		if g.dead || g.typ != doc.TypePerson || g.j > f.i || g.j-g.i <= n || g.j <= best {
			continue
		}
		if g.actor != c && g.actor >= 0 {
			continue // another KB person: resolvePersons weighs those
		}
		if p.fold(g.j-n, g.j) != sur {
			continue
		}
		best, other = g.j, -1
		if g.actor < 0 {
			other = k
		}
	}
	return other
}
