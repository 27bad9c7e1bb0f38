package mention

import "testing"

// TestQA16GazetteerGivenName checks that a person whose given name is
// also a town or region in the gazetteer is a person, not the place with
// the surname lost, while a place with a head word, after a locative
// preposition, or the second of two places stays a place (QA16 M-1).
func TestQA16GazetteerGivenName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The court jailed several activists, including Samar Okonjo.", []string{"Samar Okonjo/person//name"}, []string{"Samar/place"}},
		{"Trenton Mbaye was arrested last week.", []string{"Trenton Mbaye/person//name"}, []string{"Trenton/place"}},
		{"The board said incumbent Fife Whitfield did not seek re-election.", []string{"Fife Whitfield/person//name"}, []string{"Fife/place"}},
		{"Typhoon survivors in Samar Province waited for aid.", []string{"Samar Province/place//name"}, []string{"Samar Province/person"}},
		{"Aid reached Leyte and Samar on Monday.", nil, []string{"Leyte Samar/person", "Samar/person"}},
	} {
		d := analyzeShipped(t, tc.text, "2018-08-06")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA16ElectedObject checks that "<Body> elected <Name> as <title>",
// also with a modifier before the name, is a role claim to come
// (designate), and that an adjectival "newly elected" gives none (QA16
//
func TestQA16ElectedObject(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Japan's parliament elected Shigeru Ishiba as prime minister on Tuesday.", "2024-10-01", "Shigeru Ishiba", "JPN.prime_minister", "designate"},
		{"The Knesset elected opposition leader Naftali Bennett as prime minister on Sunday.", "2021-06-13", "Naftali Bennett", "ISR.prime_minister", "designate"},
	})
	checkNoClaims(t, "2021-06-13", "The newly elected Naftali Bennett met settlers as prime minister.")
}
