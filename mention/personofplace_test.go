package mention

import "testing"

// TestPersonOfPlaceWithState checks that the name after a person's "of"
// is the town the person comes from when a state or country follows it
// after a comma, and the person's body otherwise.
func TestPersonOfPlaceWithState(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Kalena Horhn of Grand Prairie, Texas, said she was relieved.", []string{"Grand Prairie/place//name"}, []string{"Grand Prairie/organization"}},
		{"Mary Smith of Cedar Rapids, Iowa, said the water had receded.", []string{"Cedar Rapids/place//name"}, []string{"Cedar Rapids/organization"}},
		{"Goran Rakic of Srpska Lista said the vote was fair.", []string{"Srpska Lista/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2026-11-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
