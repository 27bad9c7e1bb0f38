package timex

import (
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Ranges: the two ends of an explicit time range, a clock range past
// midnight, a split year, and a date moved "from" one day to another.

// splitYearEnd returns the end of a split year written from the year y
// whose token ends before e: "2008/09", "2022/23", "2023-24",
// "2008/2009", a fiscal year, crop season or football season that
// starts in y and ends the year after. The expression covers
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

// shortRangeEnd reads the two digits n at token i that end a range of
// years written short after its first year: the "53" of "the 1950-53
// Korean War" is 1953, as the "2011" of "2003-2011" is a year of its
// own. The first year (1900 to 2099) must touch the dash and the dash
// the digits; a split year ("2008-09", the next year: a season, a
// fiscal year, "the winter of 2008-09") is its first year's (see
// splitYearEnd), and a numeric date ("2008-12-05") or a longer run of
// numbers ("1-1950-53") is no range.
func (p *parser) shortRangeEnd(i, n int) (match, bool) {
	if i < 2 || !(p.isPunct(i-1, "-") || p.isPunct(i-1, "\u2013")) || !p.attached(i-1) || !p.attached(i) {
		return match{}, false
	}
	a, da, ok := p.numTok(i - 2)
	if !ok || da != 4 || a < 1900 || a > 2099 || n <= a%100+1 || i >= 3 && p.attached(i-2) && (p.t[i-3].kind() == kNum || p.isPunct(i-3, "-") || p.isPunct(i-3, "/") || p.isPunct(i-3, ".")) {
		return match{}, false
	}
	if c := p.nextChar(i); isDigitOrLetter(c) || c == '-' || c == '/' || c == '.' && i+2 < len(p.t) && p.attached(i+1) && p.t[i+2].kind() == kNum {
		return match{}, false
	}
	return match{start: i, end: i + 1, typ: TypeDate, val: fmtYear(a - a%100 + n)}, true
}

// overnightEnd moves the end of a clock range that crosses midnight to
// the next day: in "a curfew from 10 p.m. to 5 a.m." the end
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

// rangeEnds sets End on the first of two times of one type that an
// explicit range joins: "from May 24 to May 26", "from 1998
// until 2000", "from Monday through Wednesday", "between 2020 and 2023",
// "2020–2023". A move ("postponed the vote from May 24 to May 26",
// "extended the deadline from June to July") joins no range, nor does an
// end before its start.
func rangeEnds(text string, ts []doc.Time) {
	for i := 0; i+1 < len(ts); i++ {
		a, b := &ts[i], &ts[i+1]
		if a.Type != b.Type || a.Type != TypeDate && a.Type != TypeTime || a.Value == "" || b.Value == "" || a.Value[0] == 'X' || b.Value[0] == 'X' {
			continue
		}
		if b.Span.Start-a.Span.End > 10 || b.Span.Start < a.Span.End {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(text[a.Span.End:b.Span.Start]))
		if !rangeJoiners[gap] {
			continue // most neighbours: "on Monday, May 24", "2020 election"
		}
		before := strings.ToLower(text[max(0, a.Span.Start-60):a.Span.Start])
		fields := strings.Fields(before)
		opener := ""
		if len(fields) > 0 {
			opener = fields[len(fields)-1]
		}
		switch gap {
		case "and":
			if opener != "between" {
				continue
			}
		case "to", "until", "till", "through", "thru":
			if opener != "from" && opener != "between" {
				continue
			}
		case "-", "\u2013":
		default:
			continue
		}
		if opener == "from" && movedFrom(fields[:len(fields)-1]) {
			continue
		}
		if len(a.Value) == len(b.Value) && a.Value >= b.Value {
			continue
		}
		if i+2 < len(ts) && ts[i+2].Span.Start-b.Span.End == 1 && text[b.Span.End] == '-' {
			i += 2 // "December-January-February": a list of months, no range
			continue
		}
		a.End = b.Value
	}
}

// movedFrom reports whether the words before "from" name a move of a
// date rather than a span: a verb or noun of postponing, bringing
// forward, extending or changing within the last few words.
func movedFrom(words []string) bool {
	for k := len(words) - 1; k >= 0 && k >= len(words)-6; k-- {
		w := words[k]
		for _, stem := range moveStems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}

// moveStems begin the words that move a date ("postponed", "delayed",
// "moved", "rescheduled", "pushed back", "brought forward", "extended",
// "shifted", "changed").
var moveStems = []string{"postpon", "delay", "mov", "reschedul", "push", "brought", "bring", "extend", "shift", "chang", "advanc", "deferr", "defer"}

// rangeJoiners join the two ends of a range.
var rangeJoiners = map[string]bool{"and": true, "to": true, "until": true, "till": true, "through": true, "thru": true, "-": true, "\u2013": true}
