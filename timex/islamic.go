package timex

import "time"

// The month of Ramadan, dated by the tabular Islamic calendar (the
// arithmetic calendar of 30-year cycles). Sighting of the new moon moves
// the observed first day by a day or so from the tabular one, which
// does not change the month Ramadan is given as.

// hijraEpoch is 1 Muharram of the year 1 AH in the civil reckoning
// (16 July 622 Julian), as a proleptic Gregorian day.
var hijraEpoch = day(622, time.July, 19)

// islamicMonthStart returns the first day of month m (1-12) of the
// Islamic year h in the tabular calendar: 354 days a year, 11 leap days
// in 30 years, months of 30 and 29 days in turn.
func islamicMonthStart(h, m int) time.Time {
	return hijraEpoch.AddDate(0, 0, 354*(h-1)+(3+11*h)/30+(59*(m-1)+1)/2)
}

// ramadanOf returns the first day of the Ramadan that begins in
// Gregorian year y (the first, in the years that hold two).
func ramadanOf(y int) time.Time {
	h := (y-622)*33/32 - 2
	for ; ; h++ {
		if s := islamicMonthStart(h, 9); s.Year() >= y {
			return s
		}
	}
}

// ramadanMonth is the TIMEX3 value of the Ramadan that begins on s: the
// Gregorian month holding most of its 30 days.
func ramadanMonth(s time.Time) string {
	y, m := s.Year(), s.Month()
	if daysIn(y, m)-s.Day()+1 < 15 {
		next := s.AddDate(0, 1, 1-s.Day())
		y, m = next.Year(), next.Month()
	}
	return fmtMonth(y, int(m))
}

// ramadan: "during Ramadan", "the holy month of Ramadan", "before
// Ramadan 2019", "last Ramadan" — the Gregorian month holding most of
// the fast (DATE YYYY-MM). With no year it is the fast under way at the
// article date, else the last one, or the next in a future clause,
// after "next"/"coming", when it begins within three weeks, or within
// two months after "ahead of", "before" and the like. A capitalised word before or after it makes it
// part of a name ("Tariq Ramadan", "Ramadan Shallah"), and so does a
// sentence start ("Ramadan said"), unless a determiner or preposition
// opens it ("Last Ramadan", "During Ramadan"): no time.
func (p *parser) ramadan(i int) (match, bool) {
	if i == 0 || p.t[i-1].kind() != kWord || (p.t[i-1].upper() || p.boundary(i-1)) && !p.isWord(i-1, "last", "next", "this", "during", "since", "until", "before", "after") {
		return match{}, false
	}
	if n := i + 1; n < len(p.t) && p.t[n].kind() == kWord && p.t[n].upper() && !p.t[n].nl() {
		return match{}, false
	}
	m := match{start: i, end: i + 1, typ: TypeDate}
	if y, e, ok := p.yearNum(i + 1); ok {
		m.val, m.end = ramadanMonth(ramadanOf(y)), e
		return m, true
	}
	if !p.known {
		return match{}, false
	}
	m.rel = "article"
	// h: the Islamic year of the last fast begun on or before the
	// article date
	h := (p.anchor.Year()-622)*33/32 - 2
	for !islamicMonthStart(h+1, 9).After(p.anchor) {
		h++
	}
	ongoing := p.anchor.Before(islamicMonthStart(h, 10))
	ahead := int(islamicMonthStart(h+1, 9).Sub(p.anchor).Hours() / 24) // days to the next fast
	switch {
	case p.isWord(i-1, "last", "past", "previous"):
		if ongoing {
			h--
		}
	case p.isWord(i-1, "next", "coming") || !ongoing && (p.future(i) || ahead <= 21 || ahead <= 60 && p.beforeOccasion(i)):
		// the next fast, also in a past clause when it is at most
		// three weeks ahead ("pardoned 870 prisoners ahead of Ramadan",
		// as days a few weeks ahead stay ahead) or two months ahead
		// after "ahead of", "before", "until", "the eve of", "the
		// run-up to"
		h++
	}
	s := islamicMonthStart(h, 9)
	m.val = ramadanMonth(s)
	return m, true
}

// daysIn returns the number of days of month m of year y.
func daysIn(y int, m time.Month) int { return day(y, m+1, 0).Day() }

// beforeOccasion reports whether the occasion named at token i is
// what something precedes: "ahead of Ramadan", "before Ramadan", "until
// Ramadan", "on the eve of Ramadan", "in the run-up to Ramadan".
func (p *parser) beforeOccasion(i int) bool {
	return p.isWord(i-1, "before", "until", "till") ||
		p.isWord(i-1, "of") && p.isWord(i-2, "ahead", "eve") ||
		p.isWord(i-1, "to") && p.isWord(i-2, "up", "run-up", "lead-up")
}
