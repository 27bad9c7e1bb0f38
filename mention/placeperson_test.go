package mention

import "testing"

// Tests of places read as persons.

// TestHumanVerbSubject checks that a lone unknown surname before a
// verb only people do (voted, conceded, testified) is a person (the part that
// needs no "said": companies say things too).
func TestHumanVerbSubject(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Ochieng voted in Kisumu, while Khalwale voted in Kakamega.", []string{"Khalwale/person//name"}, nil},
		{"After the count Khalwale conceded on Tuesday.", []string{"Khalwale/person//name"}, nil},
		{"Halvorsen testified before the committee.", []string{"Halvorsen/person//name"}, []string{"Halvorsen/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-08-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
