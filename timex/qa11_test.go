package timex

import (
	"testing"
	"time"
)

// qa11Tests are the constructions of the eleventh QA round (anchor
// given per case), one per rule.
var qa11Tests = []findTest{
	// T-1: a zone after a clock time is its UTC offset in the value
	{"CET offset", "At 10:00 CET, the rebel leader said his fighters had taken the airport.", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "10:00 CET", "TIME", "2023-06-24T10:00+01:00", ""},
	{"MSK offset", "By 08:15 MSK the column had reached the city.", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "08:15 MSK", "TIME", "2023-06-24T08:15+03:00", ""},
	{"IST half-hour offset", "The count began at 8 a.m. IST on Tuesday.", time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), "8 a.m. IST", "TIME", "2024-05-28T08:00+05:30", ""},
	{"PDT offset", "The launch is set for 4:30 p.m. PDT.", time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), "4:30 p.m. PDT", "TIME", "2024-06-03T16:30-07:00", ""},
	{"WIB military time", "The eruption began at 0730 WIB.", time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), "0730 WIB", "TIME", "2024-06-03T07:30+07:00", ""},
	// T-2: live-blog stamps that cross midnight roll over the day
	{"stamp after midnight in a forward run", "Storm live.\n\n21:30 GMT — The convoy stopped.\n\n23:50 GMT — The leader spoke.\n\n00:40 GMT — Fighters left.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "00:40 GMT", "TIME", "2023-06-25T00:40Z", ""},
	{"stamps before midnight keep the day", "Storm live.\n\n21:30 GMT — The convoy stopped.\n\n23:50 GMT — The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "23:50 GMT", "TIME", "2023-06-24T23:50Z", ""},
	{"stamp before midnight in a backward run", "Storm live.\n\n00:40 - Fighters left.\n\n23:50 - The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "23:50", "TIME", "2023-06-23T23:50", ""},
	{"a backward run within a day keeps it", "Storm live.\n\n14:00 - Fighters left.\n\n09:15 - The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "09:15", "TIME", "2023-06-24T09:15", ""},
	{"a forward run's long gap is no day back", "Storm live.\n\n07:00 - Rain began.\n\n08:00 - Fighters left.\n\n21:00 - The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "21:00", "TIME", "2023-06-24T21:00", ""},
	{"GMT stays Z", "At 14:30 GMT, the index was down 2%.", time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC), "14:30 GMT", "TIME", "2023-10-10T14:30Z", ""},
}

func TestFindQA11(t *testing.T) { runFindTests(t, qa11Tests) }
