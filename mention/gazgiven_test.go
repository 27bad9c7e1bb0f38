package mention

import "testing"

// Tests of given names that are also gazetteer places.

// TestGazetteerGivenName checks that a person whose given name is
// also a town or region in the gazetteer is a person, not the place with
// the surname lost, while a place with a head word, after a locative
// preposition, or the second of two places stays a place.
func TestGazetteerGivenName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The court jailed several activists, including Samar Okonjo.", []string{"Samar Okonjo/person//name"}, []string{"Samar/place"}},
		{"Trenton Mbaye was arrested last week.", []string{"Trenton Mbaye/person//name"}, []string{"Trenton/place"}},
		{"The board said incumbent Fife Whitfield did not seek re-election.", []string{"Fife Whitfield/person//name"}, []string{"Fife/place"}},
		{"Typhoon survivors in Samar Province waited for aid.", []string{"Samar Province/place//name"}, []string{"Samar Province/person"}},
		{"Aid reached Leyte and Samar on Monday.", nil, []string{"Leyte Samar/person", "Samar/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-08-06")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
