package timex

import (
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Weekly schedules: opening hours and service times ("open from 10 a.m.
// to 5 p.m. Monday through Friday and from 10 a.m. to 4 p.m. Saturday")
// name no particular week. Their weekdays recur (SET XXXX-WXX-1) and
// their clock times belong to no date (TIME XXXX-XX-XXT10:00).

// weeklySchedules rewrites the expressions of out that form a weekly
// schedule. A schedule is a range of weekdays ("Monday through Friday",
// "Monday-Thursday") next to a clock time; it takes in the expressions
// chained to it by short gaps of punctuation and range words within the
// sentence ("…, noon to 10 p.m. Saturday; and noon to 9 p.m. Sunday").
// A range of weekdays right after "open" or "closed" is one too. A range
// of weekdays after "from" ("ran from Monday through Saturday") or with
// no clock time in its chain ("the festival runs Thursday
// through Sunday") is a particular week and stays as it is.
func weeklySchedules(text string, out []doc.Time, anchor time.Time) []doc.Time {
	var marks [][2]int // chains [lo,hi] of out that are schedules
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		// the gap first: it is a range word for few pairs, and the
		// cheapest test (most gaps are too long to be one)
		if !rangeGap(text[a.Span.End:b.Span.Start]) || !weekdayEnd(a.Text) || !weekdayStart(b.Text) {
			continue
		}
		before := strings.ToLower(strings.TrimRight(text[max(0, a.Span.Start-8):a.Span.Start], " "))
		if strings.HasSuffix(before, "from") || strings.HasSuffix(before, "between") {
			orderRange(a, b, anchor)
			continue
		}
		lo, hi := i, i+1
		for lo > 0 && chainGap(text[out[lo-1].Span.End:out[lo].Span.Start]) {
			lo--
		}
		for hi+1 < len(out) && chainGap(text[out[hi].Span.End:out[hi+1].Span.Start]) {
			hi++
		}
		// "is open Monday-Thursday 10-8": opening hours whatever follows
		clock := strings.HasSuffix(before, "open") || strings.HasSuffix(before, "closed")
		for k := lo; k <= hi; k++ {
			clock = clock || out[k].Type == TypeTime
		}
		if !clock {
			orderRange(a, b, anchor)
			continue
		}
		marks = append(marks, [2]int{lo, hi})
		i = hi
	}
	if marks == nil {
		return out
	}
	res := make([]doc.Time, 0, len(out)+len(marks)*2)
	next := 0
	for _, mk := range marks {
		res = append(res, out[next:mk[0]]...)
		for k := mk[0]; k <= mk[1]; k++ {
			res = appendScheduled(res, text, out[k])
		}
		next = mk[1] + 1
	}
	return append(res, out[next:]...)
}

// appendScheduled appends t as part of a weekly schedule: a weekday is a
// SET, a clock time loses its date, and a clock time written with its
// weekday ("10 p.m. Monday") becomes the two. Other expressions are kept.
func appendScheduled(res []doc.Time, text string, t doc.Time) []doc.Time {
	low := strings.ToLower(t.Text)
	if n, ok := weekdays[low]; ok && t.Type == TypeDate {
		t.Type, t.Value, t.Mod, t.Anchor = TypeSet, "XXXX-WXX-"+string(rune('0'+n)), "", ""
		return append(res, t)
	}
	if t.Type != TypeTime {
		return append(res, t)
	}
	k := strings.LastIndexByte(t.Value, 'T')
	if k < 0 {
		return append(res, t)
	}
	hm := t.Value[k:]
	if sp := strings.LastIndexByte(low, ' '); sp > 0 {
		if n, ok := weekdays[low[sp+1:]]; ok && len(strings.TrimRight(t.Text[:sp], " ,")) > 0 {
			// "10 p.m. Monday": the clock time, then the weekday
			clockEnd := t.Span.Start + len(strings.TrimRight(t.Text[:sp], " ,"))
			c := doc.Time{Span: doc.Span{Start: t.Span.Start, End: clockEnd}, Text: text[t.Span.Start:clockEnd], Type: TypeTime, Value: "XXXX-XX-XX" + hm}
			ws := t.Span.Start + sp + 1
			w := doc.Time{Span: doc.Span{Start: ws, End: t.Span.End}, Text: text[ws:t.Span.End], Type: TypeSet, Value: "XXXX-WXX-" + string(rune('0'+n))}
			return append(res, c, w)
		}
	}
	t.Value, t.Anchor = "XXXX-XX-XX"+hm, ""
	return append(res, t)
}

// weekdayEnd and weekdayStart report whether an expression's text ends
// or starts with a weekday name.
func weekdayEnd(s string) bool {
	if sp := strings.LastIndexByte(s, ' '); sp >= 0 {
		s = s[sp+1:]
	}
	return isWeekday(s)
}

func weekdayStart(s string) bool {
	if sp := strings.IndexByte(s, ' '); sp >= 0 {
		s = s[:sp]
	}
	return isWeekday(s)
}

// lowerInto writes the lower case of s into buf without allocating,
// for the lookups of weeklySchedules, which tests every pair of
// neighbouring expressions. It reports false when s is not ASCII or is
// longer than buf: the caller then lowers with strings.ToLower.
func lowerInto(buf []byte, s string) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// isWeekday reports whether strings.ToLower(s) names a weekday.
func isWeekday(s string) bool {
	var buf [16]byte
	if b, ok := lowerInto(buf[:], s); ok {
		_, ok := weekdays[string(b)]
		return ok
	}
	_, ok := weekdays[strings.ToLower(s)]
	return ok
}

// rangeGap reports whether the text between two weekdays makes them a
// range: "through", "thru", "to", a hyphen or dash.
func rangeGap(g string) bool {
	g = strings.TrimSpace(g)
	var buf [16]byte
	low, ok := lowerInto(buf[:], g)
	if !ok {
		if len(g) > 4*len("through") {
			// no lowering shrinks a string more than fourfold: the gap
			// is too long to be a range word (most gaps are sentences)
			return false
		}
		low = []byte(strings.ToLower(g))
	}
	switch string(low) {
	case "through", "thru", "to", "-", "\u2013", "\u2014":
		return true
	}
	return false
}

// chainGap reports whether the text between two expressions keeps them in
// one schedule: short, within the sentence, and only punctuation and the
// words of a list of hours ("; and ", " to ", ", from ").
func chainGap(g string) bool {
	if len(g) > 12 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(g), func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '.' || r == '(' || r == ')' || r == '-' || r == '\u2013'
	}) {
		switch w {
		case "and", "to", "from", "through", "thru", "until", "till", "on", "at", "or":
		default:
			return false
		}
	}
	return !strings.Contains(g, ". ")
}

