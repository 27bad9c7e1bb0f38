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

// effectiveCue classifies "effective" at j for an expression at token
// at: a start ahead only when it governs the expression directly
// ("effective Friday", "effective from Monday", "effective on Jan. 1",
// "effective as of Monday"); the adjective of a noun elsewhere in the
// clause ("has been under effective house arrest since Friday") sets no
// tense (QA22 T-2).
func (p *parser) effectiveCue(j, at int) int {
	switch {
	case j+1 == at:
		return cueFuture
	case j+2 == at && p.isWord(j+1, "from", "on"):
		return cueFuture
	case j+3 == at && p.isWord(j+1, "as") && p.isWord(j+2, "of"):
		return cueFuture
	}
	return cueNone
}

// splitYearEnd returns the end of a split year written from the year y
// whose token ends before e: "2008/09", "2022/23", "2023-24",
// "2008/2009", a fiscal year, crop season or football season that
// starts in y and ends the year after (QA21 T-1). The expression covers
// the whole span and takes the first year's value, as "fiscal 2024"
// takes its year. It returns e when no such span follows: only the
// next year counts ("2008-12" is no season; "1990-95" a range).
func (p *parser) splitYearEnd(e, y int) int {
	if !p.isPunct(e, "/") && !p.isPunct(e, "-") || !p.attached(e) || !p.attached(e+1) {
		return e
	}
	n, digits, ok := p.numTok(e + 1)
	if !ok || !(digits == 2 && n == (y+1)%100 || digits == 4 && n == y+1) {
		return e
	}
	if c := p.nextChar(e + 1); isDigitOrLetter(c) || c == '/' || c == '-' && e+3 < len(p.t) && p.attached(e+2) && p.t[e+3].kind() == kNum {
		return e // "2008/09/15", "2008-09-15": a calendar date
	}
	return e + 2
}
