package mention

import "testing"

// Tests of ship names.

// TestShipNames checks that a ship's name after an ownership or flag
// participle or a vessel noun is one name, not the place its first word
// names.
func TestShipNames(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"The Houthis fired an anti-ship missile at the US-owned Gibraltar Eagle on Monday.", "2024-01-15", []string{"Gibraltar Eagle/organization//name"}, []string{"Gibraltar/place"}},
		{"A missile struck the tanker Sounion in the Red Sea.", "2024-08-21", []string{"Sounion/organization//name"}, nil},
		{"Troops from Gibraltar arrived at the ship on Monday.", "2024-01-15", nil, []string{"Gibraltar/organization"}},
		// a firm owned from abroad keeps its whole name, "of" and place too
		{"The Russian-owned Electric Networks of Armenia said supplies were normal.", "2018-04-23", []string{"Electric Networks of Armenia/organization//name"}, []string{"Electric Networks/organization"}},
		{"He said the state-owned Electric Company of Armenia had cut supplies.", "2018-04-23", []string{"Electric Company of Armenia/organization//name"}, []string{"Electric Company/organization"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
