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

// w12qaHalfTests: "half a <unit>" is half of one unit, not one unit (W12
// QA: Colombia); "two and a half years" stays as it was.
var w12qaHalfTests = []findTest{
	{"half a century", "Colombia is saying goodbye to half a century of violence.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "half a century", "DURATION", "P50Y", ""},
	{"half an hour", "The meeting lasted half an hour.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "half an hour", "DURATION", "PT30M", ""},
	{"half a year", "Half a year later, he resigned.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "Half a year", "DURATION", "P6M", ""},
	{"two and a half years", "The war lasted two and a half years.",
		time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), "two and a half years", "DURATION", "P2Y6M", ""},
}

func TestFindW12QAHalf(t *testing.T) { runFindTests(t, w12qaHalfTests) }

// w12qa3WasToTests: "was to <verb>" is a plan of the past; a weekday
// after it is still ahead of the article (W12 QA3: Haiti); a year goes
// by its nearness.
var w12qa3WasToTests = []findTest{
	{"was to meet on a weekday", "The UN Security Council was to meet on Thursday in a closed session.",
		time.Date(2021, 7, 7, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2021-07-08", ""},
	{"were to vote on a weekday", "Lawmakers were to vote on Friday.",
		time.Date(2021, 7, 7, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2021-07-09", ""},
	{"was to become, a year", "He was to become president in 1990.",
		time.Date(2021, 7, 7, 0, 0, 0, 0, time.UTC), "1990", "DATE", "1990", ""},
}

func TestFindW12QA3WasTo(t *testing.T) { runFindTests(t, w12qa3WasToTests) }
