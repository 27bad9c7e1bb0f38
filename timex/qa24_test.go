package timex

import (
	"testing"
	"time"
)

// qa24Tests: the a.m. end of a clock range that starts in the p.m. is on
// the next day (QA24 T-4); a day written after the end, or a range
// within one day, stays.
var qa24Tests = []findTest{
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

func TestFindQA24(t *testing.T) { runFindTests(t, qa24Tests) }
