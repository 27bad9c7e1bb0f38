package timex

import "strings"

// A blogRun follows the entry stamps of a live blog ("21:30 GMT — …",
// "23:50 GMT — …", "00:40 GMT — …"), which carry a clock time but no
// day: the post's date holds until the run crosses midnight.
type blogRun struct {
	seen bool
	at   int // token of the last stamp read
	min  int // its minute of the day
	days int // days from the post's date to the last stamp
	dir  int // +1 when the run has gone forward in time, -1 backward, 0 not yet
}

// day returns the stamp at token start's days after the post's date,
// given its clock time hm ("00:40", "23:50Z"). A stamp more than twelve
// hours before the one above it in a run going forward (or not yet
// known to go either way) is on the next day; one more than twelve
// hours after it in a run going backward (a reverse-chronological
// blog) is on the day before. Reading the same stamp again returns the
// same day.
func (b *blogRun) day(start int, hm string) int {
	if b.seen && start == b.at {
		return b.days
	}
	if len(hm) < 5 || hm[2] != ':' || !isDigitByte(hm[0]) || !isDigitByte(hm[1]) || !isDigitByte(hm[3]) || !isDigitByte(hm[4]) {
		return b.days
	}
	m := int(hm[0]-'0')*600 + int(hm[1]-'0')*60 + int(hm[3]-'0')*10 + int(hm[4]-'0')
	if b.seen && start > b.at {
		switch d := m - b.min; {
		case d < -12*60 && b.dir >= 0:
			b.days++
			b.dir = 1
		case d > 12*60 && b.dir <= 0:
			b.days--
			b.dir = -1
		case d > 0:
			b.dir = 1
		case d < 0:
			b.dir = -1
		}
	}
	b.seen, b.at, b.min = true, start, m
	return b.days
}

// bareStamp reports whether the clock time [start,end), which opens a
// line, is an entry stamp with no dash after it: written with a colon or
// a stop ("10:15", "09.40") and followed by a capitalised word ("10:15
// Swedish Prime Minister Ulf Kristersson told reporters …"). It is on
// the post's day, not on the day the entry above it named.
func (p *parser) bareStamp(start, end int) bool {
	if end >= len(p.t) || end <= start {
		return false
	}
	clock := p.text[p.t[start].s:p.t[end-1].e]
	if len(clock) > 5 || !strings.ContainsAny(clock, ":.") {
		return false
	}
	t := p.t[end]
	return t.kind() == kWord && t.upper()
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// zonedStamp reports whether the clock time [start,end) is a live
// blog's entry stamp, with or without a zone after it ("00:40 GMT — …").
func (p *parser) zonedStamp(start, end int) bool {
	if timeZones[p.word(end)] {
		end++
	}
	return p.blogStamp(start, end)
}
