package kb

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Date is a calendar date known to day, month or year precision.
// The zero Date is unknown (open). Month and Day are 0 when not known.
type Date struct {
	Year, Month, Day int
}

// ParseDate parses "2006", "2006-01" or "2006-01-02"; "" gives the zero
// Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if d.Year < 1 || d.Month > 12 || (len(parts) >= 2 && d.Month < 1) || (len(parts) == 3 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month))) {
		return Date{}, fmt.Errorf("impossible date %q", s)
	}
	return d, nil
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DateOf returns the day-precision Date of t.
func DateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision returns "day", "month", "year" or "" for the zero Date.
func (d Date) Precision() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return "year"
	case d.Day == 0:
		return "month"
	}
	return "day"
}

func (d Date) String() string {
	switch d.Precision() {
	case "year":
		return fmt.Sprintf("%04d", d.Year)
	case "month":
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case "day":
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// First returns the earliest day the date can denote (2006 → 2006-01-01).
func (d Date) First() Date {
	if d.IsZero() {
		return d
	}
	if d.Month == 0 {
		return Date{d.Year, 1, 1}
	}
	if d.Day == 0 {
		return Date{d.Year, d.Month, 1}
	}
	return d
}

// Last returns the latest day the date can denote (2006 → 2006-12-31).
func (d Date) Last() Date {
	if d.IsZero() {
		return d
	}
	if d.Month == 0 {
		return Date{d.Year, 12, 31}
	}
	if d.Day == 0 {
		return Date{d.Year, d.Month, daysIn(d.Year, d.Month)}
	}
	return d
}

// Time returns the first day of d as a UTC time.
func (d Date) Time() time.Time {
	f := d.First()
	return time.Date(f.Year, time.Month(f.Month), f.Day, 0, 0, 0, 0, time.UTC)
}

// Compare compares two day-precision dates (use First/Last first for
// coarser ones): -1, 0 or +1.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return sign(d.Year - o.Year)
	case d.Month != o.Month:
		return sign(d.Month - o.Month)
	}
	return sign(d.Day - o.Day)
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// A Period is a span of time between two Dates. A zero Start or End is
// open on that side.
type Period struct {
	Start, End Date
}

// Truth values for period membership, respecting date precision.
type Truth int

const (
	False Truth = iota
	True
	Unknown // the answer depends on a day the dates' precision does not fix
)

func (t Truth) String() string {
	switch t {
	case True:
		return "true"
	case False:
		return "false"
	}
	return "unknown"
}

// Holds reports whether day (a day-precision Date) falls inside p, both
// ends inclusive. Precision is respected: for a period ending "2006", days
// before 2006 are True, days after 2006 False, and days inside 2006
// Unknown, because the year alone does not say when in 2006 it ended.
func (p Period) Holds(day Date) Truth {
	t := True
	if !p.Start.IsZero() {
		if day.Compare(p.Start.First()) < 0 {
			return False
		}
		if day.Compare(p.Start.Last()) < 0 {
			t = Unknown
		}
	}
	if !p.End.IsZero() {
		if day.Compare(p.End.Last()) > 0 {
			return False
		}
		if day.Compare(p.End.First()) > 0 {
			t = Unknown
		}
	}
	return t
}

// MarshalJSON encodes d as its String form, or null when zero.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON decodes "YYYY", "YYYY-MM", "YYYY-MM-DD", "" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*d = Date{}
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return fmt.Errorf("bad date %s: want a string", s)
	}
	v, err := ParseDate(s[1 : len(s)-1])
	if err != nil {
		return err
	}
	*d = v
	return nil
}
