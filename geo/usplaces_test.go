package geo

import "testing"

// TestNamesakesAcrossCountries: a city name of several countries is the
// one in the country the article's other places name, else the most
// populous.
func TestNamesakesAcrossCountries(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Floods closed roads in Karachi and Hyderabad.", "Karachi/PAK,Hyderabad/PAK"},
		{"Talks were held in Bunbury and Perth.", "Bunbury/AUS,Perth/AUS"},
		{"Crews from Norfolk and Virginia Beach helped.", "Norfolk/USA,Virginia Beach/USA"},
		{"Bushfires burned near Perth and Bunbury.", "Perth/AUS,Bunbury/AUS"},
		{"Police in Hyderabad searched shops in Warangal.", "Hyderabad/IND,Warangal/IND"},
		{"Councillors in Leeds and Wakefield objected.", "Leeds/GBR,Wakefield/GBR"},
	} {
		if got := names(run(t, tc.text, nil)); got != tc.want {
			t.Errorf("%q: places = %q; want %q", tc.text, got, tc.want)
		}
	}
}
