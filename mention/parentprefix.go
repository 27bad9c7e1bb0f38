package mention

// parentPrefixes reads an intergovernmental body's acronym written right
// before the name of one of its organs as part of that name: "the U.N.
// Human Rights Council", "the UN Children's Fund", "the AU Peace and
// Security Council" are one organisation each, not the United Nations
// and a council beside it. The organ is a KB body whose parent is the
// acronym's body, or an organisation named by its shape alone; a
// possessive acronym ("the UN's refugee agency"), a sentence break or a
// headline's title case keeps the two apart.
func (p *proc) parentPrefixes() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.i == 0 || !p.joined(f.i) || p.toks[f.i].sentStart || p.headline(f.i) {
			continue
		}
		h := p.foundEnding(f.i)
		if h < 0 || h == g {
			continue
		}
		b := &p.found[h]
		if b.actor < 0 || b.typ != kOrganization || b.j-b.i > 4 || p.toks[b.j-1].poss || !p.acronymShaped(b.i, b.j) {
			continue
		}
		parent := p.s.actors[b.actor]
		if parent.Sector != "IGO" {
			continue
		}
		switch {
		case f.actor >= 0:
			if p.s.actors[f.actor].Parent != parent.ID {
				continue
			}
		case f.how != hName || f.joinTo >= 0:
			continue
		}
		b.dead = true
		for k := b.i; k < f.i; k++ {
			p.cover[k] = int32(g)
		}
		f.i = b.i
		if f.actor < 0 {
			f.key = p.fold(f.i, f.j)
		}
	}
}

// acronymShaped reports whether the tokens [i,j) write an acronym:
// capitals only, dotted or not ("UN", "U.N.", "AU").
func (p *proc) acronymShaped(i, j int) bool {
	n := 0
	for k := i; k < j; k++ {
		if k > i && p.toks[k].gap != gapNone {
			return false
		}
		w := p.word(k)
		for x := 0; x < len(w); x++ {
			switch c := w[x]; {
			case c >= 'A' && c <= 'Z':
				n++
			case c == '.':
			default:
				return false
			}
		}
	}
	return n >= 2
}
