package mention

import "testing"

// Tests of bodies owned by a state or group.

// TestOwnedBodies checks that a body or armed group whose shared
// name the KB gives another state's stays with the state the noun phrase
// or the article names: "Armenia's ruling Republican Party" is Armenia's,
// "the National Liberation Army" in an article naming only other states
// is not Colombia's ELN.
func TestOwnedBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Armenia's ruling Republican Party backed the candidate.", []string{"Republican Party/organization/org.republican-party-of-armenia/alias"}, []string{"Republican Party/organization/org.us-republican-party"}},
		{"Algeria's National Liberation Army fought France.", []string{"National Liberation Army/armed_group//name"}, []string{"National Liberation Army/armed_group/group.eln"}},
		{"He joined the National Liberation Army in the war of independence against France.", []string{"National Liberation Army/armed_group//name"}, []string{"National Liberation Army/armed_group/group.eln"}},
		// the body's own state, or no state at all: the KB's body
		{"Colombia's National Liberation Army freed two hostages.", []string{"National Liberation Army/armed_group/group.eln/alias"}, nil},
		{"The National Liberation Army freed two hostages.", []string{"National Liberation Army/armed_group/group.eln/alias"}, nil},
		{"Iran's envoy and Tehran's allies met Hezbollah's men.", []string{"Hezbollah/armed_group/group.hezbollah/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-05-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
