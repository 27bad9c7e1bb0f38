package mention

// coordGiven reports whether the one-word name over [i,j) is joined by
// "and" or "or" to a person's name or to a given name written alone
// ("Karim and Sadiq", "Sadiq or Karim"): a name coordinated with a
// person's is a person's too. A name the KB or a cue typed otherwise
// ("Jordan and Karim": the country) does not count, nor do names where
// places stand ("in Hamilton and Middletown") or before a plural place
// noun ("Douglas and Wyandotte counties").
func (p *proc) coordGiven(i, j int) bool {
	conj := func(k int) bool {
		return k > 0 && k < len(p.toks)-1 && p.toks[k].sent == p.toks[i].sent && (p.is(k, p.s.w.and) || p.is(k, p.s.w.or))
	}
	personAt := func(k int) bool {
		if k < 0 || k >= len(p.toks) || p.toks[k].sent != p.toks[i].sent || !p.toks[k].cap() {
			return false
		}
		if h := p.cover[k]; h >= 0 {
			f := &p.found[h]
			return !f.dead && f.typ == kPerson && (f.actor >= 0 || f.j-f.i == 1) // a KB person, or a name alone; not a guessed full name ("Sunny Bower")
		}
		return p.has(k, fGiven)
	}
	switch {
	case conj(i-1) && personAt(i-2):
		return !p.placeContext(i-2, i-1) && !placePlural(p, j)
	case conj(j) && personAt(j+1):
		return !p.placeContext(i, j) && !placePlural(p, j+2)
	}
	return false
}

// placePlural reports whether token k is a plural place noun after a
// coordination of names: "Douglas and Wyandotte counties" are places.
func placePlural(p *proc, k int) bool {
	if k >= len(p.toks) || p.toks[k].shape&shLower == 0 {
		return false
	}
	switch p.word(k) {
	case "counties", "streets", "roads", "avenues", "districts", "provinces", "states", "towns",
		"townships", "villages", "cities", "rivers", "islands", "regions", "parishes", "boroughs", "lakes":
		return true
	}
	return false
}
