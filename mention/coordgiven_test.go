package mention

import "testing"

// TestCoordGiven checks that a one-word name coordinated with a given
// name or a person's name is a person's, but not where places stand.
func TestCoordGiven(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"This is a story of Karim and Sadiq. Sadiq told Karim proudly.", []string{"Sadiq/person//name"}, []string{"Sadiq/organization"}},
		{"For tickets, call Gordy or Linda at the office.", []string{"Gordy/person//name"}, nil},
		{"Douglas and Wyandotte counties also have improved.", nil, []string{"Wyandotte/person"}},
		{"The staff at its facilities in Hamilton and Middletown were told.", nil, []string{"Middletown/person"}},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
