package timex

import (
	"testing"
	"time"
)

// Tests of "since then".

// sinceThenTests: "since then" after a date that lies after the article
// counts from the last date given that does not; after a past
// date it keeps that date.
var sinceThenTests = []findTest{
	{"since then after a future date", "The strike began on March 3, a week before the union set a vote for May 20. Every day since then, the port has stood idle.",
		time.Date(2023, 4, 12, 0, 0, 0, 0, time.UTC), "then", "DATE", "2023-03-03", ""},
	{"since then after a past date", "The strike began on March 3. Every day since then, the port has stood idle.",
		time.Date(2023, 4, 12, 0, 0, 0, 0, time.UTC), "then", "DATE", "2023-03-03", ""},
}

func TestFindSinceThen(t *testing.T) { runFindTests(t, sinceThenTests) }

// TestFindSinceFuture: "since then" after a future date with no
// past date before it is no time (it cannot count from a day to come).
func TestFindSinceFuture(t *testing.T) {
	text := "The union set a vote for May 20. Since then, the port has stood idle."
	for _, g := range Find(text, time.Date(2023, 4, 12, 0, 0, 0, 0, time.UTC)) {
		if g.Text == "then" {
			t.Errorf("Find(%q) gave %q = %s; want no time", text, g.Text, g.Value)
		}
	}
}
