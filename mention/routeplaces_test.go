package mention

import "testing"

// TestRoutePlaces: hyphened names before a route noun are one place
// each ("the Kirkuk-Ceyhan pipeline" was one organisation, "Bar" in "the
// Belgrade-Bar railway" nothing); a prefix ("Trans-Adriatic") and a
// firm's double name stay as they were.
func TestRoutePlaces(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Oil rose after the Kirkuk-Ceyhan pipeline was shut.", []string{"Kirkuk/place//name", "Ceyhan/place//name"}, []string{"Kirkuk-Ceyhan"}},
		{"The Belgrade-Bar railway will be upgraded.", []string{"Belgrade/place/place.belgrade/alias", "Bar/place//name"}, nil},
		{"The Baku-Supsa oil pipeline was shut.", []string{"Baku/place/place.baku/alias", "Supsa/place//name"}, nil},
		{"Work began on the Trans-Adriatic pipeline.", nil, []string{"Trans/place//name"}},
		{"The Rolls-Royce road show opened.", nil, []string{"Rolls/place//name", "Royce/place//name"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-03-04")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
