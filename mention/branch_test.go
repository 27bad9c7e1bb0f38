package mention

import "testing"

// TestNationalBranches checks that a country's name or adjective before a
// KB party or non-governmental body names the body's branch there, one
// unlisted organisation, while a state's or an international body, or a
// body of the same country, keeps the country apart.
func TestNationalBranches(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Lao Red Cross set up shelters in schools.", []string{"Lao Red Cross/organization//name"}, []string{"Lao", "Red Cross"}},
		{"The Kenya Red Cross Society said it had treated twenty people.", []string{"Kenya Red Cross Society/organization//name"}, []string{"Kenya", "Red Cross"}},
		{"Lazarus Chakwera of the Malawi Congress Party told supporters to stay calm.", []string{"Malawi Congress Party/organization//name"}, []string{"Malawi", "Congress Party"}},
		{"The Syrian Muslim Brotherhood rejected the talks.", []string{"Syrian Muslim Brotherhood/organization//name"}, []string{"Syrian"}},
		{"The Iraqi Red Crescent sent ambulances.", []string{"Iraqi Red Crescent/organization//name"}, []string{"Iraqi"}},
		// the body's own country, a state's or an international body, a firm
		{"The U.S. Congress passed the bill.", []string{"U.S. Congress/organization/org.us-congress/alias"}, nil},
		{"The Palestinian Hamas movement said it would talk.", []string{"Palestinian/country/PSE/demonym", "Hamas/armed_group/group.hamas/alias"}, nil},
		{"The Iraqi UN mission said so.", []string{"Iraqi/country/IRQ/demonym", "UN/organization/org.un/alias"}, nil},
		{"American General Motors cut jobs.", []string{"General Motors/organization//alias"}, []string{"American General Motors"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
