package timex

import (
	"testing"
	"time"
)

// w13qa5Tests: "to" after a participle is a preposition, not a
// headline's infinitive ("speaking to lawmakers on Thursday, accused"),
// and a possessive between "would" and a weekday does not push the day
// out of the future's reach (W13 QA5: Georgia 2008, Sweden 2024).
var w13qa5Tests = []findTest{
	{"participle then to", "President Mikheil Saakashvili, speaking to lawmakers on Thursday, accused Russia of trying to wipe Georgia off the map.",
		time.Date(2008, 8, 29, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2008-08-28", ""},
	{"headline infinitive stays", "Pastor to be buried Saturday",
		time.Date(2008, 8, 29, 0, 0, 0, 0, time.UTC), "Saturday", "DATE", "2008-08-30", ""},
	{"would, possessive between", "Stoltenberg said in Brussels that the Swedish flag would be raised outside the alliance's headquarters on Monday.",
		time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2024-03-11", ""},
	{"would, possessive weekday", "He said he would look for ways to get around Wednesday's ruling.",
		time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC), "Wednesday", "DATE", "2024-03-06", ""},
}

func TestFindW13QA5(t *testing.T) { runFindTests(t, w13qa5Tests) }
