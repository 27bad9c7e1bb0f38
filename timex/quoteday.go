package timex

import "time"

// quoteReach bounds, in tokens, how far ahead of an expression the end of
// the direct quote holding it is looked for.
const quoteReach = 120

// speechQuote is the direct quote being read whose saying is dated by its
// attribution ("…," the minister said on Friday): the quote's "yesterday",
// "last week" and weekdays count from the day it was said, not from the
// article date.
type speechQuote struct {
	from, to int       // the quote's marks: tokens (from, to) are quoted
	scanned  int       // tokens before this are scanned
	stop     int       // parser.stops before this index are before the last scan
	day      time.Time // the day the quote was said; zero when undated
	saved    time.Time // the anchor to restore after the quote
	on       bool      // the anchor is the day of saying
	prevTo   int       // the closing mark of the last quote with an attribution
	prevDay  time.Time // the day that attribution names; zero when none
}

// speechAnchor makes the day a direct quote was said the anchor while
// token i lies inside it: in a story dated Wednesday, "'I met him
// yesterday,' she told the court on Monday" is Sunday, and "'We will win
// on Sunday,' he said on Thursday" the Sunday after that Thursday.
func (p *parser) speechAnchor(i int) {
	q := &p.quote
	if q.on && i >= q.to {
		p.anchor, q.on = q.saved, false
	}
	if i >= q.scanned {
		p.scanQuote(i)
	}
	if !q.on && !q.day.IsZero() && i > q.from && i < q.to {
		q.saved, q.on = p.anchor, true
		p.anchor = q.day
	}
}

// endSpeech restores the anchor of the text after the last quote.
func (p *parser) endSpeech() {
	if p.quote.on {
		p.anchor, p.quote.on = p.quote.saved, false
	}
}

// scanQuote finds the closing mark of a quote ahead of token i that ends
// a quoted clause (',"' '?"' '!"'), within the paragraph, and the day its
// attribution gives. A double quote mark met first opens the quote.
//
// Only the tokens a newline comes before and the double quote marks
// (parser.stops) can end the scan or open a quote: it visits them alone.
func (p *parser) scanQuote(i int) {
	q := &p.quote
	q.from, q.to, q.day = i-1, 0, time.Time{}
	stops := p.stops
	c := min(q.stop, len(stops))
	for c > 0 && int(stops[c-1]) >= i {
		c-- // (i only grows as run reads on; this keeps any order right)
	}
	for c < len(stops) && int(stops[c]) < i {
		c++
	}
	q.stop = c
	for ; c < len(stops); c++ {
		k := int(stops[c])
		if k >= len(p.t) || k >= i+quoteReach {
			break
		}
		if p.quoteStop(i, k) {
			return
		}
	}
	q.scanned = min(len(p.t), i+quoteReach)
}

func (p *parser) doubleQuote(k int) bool {
	if p.t[k].kind() != kPunct {
		return false
	}
	switch p.tok(k) {
	case "\"", "\u201c", "\u201d":
		return true
	}
	return false
}

// saidDay is the past day an attribution from token k names ("he said on
// Thursday", "the minister told reporters Monday", "said yesterday"),
// when it is not the anchor itself; else zero.
func (p *parser) saidDay(k int) time.Time {
	verb := false
	for j := k; j < len(p.t) && j < k+12; j++ {
		if p.t[j].nl() || p.t[j].kind() == kPunct && (p.boundary(j) || p.isPunct(j, ",")) {
			break
		}
		if !verb {
			verb = offsetReportVerbs[p.word(j)]
			continue
		}
		var d time.Time
		switch {
		case p.weekdayAt(j) && !p.possessive(j):
			d = weekdayOnOrBefore(p.anchor, p.weekdayNum(j), false)
		case p.isWord(j, "yesterday"):
			d = p.anchor.AddDate(0, 0, -1)
		default:
			continue
		}
		if d.Equal(p.anchor) {
			return time.Time{}
		}
		return d
	}
	return time.Time{}
}

