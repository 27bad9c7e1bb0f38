package mention

// rejoinFullNames puts back together a person's full name written again
// that the rules cut in two because a word of it is a place's name
// ("Valeska Paris, an Australian woman, …" … "Valeska Paris said"): a
// short form of the person, then right after it a found whose words
// complete the person's name, make one mention of the whole name.
func (p *proc) rejoinFullNames() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.joinTo < 0 || f.j >= len(p.toks) || !p.joined(f.j) {
			continue
		}
		r := p.root(g)
		h := p.foundAt(f.j)
		if h < 0 || h == r || p.found[r].typ != kPerson || p.found[h].j-f.i > 4 || p.found[r].j-p.found[r].i != p.found[h].j-f.i {
			continue
		}
		if key := p.fold(f.i, p.found[h].j); key != p.found[r].key {
			continue
		}
		j := p.found[h].j
		p.kill(h)
		f.j, f.key, f.how, f.actor = j, p.found[r].key, hName, -1
		for t := f.i; t < j; t++ {
			p.cover[t] = int32(g)
		}
		p.foundChanged(g)
	}
}
