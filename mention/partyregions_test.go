package mention

import "testing"

// TestPartyPluralOfCountry: a party's adjective and a plural head before
// "of" and a country name one party ("the United Regions of Serbia" was
// the country alone); a state's plural ("Federated States of
// Micronesia") and a non-party adjective ("the National Heroes of
// Kenya") keep what they were.
func TestPartyPluralOfCountry(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He met the United Regions of Serbia leader on Monday.", []string{"United Regions of Serbia/organization//name"}, []string{"Serbia/country/SRB/alias"}},
		{"The Federated States of Micronesia voted against.", []string{"Federated States of Micronesia/country/FSM/alias"}, nil},
		{"He praised the National Heroes of Kenya.", []string{"Kenya/country/KEN/alias"}, []string{"National Heroes of Kenya"}},
	} {
		d := analyzeShipped(t, tc.text, "2012-05-04")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
