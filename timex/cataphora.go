package timex

import "time"

// eventAfter returns the day of the dated event that a count of days or
// weeks at token end names after itself: "Russia annexed the peninsula
// two days later, after the March 16 vote", "… a week earlier, before
// the Jan. 5 ballot". The count runs from that day, not from the day
// told before. ok is false unless "after"/"following" (for a count
// later) or "before" (for a count earlier), an optional "the", and a
// month-and-day date follow the count, with at most a comma between.
func (p *parser) eventAfter(end, dir int) (time.Time, bool) {
	k := end
	if p.isPunct(k, ",") {
		k++
	}
	if dir > 0 && !p.isWord(k, "after", "following") || dir < 0 && !p.isWord(k, "before") {
		return time.Time{}, false
	}
	k++
	if p.isWord(k, "the") {
		k++
	}
	if !p.in(k, cMonth) {
		return time.Time{}, false
	}
	m, ok := p.monthExpr(k)
	if !ok || !m.hasDay || m.typ != TypeDate {
		return time.Time{}, false
	}
	return m.day, true
}
