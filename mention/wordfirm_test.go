package mention

import "testing"

// Tests of companies named by a common word.

// TestWordFirm: a company whose name is a common word ("Total") is
// an organisation where it acts as one (a verb of business after it, a
// possessive, a party after a preposition or "and" another firm), and
// no mention where the word modifies a noun or is the common word.
func TestWordFirm(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Petrobras bought the block from Total for $900 million.", []string{"Total/organization//name"}, nil},
		{"Petrobras signed a deal with Chevron and Total.", []string{"Total/organization//name", "Chevron/organization//alias"}, nil},
		{"Total sold its stake in the field last year.", []string{"Total/organization//name"}, nil},
		{"Analysts said Total agreed to pay the fine.", []string{"Total/organization//name"}, nil},
		{"Total's chief executive flew to Maputo.", []string{"Total/organization//name"}, nil},
		{"Total output rose 5 percent in March.", nil, []string{"Total"}},
		{"Total reported cases rose to 500.", nil, []string{"Total"}},
		{"In total, 40 people died.", nil, []string{"Total"}},
		{"Fans queued for the Total Eclipse tour.", nil, []string{"Total/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2017-11-15")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