// saidDayBefore is the past day an attribution ending before the colon
// at c names, when it is not the anchor itself; else zero. The clause
// before the colon, back to its sentence's start (at most 14 tokens),
// holds a verb of saying and a weekday or "yesterday" not in the
// possessive: after the verb ("The minister said on Monday:", "said
// in a video on Tuesday:") or fronted before it ("On Monday, the
// opposition leader said:").
func (p *parser) saidDayBefore(c int) time.Time {
	verb, day := false, -1
	for k := c - 1; k >= 0 && k >= c-14; k-- {
		if p.t[k].nl() && k < c-1 {
			break
		}
		if p.t[k].kind() == kPunct {
			if p.boundary(k) || p.doubleQuote(k) {
				break
			}
			continue
		}
		switch {
		case offsetReportVerbs[p.word(k)]:
			verb = true
		case day < 0 && (p.weekdayAt(k) && !p.possessive(k) || p.isWord(k, "yesterday")):
			day = k
		}
		if p.t[k].nl() {
			break
		}
	}
	if !verb || day < 0 {
		return time.Time{}
	}
	d := p.anchor.AddDate(0, 0, -1)
	if !p.isWord(day, "yesterday") {
		d = weekdayOnOrBefore(p.anchor, p.weekdayNum(day), false)
	}
	if d.Equal(p.anchor) {
		return time.Time{}
	}
	return d
}

// resumedQuote reports whether the quote opening at k resumes the last
// dated one: it opens the sentence right after that quote's attribution,
// in the same paragraph.
func (p *parser) resumedQuote(k int) bool {
	q := &p.quote
	if q.prevDay.IsZero() || k <= q.prevTo || k-q.prevTo > 16 || !p.isPunct(k-1, ".") {
		return false
	}
	for j := q.prevTo + 1; j < k-1; j++ {
		if p.t[j].nl() || p.t[j].kind() == kPunct && p.boundary(j) {
			return false
		}
	}
	return !p.t[k].nl()
}

// quoteStop is scanQuote's step at token k, one of the stops ahead of
// token i: it reports whether the scan ends there (p.quote then holds
// what it found).
func (p *parser) quoteStop(i, k int) bool {
	q := &p.quote
	if k > i && p.t[k].nl() {
		q.scanned = k
		return true
	}
	if !p.doubleQuote(k) {
		return false
	}
	if p.isPunct(k-1, ",") || p.isPunct(k-1, "?") || p.isPunct(k-1, "!") {
		q.to, q.scanned = k, k+1
		q.day = p.saidDay(k + 1)
		q.prevTo, q.prevDay = k, q.day
		return true
	}
	q.from = k
	if p.resumedQuote(k) {
		// '"…," he said on Monday. "Tomorrow we sign."': the quote
		// goes on, said the same day, to its next mark, unless an
		// attribution of its own follows it
		for e := k + 1; e < len(p.t) && e < k+quoteReach && !p.t[e].nl(); e++ {
			if p.doubleQuote(e) {
				q.to, q.scanned, q.day = e, e+1, q.prevDay
				if p.isPunct(e-1, ",") || p.isPunct(e-1, "?") || p.isPunct(e-1, "!") {
					q.day = p.saidDay(e + 1)
				}
				q.prevTo, q.prevDay = e, q.day
				return true
			}
		}
	}
	if p.isPunct(k-1, ":") {
		if d := p.saidDayBefore(k - 1); !d.IsZero() {
			// 'He said on Monday: "We met yesterday."': the quote
			// runs to the next mark
			for e := k + 1; e < len(p.t) && e < k+quoteReach && !p.t[e].nl(); e++ {
				if p.doubleQuote(e) {
					q.to, q.scanned, q.day = e, e+1, d
					return true
				}
			}
		}
	}
	return false
}
