package timex

import (
	"testing"
	"time"
)

// Tests of time ranges and split years.

// splitYearTests: a split year (fiscal year, crop or football season) is one
// expression over the whole span, valued as its first year.
var splitYearTests = []findTest{
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
	// the short end of a range of years is a year of its century
	{"short end of a range of years", "The 1990-95 period was hard.",
		time.Date(2001, 1, 3, 0, 0, 0, 0, time.UTC), "95", "DATE", "1995", ""},
	{"short end of a war's years", "the 70th anniversary of the 1950-53 Korean War",
		time.Date(2020, 6, 25, 0, 0, 0, 0, time.UTC), "53", "DATE", "1953", ""},
	{"short end in brackets", "The Korean War (1950-53) ended in an armistice.",
		time.Date(2020, 6, 25, 0, 0, 0, 0, time.UTC), "53", "DATE", "1953", ""},
}

// TestShortRangeEndNoYear: two digits after a year and a dash are no year
// when they do not follow it ("1999-45"), end a split year ("the winter
// of 2011-12"), or belong to a phone number or a date.
func TestShortRangeEndNoYear(t *testing.T) {
	anchor := time.Date(2020, 6, 25, 0, 0, 0, 0, time.UTC)
	checkNoTime(t, anchor, []string{"The score was 1999-45 at the break.", "Call 555-1950-53 now.", "The 2008-12-05 meeting was held.", "In the winter of 2011-12 snow fell."}, "45", "53", "12")
}

func TestFindSplitYear(t *testing.T) { runFindTests(t, splitYearTests) }

// overnightRangeTests: the a.m. end of a clock range that starts in the p.m. is on
// the next day; a day written after the end, or a range
// within one day, stays.
var overnightRangeTests = []findTest{
	{"curfew overnight", "A curfew was imposed from 10 p.m. to 5 a.m. in the capital.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "5 a.m.", "TIME", "2014-05-23T05:00", ""},
	{"overnight, minutes", "Traffic is banned from 11:30 p.m. until 6 a.m. in the centre.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "6 a.m.", "TIME", "2014-05-23T06:00", ""},
	{"between … and", "Voting ran between 9 p.m. and 1 a.m. in the north.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "1 a.m.", "TIME", "2014-05-23T01:00", ""},
	{"start of overnight range", "A curfew was imposed from 10 p.m. to 5 a.m. in the capital.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "10 p.m.", "TIME", "2014-05-22T22:00", ""},
	{"daytime range", "Shops may open from 9 a.m. to 5 p.m. in the capital.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "5 p.m.", "TIME", "2014-05-22T17:00", ""},
	{"morning range", "Shops may open from 6 a.m. to 11 a.m. in the capital.",
		time.Date(2014, 5, 22, 0, 0, 0, 0, time.UTC), "11 a.m.", "TIME", "2014-05-22T11:00", ""},
}

func TestFindOvernightRange(t *testing.T) { runFindTests(t, overnightRangeTests) }

// TestRangeEnds: the first time of an explicit range carries the
// second's value as End; a move of a date and a lone pair do not.
func TestRangeEnds(t *testing.T) {
	anchor := time.Date(2024, 5, 28, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, first, end string }{
		{"Fighting raged from May 24 to May 26 in the valley.", "May 24", "2024-05-26"},
		{"Between 2020 and 2023, the province recorded five landslides.", "2020", "2023"},
		{"The war lasted from 1998 until 2000.", "1998", "2000"},
		{"Rain fell from Monday through Wednesday.", "Monday", "2024-05-22"},
		{"A curfew was imposed from 10 p.m. to 5 a.m. in the capital.", "10 p.m.", "2024-05-29T05:00"},
		{"The vote was postponed from May 24 to May 26.", "May 24", ""},
		{"Prices rose in 2020 and 2023.", "2020", ""},
		{"The talks held on May 26 to May 24 deadline.", "May 26", ""},
		{"Snow fell in the August-September-October quarter.", "August", ""},
		{"Tests run May 4-8 at the school.", "May 4", "2024-05-08"},
	} {
		var got *string
		ts := Find(tc.in, anchor)
		for i := range ts {
			if ts[i].Text == tc.first {
				got = &ts[i].End
				break
			}
		}
		if got == nil {
			t.Errorf("Find(%q): no %q in %+v", tc.in, tc.first, ts)
			continue
		}
		if *got != tc.end {
			t.Errorf("Find(%q): %q End = %q; want %q", tc.in, tc.first, *got, tc.end)
		}
	}
}
