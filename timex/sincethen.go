package timex

// sinceThenPast resolves "then" at token i after "since" when the date
// just given lies after the article's date: "… seek a fifth term in the
// April 18 election. Every Friday since then, …" cannot count from a day
// still to come, so it counts from the last date given that is not
// after the article, when one was given within a few
// sentences; else "then" is no time.
func (p *parser) sinceThenPast(i int) (match, bool) {
	if p.lastPastAt == 0 || p.lastPastAt > i || i-p.lastPastAt >= 60 {
		return match{}, false
	}
	return match{start: i, end: i + 1, typ: TypeDate, val: fmtDay(p.lastPast), rel: "previous", day: p.lastPast, hasDay: true}, true
}
