package mention

import "testing"

// Tests of surnames shared by several KB persons.

// TestLeaderNamesake checks that a surname shared by two KB persons
// the article names in full links to the one who led a state on the
// article date, and stays unlinked when neither or both did.
func TestLeaderNamesake(t *testing.T) {
	const text = "President Mahinda Rajapaksa declared victory. Defence Secretary Gotabaya Rajapaksa rejected the accusations. Indian Prime Minister Manmohan Singh telephoned Rajapaksa on Tuesday."
	d := analyzeShipped(t, text, "2009-05-19")
	checkMentions(t, d, text, []string{"Rajapaksa/person/person.mahinda-rajapaksa/short-form"}, nil)
	// in 2021 Gotabaya was president and Mahinda prime minister: both led
	d = analyzeShipped(t, text, "2021-05-19")
	checkMentions(t, d, text, nil, []string{"Rajapaksa/person/person.mahinda-rajapaksa", "Rajapaksa/person/person.gotabaya-rajapaksa"})
}

// TestRoyalTitleNotSurname checks that "King <Name>" is the title
// and the name even though "King" is a KB person's surname: the name
// links, and the title gives a role claim ("King
// Gyanendra" and "King Birendra" gave no mention or an unknown person).
func TestRoyalTitleNotSurname(t *testing.T) {
	checkClaims(t, []claimCase{
		{"The April protests forced King Gyanendra to restore parliament.", "2006-11-21", "Gyanendra", "NPL.monarch", ""},
		{"King Birendra said he welcomed the agreement.", "2006-11-21", "Birendra", "NPL.monarch", ""},
	})
	const text = "He met King Gyanendra on Monday."
	d := analyzeShipped(t, text, "2006-11-21")
	checkMentions(t, d, text, []string{"Gyanendra/person/person.gyanendra-of-nepal/alias"}, []string{"King Gyanendra/person//"})
	const mlk = "Crowds marched on Martin Luther King Jr. Day."
	d = analyzeShipped(t, mlk, "2006-11-21")
	checkMentions(t, d, mlk, nil, []string{"Martin Luther/"})
}

// TestSurnameBeforeNamesake: a bare surname refers back to the one
// person of that name the article has named in full so far, not to a
// namesake it introduces later (e.g. Haiti, "Jovenel Moise … Moise
// said … the first lady, Martine Moise"); with both named before, it
// stays unresolved.
func TestSurnameBeforeNamesake(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Police arrested 17 people in the assassination of President Jovenel Moise, who was shot dead on Wednesday. Moise said on Thursday that he would not resign. The first lady, Martine Moise, was wounded in the attack.",
			"person.jovenel-moise"},
		{"President Jovenel Moise was shot dead on Wednesday. The first lady, Martine Moise, was wounded. Moise said on Thursday that he would not resign.",
			""},
	} {
		d := analyzeShipped(t, tc.text, "2021-07-09")
		found := false
		for _, m := range d.Mentions {
			if m.Text != "Moise" {
				continue
			}
			found = true
			if m.KBID != tc.want {
				t.Errorf("%q: Moise linked to %q; want %q", tc.text, m.KBID, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no mention of Moise", tc.text)
		}
	}
}
