package mention

import "testing"

// Tests of plural possessives.

// TestPluralPossessive checks that a plural possessive written with
// a bare apostrophe stays inside the name of the place or body it opens.
func TestPluralPossessive(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Hundreds of students camped in Heroes' Square until dawn.", []string{"Heroes' Square/place//name"}, []string{"Heroes"}},
		{"The Farmers' Union of Tavria called a strike.", nil, []string{"Farmers"}},
		{"Britain's Foreign Office said nothing.", []string{"Britain/country/GBR/alias"}, nil},
		{"Families gathered at Veterans' Park on Sunday.", []string{"Veterans' Park/place//name"}, []string{"Veterans", "Park"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
