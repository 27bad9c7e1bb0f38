package mention

import "testing"

// Tests of "Gulf" modifying a noun for states.

// TestGulfModifier checks that "Gulf" modifying a noun for states
// or their rulers is no place, while the Gulf as a noun is.
func TestGulfModifier(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gulf Arab states recalled their ambassadors from Doha.", nil, []string{"Gulf Arab", "Gulf"}},
		{"Bahrain accused the Gulf state of meddling.", []string{"Bahrain/country/BHR/alias"}, []string{"Gulf"}},
		{"A tanker was seized in the Gulf on Friday.", []string{"Gulf/place//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
