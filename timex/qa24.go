package timex

import "time"

// overnightEnd moves the end of a clock range that crosses midnight to
// the next day (QA24 T-4): in "a curfew from 10 p.m. to 5 a.m." the end
// at token i (after "to", "until", "till", a dash, or "and" after
// "between … ") is an a.m. hour
// earlier than the p.m. start just before it, so it falls on the day
// after the start's. m is the end's match, h its 24-hour hour; only a
// value whose day came from the context (no day written after the end)
// moves.
func (p *parser) overnightEnd(i int, m *match, h int) {
	if h >= 12 || m.typ != TypeTime || len(m.val) != 16 || m.val[10] != 'T' ||
		!(p.isWord(i-1, "to", "until", "till", "and") || p.isPunct(i-1, "-") || p.isPunct(i-1, "\u2013")) {
		return
	}
	if p.nextDay(m.end) != "" {
		return // "until 4 a.m. on Friday": the day written is the end's
	}
	for k := i - 2; k >= 1 && k >= i-6; k-- {
		if p.ampm(k) != 2 {
			continue
		}
		s := k - 1
		if p.isPunct(s-1, ":") && s >= 2 {
			s -= 2 // "10:30 p.m."
		}
		sh, dh, ok := p.numTok(s)
		if !ok || dh > 2 || sh < 1 || sh > 11 || p.isWord(i-1, "and") && !p.isWord(s-1, "between") {
			return
		}
		if sh+12 <= h {
			return
		}
		d, err := time.Parse("2006-01-02", m.val[:10])
		if err != nil {
			return
		}
		d = d.AddDate(0, 0, 1)
		m.val = fmtDay(d) + m.val[10:]
		if m.hasDay {
			m.day = d
		}
		return
	}
}
