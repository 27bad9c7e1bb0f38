package timex

// todayDateline reports whether the day the text told last is the
// article date itself, given by a dateline on the text's first line
// ("HONG KONG, July 2 (Reuters) - Police cleared the legislature shortly
// after midnight" in the July 2 paper): that day is no narrative day of
// its own, so a clock time after it counts as one on the article date.
func (p *parser) todayDateline() bool {
	if !p.known || !p.lastOK || len(p.out) != 1 || !p.last.Equal(p.anchor) || p.out[0].Span.Start > 120 {
		return false
	}
	for k := 0; k < p.lastEnd && k < len(p.t); k++ {
		if k > 0 && p.t[k].nl() {
			return false
		}
	}
	return true
}
