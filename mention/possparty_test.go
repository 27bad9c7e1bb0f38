package mention

import "testing"

// Tests of parties named by the last word of their KB name.

// TestPossessiveParty: a party named by the last word of its KB name
// after a person's possessive or before "party" is that party when it is
// the one such party of a country the article names; the possessor is
// split off a run that took it in.
func TestPossessiveParty(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Her coalition includes Matteo Salvini's League and Silvio Berlusconi's Forza Italia.", []string{"League/organization/org.lega-nord/alias", "Matteo Salvini/person/person.matteo-salvini/alias"}, nil},
		{"Silvio Berlusconi backed her. Salvini's League won 9 percent.", []string{"League/organization/org.lega-nord/alias", "Salvini/person/person.matteo-salvini/alias"}, []string{"Salvini's League"}},
		{"Silvio Berlusconi backed her, and the League party won 9 percent.", []string{"League/organization/org.lega-nord/alias"}, nil},
		{"Silvio Berlusconi backed Matteo Salvini's League. Giancarlo Giorgetti, a moderate from the League, takes over.", []string{"League/organization/org.lega-nord/alias"}, []string{"League/organization//name"}},
		// no Italian actor named: no guess
		{"Giancarlo Giorgetti's League won 9 percent.", nil, []string{"League/organization/org.lega-nord"}},
		// a plural party family is no one party
		{"Keir Starmer spoke in London as Biden's Democrats met.", nil, []string{"Democrats/organization/org.liberal-democrats"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-10-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
