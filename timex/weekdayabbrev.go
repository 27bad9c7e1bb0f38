package timex

// Abbreviated weekdays of wire copy: "on Tues.", "Mon. (Jan. 4)".

// weekdayAbbrevs maps the abbreviations of weekday names news style
// books use to ISO numbers (Monday = 1).
var weekdayAbbrevs = map[string]int{
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "weds": 3, "thu": 4, "thur": 4, "thurs": 4,
	"fri": 5, "sat": 6, "sun": 7,
}

// weekdayAbbrevAt returns the weekday an abbreviation at token i names:
// a capitalised abbreviation with its period attached, not part of a
// name ("The Sun.", "the Baltimore Sun.", "Sun Microsystems"): after a
// capitalised word only when that word is a preposition or determiner
// opening a sentence ("By Mon. the deal was done").
func (p *parser) weekdayAbbrevAt(i int) (int, bool) {
	if uint(i) >= uint(len(p.t)) || p.t[i].kind() != kWord || !p.t[i].upper() || !p.isPunct(i+1, ".") || !p.attached(i+1) {
		return 0, false
	}
	wd, ok := weekdayAbbrevs[p.word(i)]
	if !ok || i > 0 && !p.t[i].nl() && (p.isWord(i-1, "the", "a") || p.t[i-1].kind() == kWord && p.t[i-1].upper() &&
		!p.isWord(i-1, "on", "by", "until", "till", "since", "from", "before", "after", "through", "last", "next", "this", "late", "early")) {
		return 0, false
	}
	return wd, true
}

// weekdayNum returns the ISO number of the weekday at token i, written
// out or abbreviated (see weekdayAt); 0 if there is none.
func (p *parser) weekdayNum(i int) int {
	if wd, ok := get(p.in(i, cWeekday), weekdays, p.word(i)); ok {
		return wd
	}
	wd, _ := p.weekdayAbbrevAt(i)
	return wd
}

// bracketedDay reads a day of the month in brackets at token k, after a
// weekday wd ("Monday (Dec. 16)", "Mon. (Jan. 4)", "Monday (16 December)"): the date when it
// falls on that weekday.
func (p *parser) bracketedDay(k, wd int) (match, bool) {
	if !p.known || !p.isPunct(k, "(") || k+1 >= len(p.t) {
		return match{}, false
	}
	var d match
	ok := false
	if p.in(k+1, cMonth) {
		d, ok = p.monthExpr(k + 1)
	} else if p.t[k+1].kind() == kNum {
		d, ok = p.dayMonth(k + 1) // "Monday (16 December)"
	}
	if !ok || !d.hasDay || !p.isPunct(d.end, ")") || isoWeekday(d.day) != wd {
		return match{}, false
	}
	return d, true
}
