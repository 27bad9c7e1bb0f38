package timex

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Offsets: "<N> <unit>(s) after/before <clause>" placed after the clause
// it dates from ("Russian forces shelled Gori, a day after Georgian
// forces launched an offensive", "became archbishop in 1986, two years
// after receiving the Nobel Prize"). TimeML annotates the words as a
// DURATION (P1D, P2Y) and keeps the point they lead to as a
// non-consuming TIMEX3; offsetDates fills doc.Time.Date with that point.

// offsetDates sets Date on each duration in out that offsets a clause:
// a plain count of days, weeks, months or years (no mod), not opening
// its sentence, not after a preposition that makes it a span ("for two
// years after …", "within a day after …"), and followed by "after" or
// "before". The anchor is the nearest earlier date of the same sentence,
// else the article date when known.
func (p *parser) offsetDates(out []doc.Time) {
	for i := range out {
		t := &out[i]
		if t.Type != TypeDuration || t.Mod != "" || len(t.Value) < 3 || t.Value[0] != 'P' {
			continue // most expressions: one comparison
		}
		n, unit, ok := countUnit(t.Value)
		if !ok {
			continue
		}
		dir := followingWord(p.text, t.Span.End)
		if dir != "after" && dir != "before" {
			continue
		}
		prev, start := precedingWord(p.text, t.Span.Start)
		if start || spanPreps[prev] {
			continue
		}
		if p.datedAfter(out, i) || modalClause(p.text, t.Span.Start) {
			continue
		}
		anchor, prec, ok := p.offsetAnchor(out, i)
		if !ok || dir == "before" && prec == 'D' && !p.sentenceDate(out, i) {
			continue
		}
		if dir == "after" && prec == 'D' && p.known && !p.narr.undated && anchor.After(p.anchor) && p.pastAfter(p.tokenFrom(t.Span.End)+1) {
			// "Sydney is preparing for New Year's Eve celebrations, a
			// week after a gunman held 17 people hostage": the past
			// event counts back from the article date, not from the day
			// ahead the sentence names
			anchor = p.anchor
		}
		if dir == "after" {
			n = -n
		}
		t.Date = shiftDate(anchor, prec, n, unit)
	}
}

// tokenFrom returns the index of the first token starting at or after
// byte off.
func (p *parser) tokenFrom(off int) int {
	return sort.Search(len(p.t), func(k int) bool { return int(p.t[k].s) >= off })
}

// datedAfter reports whether a date follows the duration out[i] in its
// sentence ("damaged two days after he bought it in October"): the
// clause after it carries its own date, and the one before has none to
// count from.
func (p *parser) datedAfter(out []doc.Time, i int) bool {
	for k := i + 1; k < len(out); k++ {
		if sentenceBreak(p.text, out[i].Span.End, out[k].Span.Start) {
			return false
		}
		if out[k].Type == TypeDate || out[k].Type == TypeTime {
			return true
		}
	}
	return false
}

// sentenceDate reports whether a date of the sentence precedes the
// duration out[i].
func (p *parser) sentenceDate(out []doc.Time, i int) bool {
	return i > 0 && out[i-1].Type == TypeDate && !sentenceBreak(p.text, out[i-1].Span.End, out[i].Span.Start)
}

// modalClause reports whether the sentence before byte off has a modal
// ("can work six months before being presented", "will be another 14
// months before …") or the duration follows an infinitive ("to wait a
// year before trying"): a rule, a plan or an advice, not a past clause
// to count from.
func modalClause(text string, off int) bool {
	lo := max(0, off-300)
	n := 0       // words read so far, backwards
	bare := true // no punctuation between the last word and off
	last := ""   // the word before the duration
	for e := off; e > lo; {
		for e > lo && !isLetter(text[e-1]) && text[e-1] != '\'' {
			switch c := text[e-1]; {
			case c == '\n', (c == '.' || c == '!' || c == '?') && e < len(text) && text[e] == ' ':
				return false // the sentence starts here
			case c != ' ' && n == 0:
				bare = false // "flew to town, a day after"
			}
			e--
		}
		s := e
		for s > lo && (isLetter(text[s-1]) || text[s-1] == '\'') {
			s--
		}
		if s == e {
			break
		}
		w := text[s:e]
		if offsetModals[w] { // lower case: not "in May 2019"
			return true
		}
		if offsetReportVerbs[w] {
			// "X will be sworn in on Thursday, the army chief said on
			// Wednesday, two days after …": the duration dates the
			// saying; a modal before it is the report's
			return false
		}
		n++
		if n == 1 {
			last = w
		} else if n == 2 && bare && (w == "to" || w == "To") && lowerWord(last) {
			return true // "to wait a year before trying"
		}
		e = s
	}
	return false
}