// orderRange puts the start of a range of particular weekdays no later
// than its end: "early voting, which ran from Monday through Saturday"
// in a Monday article began the Monday before that Saturday, not the
// article's day. The end is resolved by its verb; the start follows it,
// unless both lie ahead of the anchor (zero when the text is undated):
// "will strike from Monday to Wednesday" in a Tuesday article is next
// week's Monday to the Wednesday after it, not tomorrow.
func orderRange(a, b *doc.Time, anchor time.Time) {
	if a.Type != TypeDate || b.Type != TypeDate || len(a.Value) != 10 || len(b.Value) != 10 || a.Value <= b.Value {
		return
	}
	da, err1 := time.Parse(time.DateOnly, a.Value)
	db, err2 := time.Parse(time.DateOnly, b.Value)
	if err1 != nil || err2 != nil || da.Sub(db) > 6*24*time.Hour {
		return
	}
	if !anchor.IsZero() && db.After(anchor) {
		b.Value = db.AddDate(0, 0, 7).Format(time.DateOnly)
		return
	}
	a.Value = da.AddDate(0, 0, -7).Format(time.DateOnly)
}

// knownAnchor returns the anchor when the text's date is known, else the
// zero time.
func (p *parser) knownAnchor() time.Time {
	if !p.known {
		return time.Time{}
	}
	return p.anchor
}
