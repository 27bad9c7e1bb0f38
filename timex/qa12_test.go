package timex

import (
	"testing"
	"time"
)

// qa12Tests are the constructions of the twelfth QA round (anchor
// given per case), one per rule.
var qa12Tests = []findTest{
	// T-2: a part of the day before "on"/"of" and a day is that day's
	{"part of day on a weekday", "By mid-morning on Tuesday the rebels held the airport.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "mid-morning", "TIME", "2025-01-28TMO", "MID"},
	{"the afternoon on a weekday", "The rebels attacked in the afternoon on Monday.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2025-01-27TAF", ""},
	{"a part of day alone keeps the article day", "The rebels attacked in the afternoon.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2025-01-29TAF", ""},
	{"a part of day before another clause's day", "They left in the afternoon and returned Monday.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2025-01-29TAF", ""},
	// the zones of Asian and African news carry their offsets
	{"PHT offset", "Updated March 11, 2025, 10:05 p.m. PHT", time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC), "10:05 p.m. PHT", "TIME", "2025-03-11T22:05+08:00", ""},
	{"EAT offset", "Polls closed at 6 p.m. EAT.", time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC), "6 p.m. EAT", "TIME", "2024-06-25T18:00+03:00", ""},
}

func TestFindQA12(t *testing.T) { runFindTests(t, qa12Tests) }

func TestDayPartsOnDaysBadValues(t *testing.T) {
	for _, v := range []string{"", "2025-01-29", "XXXX-XX-XXTMO", "2025-01-2xTMO", "2025-01-29T10:00"} {
		if dayPartValue(v) {
			t.Errorf("dayPartValue(%q) = true", v)
		}
	}
}
