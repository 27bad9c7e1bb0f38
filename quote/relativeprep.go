package quote

// relativePrepStart returns where a relative clause that ends a title
// begins when the clause opens at token e with a preposition before
// its pronoun ("leader of the Congo River Alliance to which M23
// belongs", "head of a coalition of which it is part"): the
// preposition at e-1 belongs to the clause, not to the title. Tokens
// before a stay in the title; otherwise e is returned unchanged.
func (f *finder) relativePrepStart(a, e int) int {
	if e-1 <= a || e >= len(f.t) || !f.isWord(e, "which") && !f.isWord(e, "whom") && !f.isWord(e, "whose") {
		return e
	}
	p := &f.t[e-1]
	if p.kind != tWord || p.upper {
		return e
	}
	switch p.w {
	case "to", "of", "in", "for", "with", "by", "from", "on", "at", "under", "among", "through":
		return e - 1
	}
	return e
}
