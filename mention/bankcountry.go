package mention

// bankCountries makes a central bank named "Bank" followed by its
// country's name one organisation: "Bank Indonesia", "Bank Negara
// Malaysia" (with one capitalised word between). Such a bank is named
// in the word order of its own language, so the country is part of the
// name, not a place or an actor of its own. "Bank" must open the name:
// a capitalised word before it ("World Bank Indonesia office") makes it
// the end of another name.
func (p *proc) bankCountries() {
	// gated by tBank (trigger.go): the pass reads names after "Bank" only
	if p.absent(tBank) {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 || f.i < 1 || !p.toks[f.i-1].cap() || f.typ != kCountry || f.how != hAlias || !p.joined(f.i) {
			continue // (the cheap tests first: most founds are no country after a capital)
		}
		b := f.i - 1
		if p.word(b) != "Bank" && b >= 1 && p.joined(b) && p.cover[b] < 0 && p.toks[b].cap() && !p.toks[b].poss && p.word(b-1) == "Bank" {
			b-- // "Bank Negara Malaysia"
		}
		if p.word(b) != "Bank" || p.toks[b].poss || p.tcover[b] >= 0 {
			continue
		}
		if c := p.cover[b]; c >= 0 && (p.found[c].i != b || p.found[c].j != b+1 || p.found[c].actor >= 0) {
			continue // "Bank" ends or opens another name
		}
		if b > 0 && p.joined(b) && p.toks[b-1].cap() && !p.is(b-1, p.s.w.the) {
			continue
		}
		for k := b; k < f.i; k++ {
			if p.cover[k] >= 0 {
				p.kill(int(p.cover[k]))
			}
		}
		country := countryCode(p.s.actors[f.actor])
		j := f.j
		p.kill(g)
		p.addFound(found{i: b, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(b, j), country: country})
	}
}
