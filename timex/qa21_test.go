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

// qa21Tests: a split year (fiscal year, crop or football season) is one
// expression over the whole span, valued as its first year (QA21 T-1).
var qa21Tests = []findTest{
	{"slash, two digits", "The 2008/09 budget was cut.",
		time.Date(2009, 7, 6, 0, 0, 0, 0, time.UTC), "2008/09", "DATE", "2008", ""},
	{"hyphen, two digits", "Growth in 2023-24 slowed.",
		time.Date(2024, 7, 6, 0, 0, 0, 0, time.UTC), "2023-24", "DATE", "2023", ""},
	{"slash, four digits", "Exports for the 2022/2023 season rose.",
		time.Date(2023, 10, 3, 0, 0, 0, 0, time.UTC), "2022/2023", "DATE", "2022", ""},
	{"century turn", "The 1999/00 season was wet.",
		time.Date(2001, 1, 3, 0, 0, 0, 0, time.UTC), "1999/00", "DATE", "1999", ""},
	{"range of years is no season", "The 1990-95 period was hard.",
		time.Date(2001, 1, 3, 0, 0, 0, 0, time.UTC), "1990", "DATE", "1990", ""},
	{"calendar date", "On 2008/09/15 the bank fell.",
		time.Date(2009, 1, 3, 0, 0, 0, 0, time.UTC), "2008/09/15", "DATE", "2008-09-15", ""},
}

func TestFindQA21(t *testing.T) { runFindTests(t, qa21Tests) }
