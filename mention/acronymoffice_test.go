package mention

import "testing"

// Tests of an organisation and its head's title before a name, and
// movement names.

// TestMovementOfName checks that a movement's name with "of" inside
// and no head word ("Liberation Tigers of Tamil Eelam") is one
// organisation span, not dropped.
func TestMovementOfName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The army said it had killed the leader of the Liberation Tigers of Tamil Eelam.", []string{"Liberation Tigers of Tamil Eelam/armed_group/group.ltte/alias"}, nil},
		{"Police arrested members of the Patriotic Youth of Kavaria on Monday.", []string{"Patriotic Youth of Kavaria/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2009-05-19")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPortfolioHeads checks that a portfolio word opening a sentence
// before a ministry's head stays in the name though the article writes
// it lower case elsewhere.
func TestPortfolioHeads(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The EU's foreign policy chief spoke. Foreign Ministry spokeswoman Maria Zakharova wrote on Facebook.", []string{"Foreign Ministry/organization//name"}, []string{"Ministry/organization"}},
		{"Its interior was damaged. Interior Ministry officials said 12 people died.", []string{"Interior Ministry/organization//name"}, []string{"Ministry/organization"}},
		{"The justice system is slow. Justice Department lawyers filed the case.", []string{"Justice Department/organization//name"}, []string{"Department/organization"}},
		{"Other officials left. Other Ministry officials stayed.", nil, []string{"Other Ministry"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-05-02")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
