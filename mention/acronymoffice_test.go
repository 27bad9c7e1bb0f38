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

// TestIndustrialNames checks that an enterprise named by its site's head
// word ("Plant", "Shipyard") or described as a commodity's
// producer is an organisation, and that a film producer's name stays a
// person's.
func TestIndustrialNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Lukashenko told workers at the Minsk Wheeled Tractor Plant that he would stay.", []string{"Minsk Wheeled Tractor Plant/organization//name"}, []string{"Wheeled Tractor Plant/person"}},
		{"Workers at the Kirov Plant and the Baltic Shipyard walked out.", []string{"Kirov Plant/organization//name", "Baltic Shipyard/organization//name"}, nil},
		{"Workers at the potash producer Belaruskali walked out on Monday.", []string{"Belaruskali/organization//name"}, []string{"Belaruskali/person"}},
		{"The film producer Jerzy Kawalerowicz spoke on Monday.", []string{"Jerzy Kawalerowicz/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-08-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
