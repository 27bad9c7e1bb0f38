package timex

import "time"

// A holiday is a named day: fixed (month, day) or computed per year.
type holiday struct {
	month, day int
	on         func(y int) time.Time // movable feasts; nil for fixed days
}

// holidays are keyed by their first word (lower case); the words that
// must follow are in holidayRest.
var holidays = map[string]holiday{
	"christmas":       {12, 25, nil},
	"christmas eve":   {12, 24, nil},
	"new year's day":  {1, 1, nil},
	"new year's eve":  {12, 31, nil},
	"halloween":       {10, 31, nil},
	"may day":         {5, 1, nil},
	"boxing day":      {12, 26, nil},
	"valentine's day": {2, 14, nil},
	"thanksgiving":    {11, 0, func(y int) time.Time { return nthWeekday(y, 11, 4, 4) }},
	"easter":          {4, 0, easter},
	"good friday":     {4, 0, func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }},
	"election day":    {11, 0, func(y int) time.Time { return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1) }},
	// the Julian-calendar Christmas of the Orthodox churches (Russia,
	// Serbia, Georgia, Ethiopia …), on the Gregorian Jan. 7
	"orthodox christmas":     {1, 7, nil},
	"orthodox christmas eve": {1, 6, nil},
	// the spring new year of Iran, Central Asia and the Caucasus, kept on
	// March 21 (the day of the UN's observance; Iran's falls on the
	// equinox, March 20 or 21)
	"nowruz": {3, 21, nil},
}

// in returns the holiday's day in year y.
func (h holiday) in(y int) time.Time {
	if h.on != nil {
		return h.on(y)
	}
	return day(y, time.Month(h.month), max(h.day, 1))
}

// nthWeekday returns the n-th ISO weekday wd of month m in year y.
func nthWeekday(y, m, wd, n int) time.Time {
	t := day(y, time.Month(m), 1)
	t = weekdayOnOrAfter(t, wd, false)
	return t.AddDate(0, 0, 7*(n-1))
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}

// holidayExpr: "Christmas", "Christmas Eve", "New Year's Day",
// "Thanksgiving (Day)", "Easter (Sunday)", "Election Day", optionally
// followed by a year.
func (p *parser) holidayExpr(i int) (match, bool) {
	if i >= len(p.t) || !p.t[i].upper() {
		return match{}, false
	}
	w := p.word(i)
	key, end := "", i+1
	week := false // "Easter week", "Christmas week": the ISO week of the day
	switch w {
	case "christmas":
		key = "christmas"
		if p.isWord(i+1, "week") {
			end, week = i+2, true
		} else if p.isWord(i+1, "eve") {
			key, end = "christmas eve", i+2
		} else if p.isWord(i+1, "day") {
			end = i + 2
		}
	case "new":
		if p.isWord(i+1, "year") && (p.isPunct(i+2, "'") || p.isPunct(i+2, "\u2019")) && p.isWord(i+3, "s") && p.isWord(i+4, "day", "eve") {
			key, end = "new year's "+p.word(i+4), i+5
		} else if p.isWord(i+1, "year") && p.t[i+1].upper() && p.isWord(i+2, "holiday") {
			key, end = "new year's day", i+3 // "after the New Year holiday": the day
		}
	case "valentine":
		if (p.isPunct(i+1, "'") || p.isPunct(i+1, "\u2019")) && p.isWord(i+2, "s") && p.isWord(i+3, "day") {
			key, end = "valentine's day", i+4
		}
	case "halloween":
		key = "halloween"
	case "orthodox":
		if p.isWord(i+1, "christmas") {
			key, end = "orthodox christmas", i+2
			if p.isWord(i+2, "eve") {
				key, end = "orthodox christmas eve", i+3
			} else if p.isWord(i+2, "day") {
				end = i + 3
			}
		}
	case "nowruz", "novruz", "navruz", "nauryz", "nooruz", "norooz":
		key = "nowruz" // the spellings of Persian, Azerbaijani, Uzbek, Kazakh, Kyrgyz news
	case "may", "boxing":
		if p.isWord(i+1, "day") && p.t[i+1].upper() {
			key, end = w+" day", i+2 // "May Day", "Boxing Day"
		}
	case "thanksgiving":
		key = "thanksgiving"
		if p.isWord(i+1, "week") {
			end, week = i+2, true
		} else if p.isWord(i+1, "day") {
			end = i + 2
		}
	case "easter":
		key = "easter"
		if p.isWord(i+1, "sunday") {
			end = i + 2
		} else if p.isWord(i+1, "week") {
			end, week = i+2, true // Holy Week, which ends on Easter Sunday
		} else if p.isWord(i+1, "holiday", "holidays", "monday") {
			return match{}, false
		}
	case "good":
		if p.isWord(i+1, "friday") {
			key, end = "good friday", i+2
		}
	case "ramadan":
		return p.ramadan(i)
	case "election":
		if p.isWord(i+1, "day") && p.t[i+1].upper() {
			key, end = "election day", i+2
		}
	}
	if key == "" {
		return match{}, false // most capitalised words: no lookup
	}
	h, ok := holidays[key]
	if !ok {
		return match{}, false
	}
	m := match{start: i, end: end, typ: TypeDate}
	y := 0
	k := end
	if p.isPunct(k, ",") {
		k++
	}
	if yy, e, ok := p.yearNum(k); ok {
		y, m.end = yy, e
	} else if p.known {
		m.rel = "article"
		y = resolveYear(p.anchor, h.month, max(h.day, 1), p.future(i))
		if t := h.in(y); t.After(p.anchor) && p.pastAhead(i, end, y, int(t.Month()), t.Day()) {
			y-- // "The attack happened on Halloween", told in August: the last one
		}
	}
	if y == 0 {
		if week {
			m.val = "XXXX-WXX"
			return m, true
		}
		if h.on != nil {
			m.val = "XXXX-XX-XX"
		} else {
			m.val = "XXXX-" + pad2(h.month) + "-" + pad2(h.day)
		}
		return m, true
	}
	t := h.in(y)
	if week {
		m.val = fmtWeek(t)
		return m, true
	}
	m.val, m.day, m.hasDay = fmtDay(t), t, true
	return m, true
}

