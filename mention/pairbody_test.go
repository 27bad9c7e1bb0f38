package mention

import "testing"

// TestPairBodies checks that a country's name hyphened to the front of an
// unknown body's name is part of it, while a pair before a KB body or a
// common noun stays two names.
func TestPairBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Laos-China Railway Company said ridership rose.", []string{"Laos-China Railway Company/organization//name"}, []string{"Laos", "China Railway Company"}},
		{"The India-Pakistan Joint Commission met on Monday.", []string{"India-Pakistan Joint Commission/organization//name"}, []string{"India"}},
		{"US-Taliban talks resumed in Doha.", []string{"US/country/USA/alias", "Taliban/armed_group/group.taliban/alias"}, nil},
		{"He flew the Paris-London route.", []string{"Paris/place/place.paris/alias", "London/place/place.london/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2022-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
