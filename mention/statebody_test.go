package mention

import "testing"

// TestStateBodies checks that a state's name written right before one of
// its own KB bodies is part of the body's mention, and that a possessive,
// a demonym or another state's body keeps the two apart.
func TestStateBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The U.S. Department of State expects the offer to help.", []string{"U.S. Department of State/organization/org.state-department/alias"}, []string{"U.S."}},
		{"According to the United States Treasury Department, he was appointed.", []string{"United States Treasury Department/organization/org.us-treasury/alias"}, []string{"United States"}},
		{"The U.S. Defense Department denies it.", []string{"U.S. Defense Department/organization/org.pentagon/alias"}, []string{"U.S."}},
		{"The United States' Treasury Department said so.", []string{"Treasury Department/organization/org.us-treasury/alias"}, nil},
		{"The American Treasury Department said so.", []string{"Treasury Department/organization/org.us-treasury/alias"}, nil},
		{"A France Treasury Department official said so.", []string{"France/country/FRA/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
