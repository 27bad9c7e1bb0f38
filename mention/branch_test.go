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
		{"The Nepali Red Cross sent tents to the valley.", []string{"Nepali Red Cross/organization//name"}, []string{"Nepali", "Red Cross"}},
		{"The Uganda Red Cross Society said it had treated nine people.", []string{"Uganda Red Cross Society/organization//name"}, []string{"Uganda", "Red Cross"}},
		{"The Zambia Congress Party lost two seats.", []string{"Zambia Congress Party/organization//name"}, []string{"Zambia", "Congress Party"}},
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
