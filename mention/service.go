package mention

// serviceNouns drops a service member's corps noun from the front of a
// person's name when a country, a demonym or "former" stands before it
// ("Former US Marine Paul Whelan", "a British Royal Marine ...", "ex-
// Army Ranger ..."): the noun is the person's title, not a given name.
// Without such a word before it the noun may be a given name ("Marine
// Le Pen", "France's Marine Le Pen") and is left alone.
func (p *proc) serviceNouns(g int) {
	f := &p.found[g]
	if f.dead || f.typ != kPerson || f.actor >= 0 || f.j-f.i < 3 || f.i < 1 || !serviceNoun(p.word(f.i)) {
		return
	}
	k := f.i - 1
	w := p.word(k)
	lead := w == "former" || w == "Former" || w == "Royal" || w == "Army"
	if h := p.cover[k]; h >= 0 && !lead && !p.toks[k].poss {
		lead = p.found[h].typ == kCountry || p.found[h].how == hDemonym
	}
	if !lead {
		return
	}
	p.cover[f.i] = -1
	f.i++
	f.key = p.fold(f.i, f.j)
}

// serviceNoun reports whether w names a member of a corps, written
// before the name like a rank.
func serviceNoun(w string) bool {
	switch w {
	case "Marine", "Ranger", "Airman", "Seaman", "Guardsman", "Paratrooper", "Commando":
		return true
	}
	return false
}
