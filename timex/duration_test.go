package timex

import (
	"testing"
	"time"
)

// Tests of durations.

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

func TestFindHalf(t *testing.T) { runFindTests(t, w12qaHalfTests) }