// lowerWord reports whether w is all lower-case letters ("wait", not
// "Paris," or "2010").
func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// offsetModals make the clause before a duration a rule or a plan.
var offsetModals = map[string]bool{
	"can": true, "could": true, "will": true, "would": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "won't": true, "can't": true,
}

// offsetReportVerbs are the past verbs of saying that close the clause a
// duration after them offsets: a modal further back is in what was said.
var offsetReportVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "added": true, "stated": true, "reported": true,
}

// spanPreps before a count make it a span, not an offset ("for two years
// after the war", "within a day after the vote").
var spanPreps = map[string]bool{
	"for": true, "within": true, "in": true, "over": true, "during": true, "than": true,
	"of": true, "the": true, "last": true, "next": true, "first": true, "past": true,
	"up": true, "to": true, "until": true, "till": true,
}

// countUnit parses a TIMEX3 duration of one count and one calendar unit:
// P1D, P2W, P18M, P3Y.
func countUnit(v string) (int, byte, bool) {
	unit := v[len(v)-1]
	switch unit {
	case 'D', 'W', 'M', 'Y':
	default:
		return 0, 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 || n > 100 {
		return 0, 0, false
	}
	return n, unit, true
}

// followingWord returns the lower-case word that starts after byte off,
// past spaces, or "".
func followingWord(text string, off int) string {
	for off < len(text) && text[off] == ' ' {
		off++
	}
	e := off
	for e < len(text) && e-off < 8 && (text[e] >= 'a' && text[e] <= 'z') {
		e++
	}
	if e == off || e < len(text) && isLetter(text[e]) {
		return ""
	}
	return text[off:e]
}

// precedingWord returns the lower-case word that ends before byte off
// (past spaces), and whether off opens its sentence (nothing but an
// opening quote between it and a full stop, line break or the start).
func precedingWord(text string, off int) (string, bool) {
	e := off
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && isLetter(text[s-1]) {
		s--
	}
	if s == e {
		if e == 0 {
			return "", true
		}
		switch text[e-1] {
		case '.', '!', '?', '\n', '"':
			return "", true
		}
		return "", false
	}
	return strings.ToLower(text[s:e]), false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// offsetAnchor returns the date the duration out[i] counts from, with
// its precision ('D', 'M' or 'Y'): the nearest earlier DATE of the same
// sentence with a calendar value, else the article date.
func (p *parser) offsetAnchor(out []doc.Time, i int) (time.Time, byte, bool) {
	for k := i - 1; k >= 0; k-- {
		if sentenceBreak(p.text, out[k].Span.End, out[i].Span.Start) {
			break
		}
		if out[k].Type != TypeDate {
			continue
		}
		if t, prec, ok := calendarValue(out[k].Value); ok {
			return t, prec, true
		}
		return time.Time{}, 0, false // "in the 1980s, two years after …": no point to count from
	}
	if !p.known || p.narr.undated {
		return time.Time{}, 0, false
	}
	return p.anchor, 'D', true
}

// sentenceBreak reports whether a sentence ends in text[from:to]: a
// full stop, question or exclamation mark before a space and a capital,
// or a line break.
func sentenceBreak(text string, from, to int) bool {
	for j := from; j < to && j < len(text); j++ {
		switch text[j] {
		case '\n':
			return true
		case '.', '!', '?':
			if j+2 < len(text) && text[j+1] == ' ' && text[j+2] >= 'A' && text[j+2] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// calendarValue parses a TIMEX3 date value YYYY, YYYY-MM or YYYY-MM-DD
// (a time after the day is ignored) with its precision.
func calendarValue(v string) (time.Time, byte, bool) {
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	layout, prec := "", byte(0)
	switch len(v) {
	case 4:
		layout, prec = "2006", 'Y'
	case 7:
		layout, prec = "2006-01", 'M'
	case 10:
		layout, prec = "2006-01-02", 'D'
	default:
		return time.Time{}, 0, false
	}
	t, err := time.Parse(layout, v)
	if err != nil {
		return time.Time{}, 0, false
	}
	return t, prec, true
}

// shiftDate moves anchor (of precision prec) by n units and formats the
// result at the coarser of the two precisions: days and weeks need a
// day, months a month; a count of years is a year ("two years after
// receiving the prize" in 1986: 1984). A precision too coarse for the
// unit gives "".
func shiftDate(anchor time.Time, prec byte, n int, unit byte) string {
	switch unit {
	case 'D', 'W':
		if prec != 'D' {
			return ""
		}
		if unit == 'W' {
			n *= 7
		}
		return anchor.AddDate(0, 0, n).Format("2006-01-02")
	case 'M':
		if prec == 'Y' {
			return ""
		}
		return time.Date(anchor.Year(), anchor.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0).Format("2006-01")
	default:
		return strconv.Itoa(anchor.Year() + n)
	}
}
