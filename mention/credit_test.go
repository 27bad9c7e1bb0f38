package mention

import "testing"

// TestCreditAgency checks that a credit line's agency does not open the
// name written after it, while a listed company still opens its
// division's name.
func TestCreditAgency(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Author Alice Walker is traveling to Gaza on Sunday. Photo: AP Walker, who was making her first trip, said it was important.",
			[]string{"AP/organization//alias", "Walker/person//short-form"}, []string{"AP Walker"}},
		{"Officials met on Sunday. Image by Reuters Parker, the spokesman, said it.", []string{"Reuters/organization//alias"}, []string{"Reuters Parker"}},
		{"Boeing Commercial Airplanes said it would cut jobs.", []string{"Boeing Commercial Airplanes/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2009-01-20")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
