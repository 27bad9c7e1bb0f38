package quote

// restrictiveTitle finds the title of a name set off at comma c after
// the description [start,c) when that description is a relative clause
// with no comma before it ("a neighbour who gave only his first name,
// Jean, said", "a woman who would give only her first name, Yanelis,"):
// the clause tells how the source spoke; the noun phrase before "who"
// is the title when its head is an office or a trade ("a farmer who
// …"), and there is none for "a neighbour" or "a woman". It returns the
// title's bounds (empty for none), or start and c unchanged.
func (f *finder) restrictiveTitle(start, c, lo int) (int, int) {
	r := start - 1
	if r-1 <= lo || !f.isWord(r, "who") && !f.isWord(r, "which") || f.t[r-1].kind != tWord || f.t[r-1].upper || boundaryWords.Has(f.t[r-1].w) {
		return start, c
	}
	h := &f.t[r-1]
	if h.w == "man" || h.w == "woman" || h.w == "person" || !isTitleWord(h.w) && !personNoun(h.w) {
		return r, r // "a neighbour who …", "a woman who …": no office or trade, no title
	}
	if s := f.npStart(r, lo); s < r {
		return s, r
	}
	return start, c
}

// officeBeforeGloss finds the title of a name set off at comma c when
// the description [start,c) before it glosses a body named in an office
// before it ("The chairman of the Jokargy Kenes, the Karakalpak
// parliament, Murat Kamalov, said"): the gloss has no office or person
// noun for its head words, the phrase before its comma holds an office; that phrase is
// the title. It returns the title's bounds, or start and c unchanged.
func (f *finder) officeBeforeGloss(start, c, lo int) (int, int) {
	if start-1 <= lo || f.t[start-1].w != "," || !f.isWord(start, "the") && !f.isWord(start, "a") && !f.isWord(start, "an") {
		return start, c
	}
	for i := start + 1; i < c; i++ {
		if t := &f.t[i]; t.kind == tWord && (titleHeads.Has(t.w) || personNoun(t.w)) {
			return start, c
		}
	}
	pc := start - 1
	ps := f.npStart(pc, lo)
	if ps >= pc || f.t[ps].upper && !f.isWord(ps, "the") {
		return start, c // "Kenya's Jokargy …": an earlier name, no office
	}
	for i := ps; i < pc; i++ {
		if t := &f.t[i]; t.kind == tWord && titleHeads.Has(t.w) {
			return ps, pc
		}
	}
	return start, c
}
