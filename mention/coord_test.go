package mention

import "testing"

// Tests of names typed by the names they are listed with.

// TestHyphenFirm checks that a hyphenated compound with no given name
// listed with a company is a company, while a person's double surname
// after a given name stays a person.
func TestHyphenFirm(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Maersk and Hapag-Lloyd said on Monday they would keep diverting vessels.", "2024-01-15", []string{"Hapag-Lloyd/organization//name"}, []string{"Hapag-Lloyd/person"}},
		{"Maersk and Anna Hapag-Lloyd said on Monday they would keep diverting vessels.", "2024-01-15", []string{"Anna Hapag-Lloyd/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
