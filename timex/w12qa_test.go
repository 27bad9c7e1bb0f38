package timex

import (
	"testing"
	"time"
)

// w12qaTests: a modal before a passive carries its future over a longer
// phrase ("must still be approved by voters in a referendum on
// Sunday"), and "called a meeting … for Sunday" sets a day ahead over a
// long object with a possessive (W12 QA: Colombia, Ukraine); a past
// clause stays past.
var w12qaTests = []findTest{
	{"modal passive, long phrase", "The deal must still be approved by voters in a referendum on Sunday.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2016-10-02", ""},
	{"modal passive with adverb", "The accord should formally be signed by both leaders at a ceremony on Sunday.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2016-10-02", ""},
	{"set for, long object", "Rasmussen called an emergency meeting of the alliance's ambassadors in Brussels for Sunday.",
		time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2014-03-02", ""},
	{"past passive stays past", "The deal was approved by voters in a referendum on Sunday.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2016-09-25", ""},
}

func TestFindW12QA(t *testing.T) { runFindTests(t, w12qaTests) }
