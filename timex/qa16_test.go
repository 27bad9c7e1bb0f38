package timex

import (
	"testing"
	"time"
)

// qa16Tests are the constructions of the sixteenth QA round (anchor
// given per case), one per rule.
var qa16Tests = []findTest{
	// T-1: "for <date>" after the object of a verb that sets a date
	// lies ahead, whatever the verb's tense
	{"called an election for", "Parliament called an early election for November 1.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "November 1", "DATE", "2022-11-01", ""},
	{"set an election for", "The assembly dissolved itself and set an election for Nov. 1.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Nov. 1", "DATE", "2022-11-01", ""},
	{"a bill setting the vote for", "Lawmakers approved a bill setting the vote for Nov. 1.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Nov. 1", "DATE", "2022-11-01", ""},
	{"passive called for a weekday", "The strike was called for Monday.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2022-07-04", ""},
	// "called for" a thing, then a day: the past verb's day
	{"called for a strike on", "The opposition called for a strike on Monday.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2022-06-27", ""},
}

func TestFindQA16(t *testing.T) { runFindTests(t, qa16Tests) }
