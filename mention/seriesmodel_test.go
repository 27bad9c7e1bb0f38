package mention

import "testing"

// TestSeriesModel checks that a maker's name before a product line and a
// model number ("Rolls-Royce Trent 900") names a product, not the firm,
// while a flight, a resolution or a date after a body's name leaves the
// body.
func TestSeriesModel(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The plane is built with four Rolls-Royce Trent 900 engines.", nil, []string{"Rolls-Royce", "Rolls-Royce Trent"}},
		{"He lost control of his Chevrolet Cavalier 2001 model on the bridge.", nil, []string{"Chevrolet", "Chevrolet Cavalier"}},
		{"Airbus offered to fund the search for the black boxes from Air France Flight 447.", []string{"Air France/organization//alias"}, nil},
		{"They must comply with UN Security Council Resolution 2328 at once.", []string{"UN Security Council/organization/org.unsc/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
