package mention

import "testing"

// TestHyphenedKBSurnames checks that a double surname made of two KB
// surnames ("Smith-Jones") is one name, repeated in full after the full
// name, not the second surname alone.
func TestHyphenedKBSurnames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Mary Smith-Jones filed the suit. Smith-Jones said she would appeal.", []string{"Mary Smith-Jones/person//name", "Smith-Jones/person//short-form"}, []string{"Jones", "Smith"}},
		{"Melissa Harris-Perry said so. Harris-Perry left the network.", []string{"Harris-Perry/person//short-form"}, []string{"Perry", "Harris"}},
	} {
		d := analyzeShipped(t, tc.text, "2010-06-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
