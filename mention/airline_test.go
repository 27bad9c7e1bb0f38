package mention

import "testing"

// TestAirlineCountries: "Emirates" without "the" in a sentence about
// flying is the airline, an organisation; "the Emirates", the acronym
// and a sentence with no word of flying keep the country.
func TestAirlineCountries(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Emirates said it would resume flights to Lagos next week.", []string{"Emirates/organization//name"}, []string{"Emirates/country/ARE/alias"}},
		{"An Emirates jet carrying 300 passengers landed in Dubai.", []string{"Emirates/organization//name"}, []string{"Emirates/country/ARE/alias"}},
		{"Flights to the Emirates resumed on Monday.", []string{"Emirates/country/ARE/alias"}, nil},
		{"UAE flights resumed on Monday.", []string{"UAE/country/ARE/alias"}, nil},
		{"Emirates signed a defence deal with France.", []string{"Emirates/country/ARE/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-07-02")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
