package timex

import (
	"strconv"
	"strings"
)

// possessiveYearOf returns the year of a month without a year at token
// start that tells more of an event the same sentence dated by a
// possessive year just before: "at next year's summit, which was moved
// from October to the following month" is October of next year, "last
// year's drought, which peaked in August" August of last year. The year
// must be the last expression before the month ([parser.lastYM] a bare
// year, no day told since), written "<year>'s" at most 20 tokens back,
// with a relative pronoun or a comma between it and the month and no
// sentence end.
func (p *parser) possessiveYearOf(start int) (int, bool) {
	e := p.lastYMEnd
	if len(p.lastYM) != 4 || e <= p.lastEnd || e >= start || start-e > 20 || !p.possessive(e-1) {
		return 0, false
	}
	if len(p.out) == 0 || p.out[len(p.out)-1].Value != p.lastYM {
		return 0, false // another expression came between
	}
	clause := false
	for k := e + 1; k < start; k++ {
		if p.t[k].nl() || p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) && !p.isPunct(k, ",") {
			return 0, false
		}
		if p.isPunct(k, ",") || p.isWord(k, "which", "that", "where", "when") {
			clause = true
		}
	}
	if !clause {
		return 0, false
	}
	y, err := strconv.Atoi(p.lastYM)
	return y, err == nil
}

// namedYearOf returns the year that "the year" at [start,end) ("at the
// start of the year", "for the year") stands for when the same sentence
// wrote a year just before it in a clause that is not future: "grew 1.4
// percent in 2009, far below the 6 percent forecast at the start of the
// year" told on Jan. 1, 2010 is 2009. The year must be written out and
// be the last expression before it ("two years ago" is no year the
// sentence is about), and no bound of its own ("since 2009"); "since
// the start of the year" counts to now and keeps the article's year.
func (p *parser) namedYearOf(start, end int) (int, bool) {
	e := p.lastYMEnd
	if !p.known || len(p.lastYM) != 4 || e <= p.lastEnd || e > start || start-e > 20 || p.isWord(start-1, "since") {
		return 0, false
	}
	if len(p.out) == 0 || p.out[len(p.out)-1].Value != p.lastYM || !strings.Contains(p.out[len(p.out)-1].Text, p.lastYM) || p.isWord(p.tokenFrom(p.out[len(p.out)-1].Span.Start)-1, "since", "until", "till", "from", "by", "before", "after") {
		return 0, false
	}
	for k := e; k < start; k++ {
		if p.t[k].nl() || p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) && !p.isPunct(k, ",") {
			return 0, false
		}
	}
	if p.tense(start, end) > 0 {
		return 0, false
	}
	y, err := strconv.Atoi(p.lastYM)
	return y, err == nil
}
