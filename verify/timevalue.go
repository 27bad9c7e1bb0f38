package verify

import (
	"errors"

	"github.com/sitrep-project/sitrep/kb"
)

// errNoDate is parseDate's error for a value that is no calendar date.
var errNoDate = errors.New("verify: time value is no calendar date")

// parseDate is kb.ParseDate for the value of a time expression, the
// same date and the same success, made cheap for the values the checks
// meet most: "YYYY", "YYYY-MM" and "YYYY-MM-DD" in digits are read in
// place, and a value with an ASCII letter ("PAST_REF", "2019-W05",
// "XXXX-05-20"), which kb.ParseDate rejects (a part with a letter is no
// number), is turned away without building kb.ParseDate's error. Any
// other value goes to kb.ParseDate. The error, when there is one, is
// errNoDate or kb.ParseDate's: callers test it only against nil.
func parseDate(v string) (kb.Date, error) {
	for i := 0; i < len(v); i++ {
		if c := v[i] | 0x20; 'a' <= c && c <= 'z' {
			return kb.Date{}, errNoDate
		}
	}
	switch len(v) {
	case 4, 7, 10:
	default:
		return kb.ParseDate(v)
	}
	y, ok := digitsAt(v, 0, 4)
	if !ok {
		return kb.ParseDate(v)
	}
	if len(v) == 4 {
		if y < 1 {
			return kb.Date{}, errNoDate
		}
		return kb.Date{Year: y}, nil
	}
	m, ok := digitsAt(v, 5, 2)
	if !ok || v[4] != '-' {
		return kb.ParseDate(v)
	}
	if y < 1 || m < 1 || m > 12 {
		return kb.Date{}, errNoDate
	}
	if len(v) == 7 {
		return kb.Date{Year: y, Month: m}, nil
	}
	d, ok := digitsAt(v, 8, 2)
	if !ok || v[7] != '-' {
		return kb.ParseDate(v)
	}
	if d < 1 || d > monthDays(y, m) {
		return kb.Date{}, errNoDate
	}
	return kb.Date{Year: y, Month: m, Day: d}, nil
}

// digitsAt returns the number the n bytes of s at i write, when they
// are all ASCII digits.
func digitsAt(s string, i, n int) (int, bool) {
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// monthDays returns the number of days of month m (1 to 12) of year y
// in the proleptic Gregorian calendar, as time.Date counts them.
func monthDays(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysBefore returns the day n days (0 to 28) before the day-precision
// date d, as kb.DateOf(d.Time().AddDate(0, 0, -n)) does, without the
// round trip through time.Time.
func daysBefore(d kb.Date, n int) kb.Date {
	d.Day -= n
	for d.Day < 1 {
		if d.Month--; d.Month < 1 {
			d.Month, d.Year = 12, d.Year-1
		}
		d.Day += monthDays(d.Year, d.Month)
	}
	return d
}
