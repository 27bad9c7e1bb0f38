package mention

import "testing"

// Tests of party posts the KB keeps no record of.

// TestUnlistedPartyPosts checks that a party's post the KB keeps no record of
// ("Labour leader") makes no role claim but stays the mention's title,
// and that an "opposition leader" is no post of the body named before it
// ("the Knesset elected opposition leader X" read X as
// Israel's president).
func TestUnlistedPartyPosts(t *testing.T) {
	const text = "Opposition Labour leader Keir Starmer accused the government of failing nurses."
	d := analyzeShipped(t, text, "2022-12-15")
	for _, c := range d.RoleClaims {
		t.Errorf("%q: claim %+v; want none", text, c)
	}
	if m := mentionAt(d, "Keir Starmer", 0); m == nil || m.Title != "Labour leader" {
		t.Errorf("%q: mention %+v; want title Labour leader", text, m)
	}
	checkNoClaims(t, "2021-06-13", "The Knesset's opposition leader Naftali Bennett met settlers.")
	// a party post the KB does list still makes a claim
	checkClaims(t, []claimCase{
		{"Hezbollah leader Hassan Nasrallah gave a speech on Friday.", "2020-01-03", "Hassan Nasrallah", "group.hezbollah.leader", ""},
	})
}
