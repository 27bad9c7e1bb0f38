package mention

import "testing"

// TestCountryWireAbbreviations checks that the short forms wires give
// countries link to them, and that a file format's initials do not.
func TestCountryWireAbbreviations(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Officials in PNG said the mine would reopen.", []string{"PNG/country/PNG/alias"}, nil},
		{"Voters in BiH went to the polls on Sunday.", []string{"BiH/country/BIH/alias"}, nil},
		{"Save the chart as a PNG image before sending it.", nil, []string{"PNG/country"}},
	} {
		d := analyzeShipped(t, tc.text, "2026-11-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
