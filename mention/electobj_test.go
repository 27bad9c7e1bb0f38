package mention

import "testing"

// Tests of the person a body elects.

// TestElectedObject checks that "<Body> elected <Name> as <title>",
// also with a modifier before the name, is a role claim to come
// (designate), and that an adjectival "newly elected" gives none.
func TestElectedObject(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Japan's parliament elected Shigeru Ishiba as prime minister on Tuesday.", "2024-10-01", "Shigeru Ishiba", "JPN.prime_minister", "designate"},
		{"The Knesset elected opposition leader Naftali Bennett as prime minister on Sunday.", "2021-06-13", "Naftali Bennett", "ISR.prime_minister", "designate"},
		// no "as": the name before the title is its holder
		{"Parliament on Tuesday elected Nikol Pashinyan prime minister.", "2018-05-08", "Nikol Pashinyan", "ARM.prime_minister", "designate"},
		{"Macron named François Bayrou prime minister on Friday.", "2024-12-13", "François Bayrou", "FRA.prime_minister", ""},
	})
	checkNoClaims(t, "2021-06-13", "The newly elected Naftali Bennett met settlers as prime minister.")
}
