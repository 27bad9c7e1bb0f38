package mention

import "testing"

// Tests of seats of government used for bodies.

// TestSeatMetonymy: "Brussels" acting is the European Union, not
// Belgium's government; as a location it stays the city, and in a story
// of Belgium's regions it stays Belgium.
func TestSeatMetonymy(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		n          int
	}{
		{"Brussels wants Budapest to set up an anti-corruption authority.", "Brussels/organization/org.eu/capital", 0},
		{"Warsaw and Brussels clashed again. Brussels froze funds for Poland.", "Brussels/organization/org.eu/capital", 1},
		{"Ministers met in Brussels on Monday.", "Brussels/place/place.brussels/alias", 0},
		{"Brussels fined Poland on Wednesday.", "Brussels/organization/org.eu/capital", 0},
		{"The EU fined Warsaw a million euros a day.", "Warsaw/country/POL/capital", 0},
		{"Flanders and Wallonia are at odds. Brussels rejected the Flemish plan.", "Brussels/country/BEL/capital", 0},
	} {
		d := analyzeShipped(t, tc.text, "2022-10-14")
		checkMentions(t, d, tc.text, []string{tc.want}, nil)
	}
}
