package quote

// trailingMedium returns the end of a closing attribution without the
// medium adjunct that ends it at e (", the royal palace said in a
// statement", ", the ministry said during a news conference"): the
// preposition's token, or e when the words before e are no such
// adjunct. a bounds the search (QA17 Q-1).
func (f *finder) trailingMedium(a, e int) int {
	if e-3 <= a || f.t[e-1].kind != tWord || !mediumNouns.Has(f.t[e-1].w) {
		return e
	}
	for p := e - 3; p > a && p >= e-7; p-- {
		if f.isWord(p, "in") || f.isWord(p, "during") || f.isWord(p, "at") {
			if f.mediumEnd(p+1, e) == e {
				return p
			}
			return e
		}
	}
	return e
}
