package timex

// militaryHours reports whether the number at token i and "hours" after
// it are a clock time of the 24-hour day ("at 1400 hours", "0215 hours"):
// four digits that read as hours and minutes, written with a leading zero
// or after a preposition of a point in time, and not an amount ("1200
// hours of footage", "about 1500 hours later").
func (p *parser) militaryHours(i int) bool {
	if uint(i) >= uint(len(p.t)) || p.t[i].kind() != kNum || p.t[i].e-p.t[i].s != 4 || !p.isWord(i+1, "hours", "hrs") {
		return false
	}
	h, _, ok := p.numTok(i)
	if !ok || h/100 > 23 || h%100 > 59 || !p.attachedNum(i) || p.isWord(i+2, "of", "a", "per", "later", "earlier", "ago", "after", "before") {
		return false
	}
	return p.text[p.t[i].s] == '0' || p.isWord(i-1, "at", "by", "until", "till", "from", "before", "after", "since", "to")
}
