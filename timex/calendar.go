package timex

import (
	"strconv"
	"time"
)

// Calendar arithmetic and TIMEX3 value formatting. All times are calendar
// days at midnight UTC.

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fmtDay is t.Format("2006-01-02") without the layout interpreter for
// the years 0 to 9999: every resolved day of the text is written by it.
func fmtDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}

// fmtMonth returns "YYYY-MM": pad4(y) + "-" + pad2(m), in one
// allocation for the years 0-9999 and months 0-99.
func fmtMonth(y, m int) string {
	if y < 0 || y > 9999 || m < 0 || m > 99 {
		return pad4(y) + "-" + pad2(m)
	}
	b := [7]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-', byte('0' + m/10), byte('0' + m%10)}
	return string(b[:])
}

func fmtYear(y int) string { return pad4(y) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad4(y) + "-W" + pad2(w)
}

func fmtQuarter(y, q int) string { return pad4(y) + "-Q" + strconv.Itoa(q) }

func pad2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// validDay reports whether d is a day of month m in year y (y == 0: a
// leap year is assumed, so 29 February is accepted without a year).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= day(y, time.Month(m)+1, 0).Day()
}

// resolveYear returns the year of month m (day d, 0 for the whole month)
// relative to anchor. A specific day takes the nearest occurrence. A
// month mostly looks back, so it is the latest occurrence on or before
// the anchor, unless future is set or the next occurrence is at most
// three months ahead (a "January" written in October is the coming one).
func resolveYear(anchor time.Time, m, d int, future bool) int {
	y := anchor.Year()
	am, ad := int(anchor.Month()), anchor.Day()
	if m == am && (d == 0 || d <= ad) {
		return y // this month, or earlier this month
	}
	after := m > am || m == am && d > ad // the occurrence this year is ahead
	ahead := monthsBetween(am, m)        // months to the next occurrence
	if ahead == 0 {
		ahead = 12
	}
	if d > 0 && !future {
		// a specific day: the past occurrence unless the next one is
		// within about three months (dates announced ahead)
		if validDay(y, m, d) && !day(y, time.Month(m), d).After(anchor) {
			if validDay(y+1, m, d) && day(y+1, time.Month(m), d).Sub(anchor) <= 100*24*time.Hour {
				return y + 1
			}
			return y
		}
		if validDay(y, m, d) && day(y, time.Month(m), d).Sub(anchor) <= 100*24*time.Hour {
			return y
		}
		return y - 1
	}
	if future || ahead <= 3 {
		if after {
			return y
		}
		return y + 1
	}
	if after {
		return y - 1
	}
	return y
}

// nearestYear returns the year that puts month m, day d closest to
// anchor; ties go to the past. Specific days are as often announced
// ahead ("the vote on Dec. 7") as reported after.
func nearestYear(anchor time.Time, m, d int) int {
	best, bestDist := anchor.Year(), int64(-1)
	for _, y := range []int{anchor.Year() - 1, anchor.Year(), anchor.Year() + 1} {
		if !validDay(y, m, d) {
			continue
		}
		dist := int64(day(y, time.Month(m), d).Sub(anchor))
		past := dist <= 0
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist || dist == bestDist && past {
			best, bestDist = y, dist
		}
	}
	return best
}

// monthsBetween counts months forward from a to b (0..11).
func monthsBetween(a, b int) int { return (b - a + 12) % 12 }

// weekdayOnOrBefore returns the latest day with ISO weekday wd on or
// before t (strictly before when strict).
func weekdayOnOrBefore(t time.Time, wd int, strict bool) time.Time {
	cur := isoWeekday(t)
	back := (cur - wd + 7) % 7
	if back == 0 && strict {
		back = 7
	}
	return t.AddDate(0, 0, -back)
}

// weekdayOnOrAfter returns the earliest day with ISO weekday wd on or
// after t (strictly after when strict).
func weekdayOnOrAfter(t time.Time, wd int, strict bool) time.Time {
	cur := isoWeekday(t)
	fwd := (wd - cur + 7) % 7
	if fwd == 0 && strict {
		fwd = 7
	}
	return t.AddDate(0, 0, fwd)
}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// shift moves t by n units (Y, M, W, D, DE, CE, Q); time units move by
// whole days (hours ago is still today in a day-precision value). Months,
// quarters and years keep the day within the target month ("last month"
// on July 31 is June 30, not July 1 as time.AddDate would normalise it).
func shift(t time.Time, n int, code string) time.Time {
	switch code {
	case "Y":
		return addMonths(t, 12*n)
	case "M":
		return addMonths(t, n)
	case "W":
		return t.AddDate(0, 0, 7*n)
	case "D":
		return t.AddDate(0, 0, n)
	case "DE":
		return addMonths(t, 120*n)
	case "CE":
		return addMonths(t, 1200*n)
	case "Q":
		return addMonths(t, 3*n)
	case "FN":
		return t.AddDate(0, 0, 14*n)
	}
	return t
}

// addMonths moves t by n calendar months, clamping the day to the length
// of the target month.
func addMonths(t time.Time, n int) time.Time {
	first := day(t.Year(), t.Month(), 1).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	return day(first.Year(), first.Month(), min(t.Day(), last))
}

// atGranularity formats t at the precision of a unit: a year for years,
// a month for months, an ISO week for weeks, a day otherwise.
func atGranularity(t time.Time, code string) string {
	switch code {
	case "Y":
		return fmtYear(t.Year())
	case "M":
		return fmtMonth(t.Year(), int(t.Month()))
	case "W", "FN":
		return fmtWeek(t)
	case "DE":
		return strconv.Itoa(t.Year() / 10)
	case "CE":
		return strconv.Itoa(t.Year() / 100)
	case "Q":
		return fmtQuarter(t.Year(), quarterOf(t))
	}
	return fmtDay(t)
}

// unknownAt is the underspecified value at a unit's precision, used when
// the article date is unknown.
func unknownAt(code string) string {
	switch code {
	case "Y":
		return "XXXX"
	case "M":
		return "XXXX-XX"
	case "W", "FN", "WE":
		return "XXXX-WXX"
	case "DE":
		return "XXX"
	case "CE":
		return "XX"
	case "Q":
		return "XXXX-QX"
	}
	return "XXXX-XX-XX"
}

// durationValue formats a TIMEX3 duration of n units; n < 0 means an
// unknown count (X).
func durationValue(n int, u unit) string {
	c := "X"
	if n >= 0 {
		c = strconv.Itoa(n)
	}
	switch u.code {
	case "DE", "CE":
		// decades and centuries are years in TIMEX3 values: "a decade"
		// P10Y, "the past century" P100Y, "decades-long" PXY; an unknown
		// count of centuries keeps its unit, as TimeBank writes "for
		// centuries" (PXC): PXY would say years, not hundreds of them
		if n < 0 && u.code == "CE" {
			return "PXC"
		}
		if n < 0 {
			return "PXY"
		}
		if u.code == "CE" {
			return "P" + strconv.Itoa(100*n) + "Y"
		}
		return "P" + strconv.Itoa(10*n) + "Y"
	case "FN":
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "W"
		}
		return "PXW"
	case "Q":
		// TimeBank writes quarters as their own unit: P2Q, "every
		// quarter" P1Q
		return "P" + c + "Q"
	case "WE":
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "D"
		}
		return "PXD"
	}
	if u.time {
		return "PT" + c + u.code
	}
	return "P" + c + u.code
}
