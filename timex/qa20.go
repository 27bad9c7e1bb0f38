package timex

// followingDayNoDay reads "the following day", "the next day" (one day
// after; the expression's tokens are [i,end), its adjective at j and
// the unit's code code) when the text has named no day
// to count from: after a month ("filed a challenge in mid-January. The
// court ruled the following day") it is a day of that month, given at
// the month's precision; in a past-tense clause with only the article's
// date to count from it is no day after the article (that day is still
// ahead of the writer), so it stays an unresolved day. It reports false
// when a day was named (fromRef counts from it) or when the clause is
// not in the past ("will respond the following day" counts from the
// article date, as before) (QA20 T-1).
func (p *parser) followingDayNoDay(i, j, end int, code string) (match, bool) {
	if code != "D" || end != j+2 || p.lastOK && i-p.lastEnd < 200 {
		return match{}, false // a day to count from
	}
	if len(p.lastYM) == 7 && p.lastYMEnd <= i && i-p.lastYMEnd < 200 {
		return match{start: i, end: end, typ: TypeDate, val: p.lastYM, rel: "previous"}, true
	}
	if p.known && p.tense(i, end) < 0 {
		return match{start: i, end: end, typ: TypeDate, val: "XXXX-XX-XX"}, true
	}
	return match{}, false
}
