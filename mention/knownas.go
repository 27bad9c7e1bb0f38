package mention

// knownAs types a name the article gives as another name of something it
// has just named ("Adilson Tavares Varela, commonly known as Cabral", "the
// county of Lincolnshire, known as Asebi") like that thing: the name
// after ", (also|commonly|better …) known as" takes the type of the name
// before the comma, and so do its later repeats that no cue typed
// ("Cabral also holds …").
func (p *proc) knownAs() {
	var typeOf map[string]string
	for g := range p.found {
		f := &p.found[g]
		if !f.dead || f.typ != "" || f.how != HowName || f.joinTo >= 0 || f.i < 2 || p.headline(f.i) {
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
		typ := ""
		if c := p.foundEnding(k); c >= 0 && p.found[c].how != HowDemonym {
			typ = p.found[c].typ
		}
		if typ == "" {
			continue
		}
		if typeOf == nil {
			typeOf = map[string]string{}
		}
		typeOf[f.key] = typ
	}
	if typeOf == nil {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		t, ok := typeOf[f.key]
		if !ok || !f.dead || f.typ != "" || f.how != HowName {
			continue
		}
		free := true
		for k := f.i; k < f.j; k++ {
			free = free && p.cover[k] < 0
		}
		if !free {
			continue
		}
		f.typ, f.dead = t, false
		for k := f.i; k < f.j; k++ {
			p.cover[k] = int32(g)
		}
	}
}
