package timex

import (
	"testing"
	"time"
)

// qa18Tests: "would" reaches a weekday over its verb group and a chain
// of place phrases (QA18 T-1); a chain with another event's time in it
// ("after the ceremony") does not.
var qa18Tests = []findTest{
	{"would over two place phrases", "The envoy said the treaty would be signed at the old customs house in Tallinn on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-13", ""},
	{"would resume over three place phrases", "Officials said talks would resume at the conference hall of the foreign ministry in Lima on Monday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2025-06-16", ""},
	{"would meet with", "He said the leaders would meet with the foreign ministers of the three Baltic states on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-13", ""},
	{"would take place in", "He said the vote would take place in the main hall of the parliament building on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-13", ""},
	{"a past clause keeps its past", "The envoy said the treaty was signed at the old customs house in Tallinn on Friday.",
		time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2025-06-06", ""},
}

func TestFindQA18(t *testing.T) { runFindTests(t, qa18Tests) }

// TestFindQA18DatedName: a day of a month after "the" or a possessive
// that opens a name with a capitalised head noun is no time ("the May
// 13 Square", "the July 26 Movement"); a lower-case noun after it keeps
// the date ("the May 1 holiday") (QA18 T-2).
func TestFindQA18DatedName(t *testing.T) {
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
