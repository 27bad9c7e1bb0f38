package mention

import "testing"

// TestRegionalMediaAndExchanges checks that broadcasters and stock
// exchanges named without a head word are organisations, and that an
// exchange named after a city and its country ("Bursa Malaysia") is not
// the city and the country.
func TestRegionalMediaAndExchanges(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He said in a statement read on Telesur.", []string{"Telesur/organization//alias"}, nil},
		{"The ringgit fell while Bursa Malaysia stayed shut.", []string{"Bursa Malaysia/organization//alias"}, []string{"Bursa/place"}},
		{"Shares in Bursa rose after the factory reopened.", []string{"Bursa/place//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-05-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestRegistryHead checks that "Registry" closes an organisation's name
// ("National Registry", "Land Registry") as other head words do.
func TestRegistryHead(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The No camp won, according to the National Registry, the electoral authority.", []string{"National Registry/organization//name"}, nil},
		{"The Land Registry said prices rose in March.", []string{"Land Registry/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
