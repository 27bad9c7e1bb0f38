package mention

// knownAs reads a name the article gives as another name of something it
// has just named ("Adilson Tavares Varela, commonly known as Cabral",
// "Mohamed Hamdan Dagalo, known as Hemedti", "the county of
// Lincolnshire, known as Asebi"). The name after ", (also|commonly|better
// …) known as" takes the type of the name before the comma and joins its
// entity, and so do its later repeats that no cue typed ("Cabral also
// holds …"). A name the KB links keeps its own entity.
func (p *proc) knownAs() {
	type named struct {
		typ   string
		owner int // the found the alias names
	}
	var aliasOf map[string]named
	for g := range p.found {
		f := &p.found[g]
		if f.how != HowName || f.joinTo >= 0 || f.actor >= 0 || f.i < 2 || p.headline(f.i) {
			continue
		}
		if !f.dead && f.typ == "" {
			continue
		}
		k := f.i - 1
		if k < 3 || p.word(k) != "as" || p.word(k-1) != "known" {
			continue
		}
		k -= 2
		switch p.word(k) {
		case "also", "commonly", "better", "locally", "popularly", "simply", "formerly", "now", "widely":
			k--
		}
		if !p.is(k, p.s.w.comma) {
			continue
		}
		// the thing named: the typed name right before the comma
		c := p.foundEnding(k)
		if c < 0 || p.found[c].how == HowDemonym || p.found[c].typ == "" {
			continue
		}
		if !f.dead && f.typ != p.found[c].typ {
			continue // typed otherwise by a stronger cue
		}
		if aliasOf == nil {
			aliasOf = map[string]named{}
		}
		aliasOf[f.key] = named{p.found[c].typ, p.root(c)}
	}
	if aliasOf == nil {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		a, ok := aliasOf[f.key]
		if !ok || f.how != HowName || f.actor >= 0 || f.joinTo >= 0 || g == a.owner {
			continue
		}
		if f.dead {
			if f.typ != "" {
				continue
			}
			free := true
			for k := f.i; k < f.j; k++ {
				free = free && p.cover[k] < 0
			}
			if !free {
				continue
			}
			f.typ, f.dead = a.typ, false
			for k := f.i; k < f.j; k++ {
				p.cover[k] = int32(g)
			}
		} else if f.typ != a.typ {
			continue
		}
		f.joinTo = a.owner
	}
}
