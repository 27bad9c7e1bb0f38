package mention

import "testing"

// Tests of compass words joined by "and".

// TestCompassPairs checks that two compass words joined by "and"
// before one region noun make one place.
func TestCompassPairs(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The coup was the eighth in West and Central Africa since 2020.", []string{"West and Central Africa/place//alias"}, []string{"Africa", "West and Central"}},
		{"Growth slowed in Central and Eastern Europe last year.", []string{"Central and Eastern Europe/place//name"}, []string{"Central", "Eastern Europe"}},
		{"Tensions rose between North and South Korea.", []string{"South Korea/country/KOR/alias"}, nil},
		{"Floods hit West Africa and East Africa.", []string{"West Africa/place//alias", "East Africa/place//alias"}, nil},
		// before a plural place noun the pair names two regions
		{"Turnout in the Northwest and Southwest regions was very low.", []string{"Northwest/place//name", "Southwest/place//name"}, nil},
		{"Turnout in the Northern and Eastern provinces was low.", []string{"Northern/place//name", "Eastern/place//name"}, []string{"Northern and Eastern"}},
		{"Voting was slow in the North West and South West regions.", []string{"North West/place//name", "South West/place//name"}, []string{"North West and South West"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-08-30")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
