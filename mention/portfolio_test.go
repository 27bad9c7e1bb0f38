package mention

import "testing"

// TestPortfolioTitlePlace checks that a place after a preposition before
// "Minister" is no portfolio of the title ("In Turkey Minister Ellwood")
// while a portfolio word is ("Environment Minister John Baird").
func TestPortfolioTitlePlace(t *testing.T) {
	for _, tc := range []struct {
		text, name, title string
	}{
		{"In Turkey Minister Ellwood met with the coalition.", "Ellwood", ""},
		{"Environment Minister John Baird has asked officials.", "John Baird", "Environment Minister"},
		{"On Monday Environment Minister John Baird has asked officials.", "John Baird", "Environment Minister"},
	} {
		d := analyzeShipped(t, tc.text, "")
		m := mentionAt(d, tc.name, 0)
		if m == nil {
			t.Errorf("%q: no mention at %q", tc.text, tc.name)
			continue
		}
		if m.Title != tc.title {
			t.Errorf("%q: %q title = %q; want %q", tc.text, tc.name, m.Title, tc.title)
		}
	}
}

// TestPortfolioBeforeMinister checks that a portfolio the title lexicon
// lacks, between a place and "Minister", is the post's, not a body's
// name with the place in it.
func TestPortfolioBeforeMinister(t *testing.T) {
	s := stage()
	text := "Gaza Information Minister Azma Bokhari said so. Later Syria Tourism Minister Ana Ruiz agreed."
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"Gaza/place/PSE.gaza/alias", "Syria/country/SYR/alias", "Azma Bokhari/person//name", "Ana Ruiz/person//name"},
		[]string{"Gaza Information", "Syria Tourism"})
	checkInvariants(t, d)
}
