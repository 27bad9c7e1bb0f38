package timex

import (
	"testing"
	"time"
)

// qa14Tests are the constructions of the fourteenth QA round (anchor
// given per case), one per rule.
var qa14Tests = []findTest{
	// T-2: a weekday in the subject of a reported clause with a modal is
	// ahead of the report (2015-05-27 was a Wednesday)
	{"weekday in a reported subject with would", "Ana Costa said the vote on Friday would go ahead.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2015-05-29", ""},
	{"weekday in a reported subject with will", "Officials said that the summit on Monday will be held in Accra.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2015-06-01", ""},
	// a past verb in the reported clause keeps the past week
	{"weekday in a reported subject with a past verb", "The official said the vote on Friday was rigged.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2015-05-22", ""},
	{"weekday as the report's own adjunct", "The official said on Friday it would go ahead.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2015-05-22", ""},
}

func TestFindQA14(t *testing.T) { runFindTests(t, qa14Tests) }
