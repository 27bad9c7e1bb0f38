package mention

import "testing"

// Tests of party and list labels.

// TestPartyLabels checks that a party or list name opening with a
// word taken for a surname is one organisation before "banner", "party"
// or "list" ("Green Left").
func TestPartyLabels(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The candidates ran under the Green Left banner.", []string{"Green Left/organization//name"}, []string{"Green/person"}},
		{"The Green Left party lost two seats.", []string{"Green Left/organization//name"}, []string{"Green/person", "Left"}},
		{"Mark Green party officials met.", nil, []string{"Mark Green/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
