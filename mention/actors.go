package mention

import "github.com/sitrep-project/sitrep/doc"

// countryActs reports whether the country named over tokens [i,j) stands
// for its state acting rather than for its territory, read as
// capitalActs reads a capital, with "the" before the name read as part
// of it ("relations with the United States"): the subject of a
// reporting, action or state verb ("Iraq faces"), the party a verb
// addresses ("urged Iran to"), the other party of relations ("war with
// Israel"), a possessive ("Iraq's efforts"), an agent compound
// ("US-led"). A country coordinated with one that acts acts too ("the
// United States and Iraq signed"); one in the scope of a locative
// preposition is the place ("in Iraq", "from Syria and Iraq arrived").
func (p *proc) countryActs(i, j int) bool {
	return p.countryActsN(i, j, 3)
}

// countryActsN is countryActs looking at most depth countries along a
// coordination.
func (p *proc) countryActsN(i, j, depth int) bool {
	s := i
	if s > 0 && p.is(s-1, p.s.w.the) && p.toks[s-1].sent == p.toks[i].sent {
		s--
	}
	conj := func(k int) bool {
		return k >= 0 && k < len(p.toks) && p.toks[k].sent == p.toks[i].sent && (p.is(k, p.s.w.and) || p.is(k, p.s.w.or) || p.is(k, p.s.w.comma))
	}
	if conj(s - 1) {
		if h := p.foundEnding(s - 1); h >= 0 && p.countryLike(h) {
			if _, loc := p.capitalActs(p.found[h].i, p.found[h].j); loc {
				return false // "from Syria and Iraq arrived"
			}
		}
	}
	acts, loc := p.capitalActs(s, j)
	if acts || loc || depth == 0 || !conj(j) {
		return acts
	}
	k := j + 1
	if p.is(k, p.s.w.the) {
		k++
	}
	if h := p.foundAt(k); h >= 0 && p.countryLike(h) {
		return p.countryActsN(p.found[h].i, p.found[h].j, depth-1) // "the United States and Iraq signed"
	}
	return false
}

// countryLike reports whether found h names a country or place by its
// name (not a demonym).
func (p *proc) countryLike(h int) bool {
	f := &p.found[h]
	return (f.typ == doc.TypeCountry || f.typ == doc.TypePlace) && f.how != HowDemonym
}
