package timex

// turnOfYear reads "the turn of the year" (i its first word, j the "the"
// after "of") as the start of the year whose first day is meant: in a
// past clause the one that opened the article's year; in a future
// clause the next one; with no tense, the one nearest the article date
// ("rebuilding begins at the turn of the year" told on Dec. 31 is the
// coming year, told in March the year just begun), as "the turn of the
// century" takes the nearest century.
func (p *parser) turnOfYear(i, j int) (match, bool) {
	if !p.known || !p.isWord(j-2, "turn") || !p.isWord(j, "the") || !p.isWord(j+1, "year") || p.isPunct(j+2, "-") || p.isPunct(j+2, "'") || p.isPunct(j+2, "\u2019") {
		return match{}, false
	}
	y := p.anchor.Year()
	if t := p.tense(i, j+2); t > 0 || t == 0 && p.anchor.Month() >= 7 {
		y++
	}
	return match{start: i, end: j + 2, typ: TypeDate, val: fmtYear(y), mod: "START", rel: "article"}, true
}

// thisTimeYear reads "this time last year" and "this time next year" (i
// at "this", j at "time") as the article's day a year back or ahead
// (Feb. 29 becomes Feb. 28), rather than the bare year of "last year".
func (p *parser) thisTimeYear(i, j int) (match, bool) {
	if !p.known || !p.isWord(i, "this") || !p.isWord(j, "time") || !p.isWord(j+1, "last", "next") || !p.isWord(j+2, "year") || p.isPunct(j+3, "'") || p.isPunct(j+3, "\u2019") {
		return match{}, false
	}
	n := -1
	if p.word(j+1) == "next" {
		n = 1
	}
	t := shift(p.anchor, n, "Y")
	return match{start: i, end: j + 3, typ: TypeDate, val: fmtDay(t), rel: "article"}, true // no narrative day: later days do not count from it
}
