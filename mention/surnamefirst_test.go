package mention

import "testing"

// TestSurnameOfFirstBearer checks that a bare surname two people named
// in full share does not link to the KB person when the article named
// the other bearer first, and keeps the link when it named the KB
// person first.
func TestSurnameOfFirstBearer(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Keiko Fujimori led the count on Monday. Keiko Fujimori, the daughter of former president Alberto Fujimori, alleged fraud. Fujimori asked the court to annul tally sheets.",
			[]string{"Alberto Fujimori/person/person.alberto-fujimori/alias"}, []string{"Fujimori/person/person.alberto-fujimori"}},
		{"Alberto Fujimori, the father of Keiko Fujimori, was jailed. Fujimori appealed the sentence.",
			[]string{"Fujimori/person/person.alberto-fujimori/alias"}, nil},
		{"Donald Trump spoke on Monday. His daughter Ivanka Trump spoke too. Trump said the plan would work.",
			[]string{"Trump/person/person.donald-trump/alias"}, nil},
		{"Hold Melania Trump to her husband's standard. Several weeks ago, Donald Trump said she came legally. It is astounding that Trump demands accountability.",
			[]string{"Trump/person/person.donald-trump/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2021-06-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
