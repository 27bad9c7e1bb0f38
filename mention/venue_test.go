package mention

import "testing"

// TestVenueCenter checks that a "Center" named for what one goes there
// for is a place and one named for a field of work stays a body.
func TestVenueCenter(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The shuttle will go on display at the California Science Center next year.", []string{"California Science Center/place//name"}, nil},
		{"The fair took place at the Metro Toronto Convention Centre this weekend.", []string{"Metro Toronto Convention Centre/place//name"}, []string{"Toronto Convention Centre"}},
		{"The race was held at the Green Valley Community Center on Sunday.", []string{"Green Valley Community Center/place//name"}, nil},
		{"A survey by the Pew Research Center found little change.", []string{"Pew Research Center/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestVenuesAndFaiths checks that a venue named with a Romance head
// word and a country ("Stade de France") is one place, not the country,
// and that a faith ("Shi'ite Islam") is no place.
func TestVenuesAndFaiths(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Police evacuated the Stade de France and the Estadio Nacional de Chile.",
			[]string{"Stade de France/place//name", "Estadio Nacional de Chile/place//name"}, []string{"France/country", "Chile/country"}},
		{"Talks opened at the Palais des Nations in Geneva.", []string{"Palais des Nations/place//name"}, nil},
		{"Fighters fled to France and Chile.", []string{"France/country/FRA/alias"}, nil},
		{"Samarra is one of the holiest sites in Shi'ite Islam.", nil, []string{"Shi'ite Islam/place"}},
	} {
		d := analyzeShipped(t, tc.text, "2015-11-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
