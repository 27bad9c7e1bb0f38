package mention

import (
	"cmp"
	"slices"

	"github.com/sitrep-project/sitrep/doc"
)

// otherBearerNearer returns the found that is the nearest antecedent
// of the surname match f, when that antecedent is a bearer of the
// surname the article names in full and the KB does not know; -1 when
// it is KB person c (the person f would link to) or there is none.
// "Lourenco replaced Jose Eduardo dos Santos. Isabel dos Santos said she
// had cut costs. … in which dos Santos holds a stake": the bare surname
// joins Isabel, not her father. Only names longer than the
// surname, ending with it and before f, count.
func (p *proc) otherBearerNearer(f *found, c int32) int {
	n := f.j - f.i
	sur := p.fold(f.i, f.j)
	if p.countryNamed != nil {
		return p.otherBearerBack(f, c, n, sur)
	}
	best, other := -1, -1
	for k := range p.found {
		g := &p.found[k]
		if g.dead || g.typ != kPerson || g.j > f.i || g.j-g.i <= n || g.j <= best {
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

// otherBearerBack is otherBearerNearer for a long document (set up by
// resolvePersons): it walks back from f through the persons ordered by
// where they end, stops at the nearest bearer of the surname (the lowest
// found index among those ending there, as the forward loop picks) and
// looks no further back than doc.Lookback.
func (p *proc) otherBearerBack(f *found, c int32, n int, sur string) int {
	if len(p.byEnd) == 0 {
		for k := range p.found {
			if g := &p.found[k]; g.typ == kPerson && g.j-g.i >= 2 {
				p.byEnd = append(p.byEnd, int32(k))
			}
		}
		slices.SortStableFunc(p.byEnd, func(a, b int32) int { return cmp.Compare(p.found[a].j, p.found[b].j) })
	}
	from := p.toks[f.i].start - doc.Lookback
	x, _ := slices.BinarySearchFunc(p.byEnd, f.i+1, func(k int32, j int) int { return cmp.Compare(p.found[k].j, j) })
	best, other := -1, -1
	for x--; x >= 0; x-- {
		k := int(p.byEnd[x])
		g := &p.found[k]
		if best >= 0 && g.j < best || p.toks[g.j-1].start < from {
			break
		}
		if g.dead || g.typ != kPerson || g.j-g.i <= n || g.actor != c && g.actor >= 0 || p.fold(g.j-n, g.j) != sur {
			continue
		}
		best, other = g.j, -1
		if g.actor < 0 {
			other = k
		}
	}
	return other
}
