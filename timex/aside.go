package timex

// figureAside reports whether tokens [from,to) open a verbless aside
// that gives a figure: "Inflation, at 9.9 percent in August, is
// forecast to peak": a preposition or "up"/"down" first, then a figure
// before the time expression at to. The figure was measured: the main
// clause's tense after the aside is not the time's.
func (p *parser) figureAside(from, to int) bool {
	if to-from > 8 || !p.isWord(from, "at", "up", "down", "from", "around", "near") {
		return false
	}
	for k := from + 1; k < to; k++ {
		if p.figureAt(k) {
			return true
		}
	}
	return false
}
