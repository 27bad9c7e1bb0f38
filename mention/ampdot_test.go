package mention

import "testing"

// TestAmpersandSentenceEnd checks that a name ending in a letter after
// "&" at a sentence's end leaves the full stop out of its span: the
// letter closes the name, it is no initial.
func TestAmpersandSentenceEnd(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The sale began Tuesday, overwhelming Apple and AT&T. Many buyers had issues.", []string{"AT&T/organization//alias"}, []string{"AT&T."}},
		{"He studied at Texas A&M. Then he moved to Houston.", nil, []string{"A&M."}},
	} {
		d := analyzeShipped(t, tc.text, "2021-08-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
