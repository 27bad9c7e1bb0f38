package mention

// selfStyled reports whether the title modifier at k is the participle
// of "self-proclaimed" or "self-declared" (also written "self
// proclaimed"): the writer reports a claim to the office, not a holder
// of it ("Venezuela's self-declared president Juan Guaidó").
func (p *proc) selfStyled(k int) bool {
	if w := p.lower(k); w != "proclaimed" && w != "declared" || k == 0 {
		return false
	}
	s := k - 1
	if p.word(s) == "-" && s > 0 {
		s--
	}
	return p.lower(s) == "self"
}
