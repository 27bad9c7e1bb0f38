package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// months maps month names and abbreviations (lower case, without the
// period) to months.
var months = map[string]time.Month{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// weekdays are the weekday names and abbreviations a date may start with.
var weekdays = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true,
	"wednesday": true, "wed": true, "thursday": true, "thu": true, "thur": true, "thurs": true,
	"friday": true, "fri": true, "saturday": true, "sat": true, "sunday": true, "sun": true,
}

// word returns the run of ASCII letters at s[i:], lower-cased, and its end.
func word(s string, i int) (string, int) {
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	return strings.ToLower(s[i:j]), j
}

// number returns the run of at most max ASCII digits at s[i:], its value
// and its end; n is -1 when there is none or the run is longer than max.
func number(s string, i, max int) (n, end int) {
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i || j-i > max {
		return -1, i
	}
	n = 0
	for k := i; k < j; k++ {
		n = n*10 + int(s[k]-'0')
	}
	return n, j
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// mkDate returns the UTC day y-m-d if it exists and lies in a plausible
// range for news.
func mkDate(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 April, 29 February 2023
	}
	return t, true
}

// monthAt parses a month name at s[i:], with an optional period after an
// abbreviation.
func monthAt(s string, i int) (time.Month, int, bool) {
	w, j := word(s, i)
	m, ok := months[w]
	if !ok {
		return 0, i, false
	}
	if j < len(s) && s[j] == '.' && len(w) <= 4 {
		j++
	}
	return m, j, true
}

// dayAt parses a day of the month with an optional ordinal suffix.
func dayAt(s string, i int) (int, int, bool) {
	d, j := number(s, i, 2)
	if d < 1 {
		return 0, i, false
	}
	if w, k := word(s, j); w == "st" || w == "nd" || w == "rd" || w == "th" {
		j = k
	}
	return d, j, true
}

// parseDateAt parses a calendar date written at s[i:] and returns it with
// the end of the expression. It accepts "March 10, 2023", "Sept. 14,
// 2021", "Aug 1 2024", "10 March 2023", "Tuesday, March 10, 2023" and
// "2023-03-10". The expression must not run into a following word or
// number ("2023-03-10T…" is fine: T is not a letter run of its own).
func parseDateAt(s string, i int) (time.Time, int, bool) {
	start := i
	if w, j := word(s, i); weekdays[w] {
		j = skipSpaces(s, j)
		if j < len(s) && s[j] == ',' {
			j++
		}
		i = skipSpaces(s, j)
	}
	// ISO 2023-03-10 or 2023/03/10.
	if y, j := number(s, i, 4); y >= 1000 && j-i == 4 && j < len(s) && (s[j] == '-' || s[j] == '/') {
		sep := s[j]
		if m, k := number(s, j+1, 2); m > 0 && k < len(s) && s[k] == sep {
			if d, e := number(s, k+1, 2); d > 0 && !digitAt(s, e) {
				if t, ok := mkDate(y, time.Month(m), d); ok {
					return t, e, true
				}
			}
		}
		return time.Time{}, start, false
	}
	// D/M/YYYY or M/D/YYYY (also with . or -) when only one reading is
	// a date: "20/03/2011" (20 is no month). 03/04/2011 is left alone.
	if t, e, ok := numericDateAt(s, i); ok {
		return t, e, true
	}
	// Month D, YYYY
	if m, j, ok := monthAt(s, i); ok {
		j = skipSpaces(s, j)
		d, k, ok := dayAt(s, j)
		if !ok || k == j {
			return time.Time{}, start, false
		}
		k = skipSpaces(s, k)
		if k < len(s) && s[k] == ',' {
			k++
		}
		k = skipSpaces(s, k)
		y, e := number(s, k, 4)
		if e-k != 4 || letterOrDigitAt(s, e) {
			return time.Time{}, start, false
		}
		t, ok := mkDate(y, m, d)
		return t, e, ok
	}
	// D Month YYYY
	if d, j, ok := dayAt(s, i); ok {
		j = skipSpaces(s, j)
		m, k, ok := monthAt(s, j)
		if !ok {
			return time.Time{}, start, false
		}
		k = skipSpaces(s, k)
		if k < len(s) && s[k] == ',' {
			k = skipSpaces(s, k+1)
		}
		y, e := number(s, k, 4)
		if e-k != 4 || letterOrDigitAt(s, e) {
			return time.Time{}, start, false
		}
		t, ok := mkDate(y, m, d)
		return t, e, ok
	}
	return time.Time{}, start, false
}

func digitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

func letterOrDigitAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// parseDate parses a whole metadata date value: RFC 3339, RFC 1123,
// ISO dates and the written forms parseDateAt accepts, possibly followed
// by a time of day.
func parseDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "20060102", "2006/01/02", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			if t.Year() < 1900 || t.Year() > 2100 {
				return time.Time{}, false
			}
			return day(t), true
		}
	}
	t, _, ok := parseDateAt(v, 0)
	return t, ok
}

// numericDateAt parses an all-numeric day and month before a four-digit
// year at s[i:] ("20/03/2011", "3.20.2011", "20-03-2011"), with one
// separator used twice, when exactly one of the first two numbers can be
// a month, or the separator is a dot (day first: "11.04.2019").
func numericDateAt(s string, i int) (time.Time, int, bool) {
	a, j := number(s, i, 2)
	if a < 1 || j >= len(s) || s[j] != '/' && s[j] != '.' && s[j] != '-' {
		return time.Time{}, i, false
	}
	sep := s[j]
	b, k := number(s, j+1, 2)
	if b < 1 || k >= len(s) || s[k] != sep {
		return time.Time{}, i, false
	}
	y, e := number(s, k+1, 4)
	if e-k-1 != 4 || letterOrDigitAt(s, e) || e < len(s) && (s[e] == sep || s[e] == '.' && digitAt(s, e+1)) {
		return time.Time{}, i, false
	}
	var d, m int
	switch {
	case a > 12 && b <= 12:
		d, m = a, b
	case b > 12 && a <= 12:
		d, m = b, a
	case sep == '.' && a <= 12 && b <= 12:
		// Dots are the day-first (European) convention: "11.04.2019"
		// is 11 April; no style writes month.day.year with dots
		// except where the day shows it ("3.20.2011").
		d, m = a, b
	default:
		return time.Time{}, i, false // ambiguous, or no month
	}
	t, ok := mkDate(y, time.Month(m), d)
	return t, e, ok
}
