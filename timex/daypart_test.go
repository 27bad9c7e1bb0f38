package timex

import (
	"testing"
	"time"
)

// Tests of day parts moved onto days.

func TestDayPartsOnDaysBadValues(t *testing.T) {
	for _, v := range []string{"", "2025-01-29", "XXXX-XX-XXTMO", "2025-01-2xTMO", "2025-01-29T10:00"} {
		if dayPartValue(v) {
			t.Errorf("dayPartValue(%q) = true", v)
		}
	}
}

// pastDayOfNarrativeTests: "earlier/later in the day" in a past clause
// is not a day still ahead that the sentence before gave in a future
// clause; it is the last past day told of, else the article's.
var pastDayOfNarrativeTests = []findTest{
	{"after a relative clause of the future", "Kostunica, who will be sworn in on Saturday, met the army chief. The cabinet resigned en masse earlier in the day.",
		time.Date(2000, 10, 6, 0, 0, 0, 0, time.UTC), "earlier in the day", "DATE", "2000-10-06", "START"},
	{"the last past day told of", "Police clashed with miners on Wednesday. Kostunica, who will be sworn in on Saturday, met the army chief. The cabinet resigned en masse earlier in the day.",
		time.Date(2000, 10, 6, 0, 0, 0, 0, time.UTC), "earlier in the day", "DATE", "2000-10-04", "START"},
	{"a future clause keeps the day ahead", "The summit opens on Saturday. Leaders will sign the accord later in the day.",
		time.Date(2000, 10, 6, 0, 0, 0, 0, time.UTC), "later in the day", "DATE", "2000-10-07", "END"},
}

func TestFindPastDayOfNarrative(t *testing.T) { runFindTests(t, pastDayOfNarrativeTests) }

// dawnOnTests: "dawn on Sunday", "dusk on Friday" are that weekday's
// part of the day; a bare "dawn" is no expression.
var dawnOnTests = []findTest{
	{"dawn on Sunday", "Taliban fighters attacked a NATO base at dawn on Sunday.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "dawn on Sunday", "TIME", "2010-08-15TMO", ""},
	{"dusk on Friday", "The troops withdrew at dusk on Friday.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "dusk on Friday", "TIME", "2010-08-13TEV", ""},
	{"before dawn ahead", "They will return before dawn on Tuesday.",
		time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), "dawn on Tuesday", "TIME", "2010-08-17TMO", ""},
}

func TestFindDawnOn(t *testing.T) {
	runFindTests(t, dawnOnTests)
	checkNoTime(t, time.Date(2010, 8, 15, 0, 0, 0, 0, time.UTC), []string{"Dawn broke over the city.", "They attacked at dawn."}, "Dawn", "dawn")
}
