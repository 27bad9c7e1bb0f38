package timex

import (
	"testing"
	"time"
)

// qa22Tests: "used <instrument> to <verb> … on <weekday>" is a past
// clause, its weekday the last one (QA22 T-1); "effective" sets a start
// ahead only right before its date, not as the adjective of a noun
// elsewhere in the clause (QA22 T-2).
var qa22Tests = []findTest{
	{"used … to disperse", "Police used water cannon to disperse protesters on Monday.",
		time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2023-07-24", ""},
	{"used … in a place", "Soldiers used live ammunition to disperse crowds in Masaka on Friday.",
		time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2023-07-21", ""},
	{"will be used", "The funds will be used on Monday.",
		time.Date(2023, 7, 25, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2023-07-31", ""},
	{"effective noun, since", "The opposition leader has been under effective house arrest since Friday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2021-01-15", ""},
	{"effective Friday", "The ban is effective Friday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2021-01-22", ""},
	{"effective from Monday", "The ban becomes effective from Monday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2021-01-18", ""},
	{"effective as of Monday", "The tariff is effective as of Monday.",
		time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2021-01-18", ""},
}

func TestFindQA22(t *testing.T) { runFindTests(t, qa22Tests) }
