package mention

import "testing"

// Tests of newspapers named by common words.

// TestCommonPaperNames checks that a listed paper named by a common
// adjective after "The" needs the article: "Independent candidates" opening
// a sentence is no paper.
func TestCommonPaperNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Independent candidates won the most seats in the election.", nil, []string{"Independent"}},
		{"He told the Independent that he had won.", []string{"Independent/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-02-09")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
