package mention

import "testing"

// TestOfficesOfTitles checks that "Office of the" and an office
// holder's title are one organisation's name, and that a body the KB
// knows which is the whole title keeps its link.
func TestOfficesOfTitles(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Office of the High Representative in Sarajevo rejected the law.", []string{"Office of the High Representative/organization//name", "Sarajevo/place/place.sarajevo/alias"}, []string{"High Representative"}},
		{"Officials at the Office of the Prosecutor General declined to comment.", []string{"Office of the Prosecutor General/organization//name"}, nil},
		{"A statement from the Office of the Special Envoy urged restraint.", []string{"Office of the Special Envoy/organization//name"}, nil},
		{"Refugees were helped by the Office of the U.N. High Commissioner for Refugees, a spokesman said.", []string{"Office of the U.N. High Commissioner for Refugees/organization/org.unhcr/alias"}, []string{"U.N. High Commissioner for Refugees/organization"}},
		// a title with no "Office of the" before it is no office
		{"The U.N. High Commissioner for Refugees said on Monday the camps were full.", []string{"U.N. High Commissioner for Refugees/organization/org.unhcr/alias"}, []string{"Office"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-04-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
