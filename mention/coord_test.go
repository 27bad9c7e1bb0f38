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

// TestLocativeSurnamePlace checks that a one-word name typed a person
// only as a KB person's surname is a place when a locative preposition
// stands before it and "and" joins it to a sure place after it, while a
// surname with no locative preposition before it stays a person.
func TestLocativeSurnamePlace(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Troops were ordered to remain in their positions in Meta and Caquetá.", []string{"Meta/place//name", "Caquetá/place//name"}, []string{"Meta/person", "Caquetá/person"}},
		{"Fighting spread in Meta and Antioquia on Sunday.", []string{"Meta/place//name", "Antioquia/place//name"}, []string{"Meta/person", "Antioquia/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-10-03")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
