package timex

import (
	"testing"
	"time"
)

// weekendTests: "the following day" and "the previous day" after a
// weekend named since the last full date count from that weekend (QA4,
// session 12: Haiti); a full date named after the weekend is counted
// from as before.
var weekendTests = []findTest{
	{"following day after the weekend", "Officials said on Monday that troops arrived over the weekend, and the border opened the following day.",
		time.Date(2010, 1, 19, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2010-01-18", ""},
	{"previous day before the weekend", "On Monday the talks resumed. Rebels attacked over the weekend, and the army had withdrawn the previous day.",
		time.Date(2010, 1, 19, 0, 0, 0, 0, time.UTC), "the previous day", "DATE", "2010-01-15", ""},
	{"a later full date wins", "Troops arrived over the weekend. The border opened on Jan. 12 and the airport the following day.",
		time.Date(2010, 1, 19, 0, 0, 0, 0, time.UTC), "the following day", "DATE", "2010-01-13", ""},
}

func TestFindWeekendRef(t *testing.T) { runFindTests(t, weekendTests) }
