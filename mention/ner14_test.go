package mention

import "testing"

// TestTitleOpeningAlias: a KB alias that opens with the person's title
// ("King Mohammed VI", "King Felipe VI") is a mention of the name after
// the title, as "President X" is; the role claim keeps the title.
func TestTitleOpeningAlias(t *testing.T) {
	for _, tc := range []struct {
		text, date, name, title string
	}{
		{"King Mohammed VI has not spoken about the unrest.", "2017-05-29", "Mohammed VI", "King"},
		{"The visit was welcomed by King Felipe VI of Spain.", "2023-01-01", "Felipe VI", "King"},
		{"On Tuesday King Charles III asked Keir Starmer to form a government.", "2024-07-05", "Charles III", "King"},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		m := mentionAt(d, tc.name, 0)
		if m == nil || m.Text != tc.name || m.Title != tc.title {
			t.Errorf("%q: want mention %q titled %q; all %v", tc.text, tc.name, tc.title, mentionList(d))
		}
		if len(d.RoleClaims) != 1 || d.RoleClaims[0].Title != tc.title {
			t.Errorf("%q: want one claim titled %q; got %+v", tc.text, tc.title, d.RoleClaims)
		}
	}
}
