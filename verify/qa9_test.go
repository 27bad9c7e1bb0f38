package verify_test

import "testing"

// TestUndatedToldDay: in an undated article the latest day the text
// states in a clause that does not look ahead bounds the window from
// below ("announced the measure on December 19, 2022"); a day in a
// future clause does not (QA9 V-1).
func TestUndatedToldDay(t *testing.T) {
	for _, tc := range []struct{ text, from string }{
		{"The ministry announced the measure on December 19, 2022. IMF Managing Director Kristalina Georgieva said the deal would help.", "2022-12-19"},
		{"The ministry announced the measure in 2021. IMF Managing Director Kristalina Georgieva said the deal would help.", "2021-01-01"},
		{"Talks will resume on March 3, 2031. IMF Managing Director Kristalina Georgieva said the deal would help.", "2019-10-01"},
	} {
		d := analyze(t, tc.text, "")
		if d.DateWindow == nil || d.DateWindow.From != tc.from {
			t.Errorf("%q: DateWindow = %+v; want from %s", tc.text, d.DateWindow, tc.from)
		}
	}
}
