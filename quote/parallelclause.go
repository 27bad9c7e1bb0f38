package quote

// parallelClause reports whether the person named at token m and the
// pronoun at token p each open a clause after the same subordinator
// ("after Ibn Auf stepped down, a day after he had announced …"): the
// pronoun then goes on from that clause's subject, not from the
// sentence's.
func (f *finder) parallelClause(m, p int) bool {
	if m <= 0 || p <= 0 || m >= p || f.t[p-1].kind != tWord || f.t[m-1].kind != tWord {
		return false
	}
	w := f.t[p-1].w
	return w == f.t[m-1].w && adverbialOpeners.Has(w)
}
