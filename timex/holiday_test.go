package timex

import (
	"testing"
	"time"
)

// Tests of named days and names made from a date.

// TestFindDatedName: a day of a month after "the" or a possessive
// that opens a name with a capitalised head noun is no time ("the May
// 13 Square", "the July 26 Movement"); a lower-case noun after it keeps
// the date ("the May 1 holiday") (QA18 T-2).
func TestFindDatedName(t *testing.T) {
	anchor := time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, expr string
		want       bool
	}{
		{"Thousands rallied at the June 30 Square in the capital.", "June 30", false},
		{"She joined the February 17 Youth Movement as a student.", "February 17", false},
		{"The opposition's March 8 Alliance walked out.", "March 8", false},
		{"Shops closed for the May 1 holiday.", "May 1", true},
		{"Voting ends on June 30. Observers will stay.", "June 30", true},
		{"Voters rejected the June 30 City of Tula referendum.", "June 30", true},
		{"Talks opened on June 30. Later on the same day Popular Front leaders left.", "the same day", true},
	} {
		got := false
		for _, g := range Find(tt.text, anchor) {
			if g.Text == tt.expr {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q): %q found = %v, want %v", tt.text, tt.expr, got, tt.want)
		}
	}
}

// TestFindHolidayPast: a holiday told of in a past clause more than three
// weeks before its next occurrence is the last one, as a day of a month
// is; one in a present or future clause is the next.
func TestFindHolidayPast(t *testing.T) {
	aug := time.Date(2020, 8, 4, 0, 0, 0, 0, time.UTC)
	runFindTests(t, []findTest{
		{"past holiday ahead in the year", "The attack happened on Halloween.", aug, "Halloween", "DATE", "2019-10-31", ""},
		{"past movable feast ahead in the year", "The attack happened on Thanksgiving.", aug, "Thanksgiving", "DATE", "2019-11-28", ""},
		{"holiday ahead in a present clause", "The party is on Halloween.", aug, "Halloween", "DATE", "2020-10-31", ""},
	})
}
