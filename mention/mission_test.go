package mention

import "testing"

// Tests of missions named by their sponsor.

// TestMissionNames checks that a mission named by its sponsor, its
// kind and its country is one organisation.
func TestMissionNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The United Nations Assistance Mission in Iraq reported 40 deaths.", []string{"United Nations Assistance Mission in Iraq/organization//name"}, []string{"United Nations", "Iraq", "Assistance Mission"}},
		{"The United Nations Mission in South Sudan sheltered civilians.", []string{"United Nations Mission in South Sudan/organization/org.unmiss/alias"}, []string{"South Sudan"}},
		{"The European Union Training Mission in Mali was suspended.", []string{"European Union Training Mission in Mali/organization//name"}, []string{"Mali"}},
		{"Troops of a Rapid Reaction Force in Chad left.", []string{"Chad/country/TCD/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
