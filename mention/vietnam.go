package mention

// personOfCompass gives back to the place after a person's name the
// compass word the name took with "of" ("Le Duc Tho of North Vietnam",
// "Nguyen Van Thieu of South Vietnam"): the person ends before "of", and
// the place's mention opens with the compass word, keeping its link.
func (p *proc) personOfCompass(g int) {
	f := &p.found[g]
	if f.dead || f.typ != kPerson || f.actor >= 0 || f.j-f.i < 3 || f.j >= len(p.toks) {
		return
	}
	of := f.j - 2
	if p.word(of) != "of" || !compassWord(p.word(f.j-1)) || !p.joined(f.j) {
		return
	}
	h := p.cover[f.j]
	if h < 0 || p.found[h].i != f.j || p.found[h].dead || p.found[h].typ != kCountry && p.found[h].typ != kPlace {
		return
	}
	n := &p.found[h]
	p.cover[f.j-1], p.cover[of] = h, -1
	n.i = f.j - 1
	n.key = p.fold(n.i, n.j)
	f.j = of
	f.key = p.fold(f.i, f.j)
}

// vietLe widens an unlinked person's name of two or more words over a
// capitalised "Le" right before it that opens the name ("Le Duc Tho",
// "Le Hong Anh"): the frequent Vietnamese family name, which the rules
// read as a particle. "Le" after another name word ("Marine Le Pen") is
// left alone; after a title it opens the name ("Minister Le Hong Anh").
func (p *proc) vietLe(g int) {
	f := &p.found[g]
	if f.dead || f.typ != kPerson || f.actor >= 0 || f.j-f.i < 2 || f.i < 1 {
		return
	}
	k := f.i - 1
	if p.word(k) != "Le" || !p.joined(f.i) || p.cover[k] >= 0 || p.tcover[k] >= 0 {
		return
	}
	if k > 0 && p.joined(k) && p.toks[k-1].cap() && !p.toks[k].sentStart && p.tcover[k-1] < 0 && !p.has(k-1, fHonor|fRole) {
		return
	}
	f.i = k
	p.cover[k] = int32(g)
	f.key = p.fold(f.i, f.j)
}
