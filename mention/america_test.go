package mention

import "testing"

// Tests of "America" as the United States.

// TestAmerica checks that "America" alone names the United States,
// and that regions and bodies with the word in their names keep it.
func TestAmerica(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Osama bin Laden praised the attacks on America.", []string{"America/country/USA/alias"}, nil},
		{"America will respond, he said.", []string{"America/country/USA/alias"}, nil},
		{"Leaders from Latin America and South America met.", []string{"Latin America/place//alias", "South America/place//alias"}, []string{"America/country/USA/alias"}},
		{"He spoke to Voice of America and sailed in the America's Cup.", nil, []string{"America/country/USA/alias"}},
		{"The America First movement grew.", nil, []string{"America/country/USA/alias"}},
	} {
		d := analyzeShipped(t, tc.text, "2001-10-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
