package mention

import "github.com/sitrep-project/sitrep/doc"

// placeJoins widens a place over a linking word and the name after it
// that together name one place ("Newcastle upon Tyne", "Frankfurt am
// Main", "Stratford-upon-Avon", "Southend-on-Sea").
func (p *proc) placeJoins() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != doc.TypePlace && f.typ != doc.TypeCountry || f.how == HowDemonym || f.metonymy || f.j+1 >= len(p.toks) || p.toks[f.j-1].poss {
			continue
		}
		k := f.j
		switch p.word(k) {
		case "upon", "am", "an", "sur":
		case "on":
			if p.toks[k].gap != gapHyphen {
				continue // "Berlin on Friday"
			}
		default:
			continue
		}
		if !p.joined(k) || !p.joined(k+1) || !p.toks[k+1].cap() || p.cover[k] >= 0 || p.tcover[k+1] >= 0 || p.has(k+1, fDate) {
			continue
		}
		if c := p.cover[k+1]; c >= 0 {
			if h := &p.found[c]; h.i != k+1 || h.j != k+2 || h.typ != doc.TypePlace {
				continue
			}
			p.absorb(int(c))
		}
		f.j = k + 2
		p.cover[k], p.cover[k+1] = int32(g), int32(g)
		f.actor, f.how, f.capital, f.typ = -1, HowName, -1, doc.TypePlace
		f.key = p.fold(f.i, f.j)
	}
}
