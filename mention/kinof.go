package mention

// kinObject reports whether found g, a person, is named as the relative
// another person is described by: the object of "the daughter of
// [President] X" or "the widow of X". The relative is background to the
// story; the person it describes is its subject.
func (p *proc) kinObject(g int) bool {
	k := p.found[g].i - 1
	for n := 0; k >= 0 && n < 4 && (p.tcover[k] >= 0 || kinTitleModifier(p.lower(k))); n++ {
		k-- // "the daughter of (outgoing) President Rodrigo Duterte": past the title
	}
	if k < 1 || !p.is(k, p.s.w.of) {
		return false
	}
	return kinNoun(p.lower(k - 1))
}

// namedOnlyAsKin reports whether every full-name mention of KB person a
// is a kinObject, and there is at least one.
func (p *proc) namedOnlyAsKin(a int32) bool {
	n := 0
	for k := range p.found {
		g := &p.found[k]
		if g.dead || g.actor != a || g.j-g.i < 2 || g.typ != kPerson {
			continue
		}
		if !p.kinObject(k) {
			return false
		}
		n++
	}
	return n > 0
}

// kinNamesake picks, for a short form (words, found g) that ends the
// full names of several persons the article names, the one person not
// named only as another's relative ("Bush" after "George W. Bush, the
// son of President George H. W. Bush"): the relative is background, and
// a bare surname later in the story is its subject. It returns that
// person's found, or -1 when none or several remain.
func (p *proc) kinNamesake(people []personWords, g int, words []string) int {
	best, bestRoot := -1, -1
	kin := false
	for _, pe := range people {
		if pe.found == g || len(pe.words) <= len(words) || !suffix(pe.words, words) {
			continue
		}
		if p.kinObject(pe.found) {
			kin = true
			continue
		}
		r := p.root(pe.found)
		if best >= 0 && r != bestRoot && !(p.found[r].actor >= 0 && p.found[r].actor == p.found[bestRoot].actor) {
			return -1 // two persons named as themselves
		}
		if best < 0 {
			best, bestRoot = pe.found, r
		}
	}
	if !kin {
		return -1
	}
	return best
}

// kinTitleModifier reports whether w, lower case, modifies a relative's
// title ("the son of the late President X", "of outgoing President X").
func kinTitleModifier(w string) bool {
	switch w {
	case "the", "late", "former", "outgoing", "then", "current", "incumbent", "ousted", "slain", "jailed", "exiled", "deposed":
		return true
	}
	return false
}
