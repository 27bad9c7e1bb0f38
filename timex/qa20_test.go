package timex

import (
	"testing"
	"time"
)

// qa20Tests: "the following day", "the next day" with no day named to
// count from is a day of the last month named, at the month's
// precision; in a past clause with only the article's date it is an
// unresolved day, never the day after the article; with a day named, or
// in a future clause, it counts as before (QA20 T-1).
var qa20Tests = []findTest{
	{"after a month", "The opposition lodged an appeal in early March. The tribunal rejected it the following day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2021-03", ""},
	{"past, article date only", "The tribunal rejected the appeal the next day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the next day", "DATE", "XXXX-XX-XX", ""},
	{"past, after a week", "The opposition lodged an appeal last week. The tribunal rejected it the following day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "XXXX-XX-XX", ""},
	{"after a named day", "The opposition lodged an appeal on March 2. The tribunal rejected it the following day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2021-03-03", ""},
	{"future clause", "The tribunal will publish its ruling the next day.",
		time.Date(2021, 3, 20, 0, 0, 0, 0, time.UTC), "the next day", "DATE", "2021-03-21", ""},
}

func TestFindQA20(t *testing.T) { runFindTests(t, qa20Tests) }
