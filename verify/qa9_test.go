package verify_test

import (
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

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

// TestSwitchRecognition: "switched diplomatic recognition from Taiwan to
// China in YEAR" (and "ditched Taiwan for China") claims relations
// established with the state recognised (and, where the KB records the
// pair, severed with the state left) in that year (QA9 V-2).
func TestSwitchRecognition(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []string
	}{
		{"Kiribati switched diplomatic recognition from Taiwan to Beijing in 2018.", "2022-04-20", []string{doc.Contradicted, doc.Contradicted}},
		{"Solomon Islands, which switched diplomatic recognition from Taiwan to China in 2018, signed a security pact with Beijing.", "2022-04-20", []string{doc.Contradicted, doc.Contradicted}},
		{"Solomon Islands switched recognition to Beijing from Taipei in 2019.", "2022-04-20", []string{doc.Supported, doc.Supported}},
		{"Honduras ditched Taiwan for China in 2021.", "2024-04-20", []string{doc.Contradicted, doc.Contradicted}},
		{"Honduras ditched Taiwan for China in 2023.", "2024-04-20", []string{doc.Supported, doc.Supported}},
		{"Honduras could switch recognition from Taiwan to China.", "2022-04-20", nil},
	} {
		d := analyze(t, tc.text, tc.date)
		var got []string
		for _, f := range d.Findings {
			if f.Kind == doc.FindRelationContradicted {
				got = append(got, f.Verdict)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: relation verdicts %v; want %v", tc.text, got, tc.want)
		}
	}
}
