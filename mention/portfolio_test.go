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
