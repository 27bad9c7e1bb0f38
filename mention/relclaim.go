package mention

import "github.com/sitrep-project/sitrep/doc"

// relativeTitles reads a title given to a person in a present-tense
// relative clause right after the name or its appositive title as a
// role claim: "Uhuru Kenyatta, who is also the finance minister, did not
// comment", "President X, who is also deputy prime minister, said". The
// person may already have a claim (the title before the name); the
// relative clause's is another, and the mention keeps the first as its
// role. Only "is", "is also", "is now" and "also is" open such a clause:
// "who was …" is of another time and "who is expected to …" names no
// title.
func (p *proc) relativeTitles(used map[int]bool) {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != doc.TypePerson || f.j+3 >= len(p.toks) {
			continue
		}
		k := f.j
		if f.claim >= 0 {
			// after the appositive title: "X, the finance minister, who is …"
			if e := p.tokenAtOrAfter(p.claims[f.claim].Span.End); e > k {
				k = e
			}
		}
		if !p.is(k, p.s.w.comma) || !p.is(k+1, p.s.w.who) {
			continue
		}
		k += 2
		if w := p.lower(k); w == "also" && p.lower(k+1) == "is" {
			k += 2
		} else if w == "is" {
			k++
			if w := p.lower(k); w == "also" || w == "now" {
				k++
			}
		} else {
			continue
		}
		st := k
		if p.has(st, fDet) {
			st++
		}
		for ti, th := range p.titles {
			if th.i < st {
				continue
			}
			if used[ti] || th.i > st+3 {
				break
			}
			ph := p.leftOf(th)
			if ph.start != st || th.e.group && ph.country == "" || ph.foreign {
				break
			}
			r := p.rightOf(&ph)
			if r < len(p.toks) && !p.is(r, p.s.w.comma) && !p.is(r, p.s.w.period) {
				break // "who is also president of the club he founded": a clause going on
			}
			ph.end = r
			p.addFurtherClaim(ph, g, true)
			used[ti] = true
			break
		}
	}
}

// tokenAtOrAfter returns the index of the first token starting at or
// after byte offset off (len(p.toks) when none does).
func (p *proc) tokenAtOrAfter(off int) int {
	lo, hi := 0, len(p.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if p.toks[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
