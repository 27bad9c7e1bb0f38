package mention

// factionSuffixes widens a body's name over a bracketed word or two
// right after it that tell one faction or wing from another: "Communist
// Party of India (Marxist)", "Jatiya Party (Ershad)", "Pakistan Muslim
// League (N)". The bracket is part of the name, and the wider name is a
// body of its own: a KB match of the shorter name is dropped. An acronym
// ("Kurdistan Workers' Party (PKK)"), a word opening with the name's own
// first letter or with a capital inside ("(Cosatu)", "(SingTel)"), a
// number ("(Update1)"), a country or place ("(Nigeria)") or lower-case
// words in the bracket leave the name as it is.
func (p *proc) factionSuffixes() {
	n := len(p.toks)
	for g, m := 0, len(p.found); g < m; g++ {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.j+2 >= n || !p.is(f.j, p.s.w.lparen) || !p.joined(f.j) || !p.anyFlag(f.i, f.j, fOrgCue) {
			continue
		}
		e := f.j + 1
		if first, w := p.word(f.i), p.word(f.j+1); w[0] == first[0] || innerCap(w) {
			continue // a short form of the name: "Congress of South African Trade Unions (Cosatu)", "(SingTel)"
		}
		for e < n && e <= f.j+3 && p.joined(e) && p.toks[e].cap() && (!p.toks[e].upper() || len(p.word(e)) == 1) && !p.has(e, fDate) && !p.hasDigit(e, e+1) {
			if h := p.cover[e]; h >= 0 && (p.found[h].typ == kCountry || p.found[h].typ == kPlace || p.found[h].typ == kOrganization) {
				break
			}
			e++
		}
		if e == f.j+1 || e >= n || !p.is(e, p.s.w.rparen) {
			continue
		}
		i, j := f.i, e+1
		for h := range p.found { // any name inside, a surname's match too ("(Ershad)")
			if o := &p.found[h]; h != g && !o.dead && o.i >= i && o.j <= j {
				p.kill(h)
			}
		}
		f.j, f.actor, f.how, f.key = j, -1, hName, p.fold(i, j)
		for t := i; t < j; t++ {
			p.cover[t] = int32(g)
		}
		p.foundChanged(g)
	}
}