// datedName reports whether m, a day of a month after "the", opens the
// name of a place, a group or an event named after that day: a
// capitalised head noun follows it (also after a possessive: "Lebanon's
// March 14 Alliance"), directly or after one more
// capitalised word ("the May 13 Square", "the July 26 Movement", "the
// 6th of October Bridge", "the April 6 Youth Movement"). The name is no
// time.
func (p *parser) datedName(m match) bool {
	if !m.hasDay || !(p.isWord(m.start, "the") || p.isWord(m.start-1, "the") || p.afterPossessive(m.start)) {
		return false
	}
	month := false // a calendar day: a month's name in it, not "the same day"
	for k := m.start; k < m.end; k++ {
		month = month || p.isMonthWord(k)
	}
	if !month {
		return false
	}
	for n := m.end; n < len(p.t) && n <= m.end+1; n++ {
		t := &p.t[n]
		if t.kind() != kWord || !t.upper() || !t.gap() || t.nl() {
			return false
		}
		if datedNameHeads[p.low[t.s:t.e]] {
			return !p.isWord(n+1, "of") // not "the May 9 City of Athens elections"
		}
	}
	return false
}

// datedNameHeads are the head nouns of names made from a date.
var datedNameHeads = map[string]bool{
	"square": true, "street": true, "avenue": true, "road": true, "boulevard": true, "bridge": true,
	"stadium": true, "park": true, "plaza": true, "airport": true, "station": true, "university": true,
	"hospital": true, "movement": true, "brigade": true, "brigades": true, "alliance": true,
	"coalition": true, "front": true, "group": true, "camp": true,
}

// afterPossessive reports whether the text before token i ends in a
// possessive "'s" (or "’s") and a space.
func (p *parser) afterPossessive(i int) bool {
	s := int(p.t[i].s)
	return s >= 3 && p.low[s-1] == ' ' && p.low[s-2] == 's' && (p.low[s-3] == '\'' || s >= 5 && p.low[s-5:s-2] == "\u2019")
}

// newYear: "in the new year", "into the New Year", "until the new
// year" — the year after the article's when it is written from October
// on, else the article's year (DATE YYYY); the holiday ("the New
// Year's Day", "the new year holiday") is not read here.
func (p *parser) newYear(i int) (match, bool) {
	if !p.known || !p.isWord(i-1, "the") || !p.isWord(i+1, "year") || !p.isWord(i-2, "in", "into", "until", "till", "after") ||
		p.isPunct(i+2, "'") || p.isPunct(i+2, "\u2019") || p.isWord(i+2, "holiday", "holidays", "celebrations", "festivities", "eve", "day", "party", "parties", "break", "message", "speech", "address", "honours") {
		return match{}, false
	}
	y := p.anchor.Year()
	if p.anchor.Month() >= time.October {
		y++
	}
	return match{start: i - 1, end: i + 2, typ: TypeDate, val: fmtYear(y), rel: "article"}, true
}
