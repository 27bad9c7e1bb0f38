package mention

import "testing"

// TestPartyNominees checks that a party's name before a candidacy noun
// is no mention of the party, while the party as a body stays one.
func TestPartyNominees(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The GOP nominee attacked Clinton on Monday.", nil, []string{"GOP"}},
		{"The GOP presidential nominee attacked Clinton on Monday.", nil, []string{"GOP"}},
		{"The Republican candidate attacked Clinton on Monday.", nil, []string{"Republican"}},
		{"The GOP leadership attacked Clinton on Monday.", []string{"GOP/organization/org.us-republican-party/alias"}, nil},
		{"The Republican National Committee said the Republican Party would back Trump in Ohio.", []string{"Republican Party/organization/org.us-republican-party/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-09-22")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
