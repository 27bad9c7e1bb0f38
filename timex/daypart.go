package timex

import "github.com/sitrep-project/sitrep/doc"

// dayPartsOnDays moves a part of the day resolved to a day of its own
// onto the day written right after it with "on" or "of": "mid-morning
// on Tuesday", "the afternoon of May 3" name a part of that day, not of
// the article's day ("2025-01-29TMO" becomes "2025-01-28TMO" when
// "Tuesday" is 2025-01-28). Only a TIME valued "YYYY-MM-DDTxx" followed
// by a DATE valued "YYYY-MM-DD" changes; out is changed in place and
// returned.
func dayPartsOnDays(text string, out []doc.Time) []doc.Time {
	for k := 0; k+1 < len(out); k++ {
		t, n := &out[k], &out[k+1]
		if t.Type != TypeTime || n.Type != TypeDate || !dayPartValue(t.Value) || !dayValue(n.Value) || t.Value[:10] == n.Value {
			continue
		}
		if gap := text[t.Span.End:n.Span.Start]; gap != " on " && gap != " of " {
			continue
		}
		t.Value = n.Value + t.Value[10:]
	}
	return out
}

// dayPartValue reports whether v is a calendar day with a part of the
// day: "2025-01-29TMO".
func dayPartValue(v string) bool {
	return len(v) == 13 && dayValue(v[:10]) && v[10] == 'T' && v[11] >= 'A' && v[11] <= 'Z' && v[12] >= 'A' && v[12] <= 'Z'
}

// dayValue reports whether v is a calendar day "YYYY-MM-DD" in digits.
func dayValue(v string) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (v[i] < '0' || v[i] > '9') {
			return false
		}
	}
	return true
}

// pastDayOfNarrative is the day a past clause at [i,end) tells of when
// the last date given lies ahead of the article ("Kostunica, who will be
// sworn in on Saturday, … The cabinet resigned en masse earlier in the
// day"): the last past day mentioned within a few sentences, else the
// article's day.
func (p *parser) pastDayOfNarrative(i, end int) match {
	if p.lastPastAt > 0 && p.lastPastAt <= i && i-p.lastPastAt < 60 {
		return match{start: i, end: end, typ: TypeDate, val: fmtDay(p.lastPast), rel: "previous", day: p.lastPast, hasDay: true}
	}
	return p.fromAnchor(i, end, 0, "D")
}

// dawnParts are the times of day named by the sun, with their TIMEX3
// parts of the day.
var dawnParts = map[string]string{
	"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "NI",
}

// dawnOn reads "dawn on Sunday", "dusk on Friday" at token i: that
// weekday's part of the day ("attacked a base at dawn on Sunday").
func (p *parser) dawnOn(i int) (match, bool) {
	part, ok := dawnParts[p.word(i)]
	if !ok || !p.isWord(i+1, "on") || !p.weekdayAt(i+2) {
		return match{}, false
	}
	m, ok := p.weekdayExpr(i + 2)
	if !ok || m.typ != TypeDate || len(m.val) != 10 {
		return match{}, false // "dawn on Sunday morning", an unknown week
	}
	m.start, m.typ, m.val = i, TypeTime, m.val+"T"+part
	return m, true
}
