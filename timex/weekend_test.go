package timex

import (
	"testing"
	"time"
)

// weekendTests: "the following day" and "the previous day" after a
// weekend named since the last full date count from that weekend; a
// full date named after the weekend is counted from as before.
var weekendTests = []findTest{
	{"following day after the weekend", "Officials said on Monday that troops arrived over the weekend, and the border opened the following day.",
		time.Date(2010, 1, 19, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2010-01-18", ""},
	{"previous day before the weekend", "On Monday the talks resumed. Rebels attacked over the weekend, and the army had withdrawn the previous day.",
		time.Date(2010, 1, 19, 0, 0, 0, 0, time.UTC), "the previous day", "DATE", "2010-01-15", ""},
	{"a later full date wins", "Troops arrived over the weekend. The border opened on Jan. 12 and the airport the following day.",
		time.Date(2010, 1, 19, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2010-01-13", ""},
}

func TestFindWeekendRef(t *testing.T) { runFindTests(t, weekendTests) }

// weekRefTests: "a day earlier", "two days later" after a week named
// since the last full date are a day of that week, not a day counted
// from the older date or the article's; a full date named after the
// week is counted from as before.
var weekRefTests = []findTest{
	{"a day earlier after last week", "The army chief spoke on Monday. Police arrested the union leader last week. A day earlier, he had called for a strike.",
		time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "A day earlier", "DATE", "2019-W46", ""},
	{"two days later after this week", "Talks collapsed this week and, two days later, the rebels attacked.",
		time.Date(2019, 11, 22, 0, 0, 0, 0, time.UTC), "two days later", "DATE", "2019-W47", ""},
	{"a later full date wins over the week", "Police arrested him last week. He was freed on Nov. 14 and left a day later.",
		time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "a day later", "DATE", "2019-11-15", ""},
}

func TestFindWeekRef(t *testing.T) { runFindTests(t, weekRefTests) }

// holidayWeekendTests: "the holiday weekend" and "the long weekend" are
// read as "the weekend"; a named holiday's weekend is not taken here.
var holidayWeekendTests = []findTest{
	{"the holiday weekend told on its Sunday", "Supporters camped on the esplanade over the holiday weekend.",
		time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), "the holiday weekend", "DATE", "2022-W52-WE", ""},
	{"the long weekend ahead", "Shops will close for the long weekend, the chamber said.",
		time.Date(2024, 5, 22, 0, 0, 0, 0, time.UTC), "the long weekend", "DATE", "2024-W21-WE", ""},
	{"the long weekend past", "Traffic deaths rose over the long weekend, police said.",
		time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC), "the long weekend", "DATE", "2024-W21-WE", ""},
}

func TestFindHolidayWeekend(t *testing.T) { runFindTests(t, holidayWeekendTests) }
