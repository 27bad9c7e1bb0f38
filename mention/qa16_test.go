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
		// no "as": the name before the title is its holder
		{"Parliament on Tuesday elected Nikol Pashinyan prime minister.", "2018-05-08", "Nikol Pashinyan", "ARM.prime_minister", "designate"},
		{"Macron named François Bayrou prime minister on Friday.", "2024-12-13", "François Bayrou", "FRA.prime_minister", ""},
	})
	checkNoClaims(t, "2021-06-13", "The newly elected Naftali Bennett met settlers as prime minister.")
}

// TestQA16PartyPosts checks that a party's post the KB keeps no record of
// ("Labour leader") makes no role claim but stays the mention's title,
// and that an "opposition leader" is no post of the body named before it
// (QA16 R-3; "the Knesset elected opposition leader X" read X as
// Israel's president).
func TestQA16PartyPosts(t *testing.T) {
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

// TestQA16TitleCountryNotTarget checks that the country of a bare
// "President <Name>" the KB does not know is never the state its
// predicate acts on ("a blockade of Cuba"), and that in a sentence
// naming both parties the dateline's country wins (QA16 R-2).
func TestQA16TitleCountryNotTarget(t *testing.T) {
	for _, tc := range []struct{ text, person, want string }{
		{"President Tomas Halvorsen ordered a naval blockade of Cuba.", "Tomas Halvorsen", ""},
		{"President Tomas Halvorsen imposed sanctions on Iran on Monday.", "Tomas Halvorsen", ""},
		{"WASHINGTON (AP) — President Tomas Halvorsen broke off relations with Cuba.", "Tomas Halvorsen", "USA.president"},
		{"WASHINGTON (AP) — The United States and Cuba restored relations on Monday, when Cuba's flag was raised for the first time since President Tomas Halvorsen broke them off.", "Tomas Halvorsen", "USA.president"},
		// a state named right after the name is the title's
		{"President Tomas Halvorsen of Cuba arrived on Monday.", "Tomas Halvorsen", "CUB.president"},
	} {
		d := analyzeShipped(t, tc.text, "1962-10-22")
		got := "(no claim)"
		for _, c := range d.RoleClaims {
			if c.Person == tc.person {
				got = c.OfficeID
			}
		}
		if got != tc.want {
			t.Errorf("%q: claim office %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestQA16OwnedBodies checks that a body or armed group whose shared
// name the KB gives another state's stays with the state the noun phrase
// or the article names: "Armenia's ruling Republican Party" is Armenia's,
// "the National Liberation Army" in an article naming only other states
// is not Colombia's ELN (QA16 M-2).
func TestQA16OwnedBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Armenia's ruling Republican Party backed the candidate.", []string{"Republican Party/organization/org.republican-party-of-armenia/alias"}, []string{"Republican Party/organization/org.us-republican-party"}},
		{"Algeria's National Liberation Army fought France.", []string{"National Liberation Army/armed_group//name"}, []string{"National Liberation Army/armed_group/group.eln"}},
		{"He joined the National Liberation Army in the war of independence against France.", []string{"National Liberation Army/armed_group//name"}, []string{"National Liberation Army/armed_group/group.eln"}},
		// the body's own state, or no state at all: the KB's body
		{"Colombia's National Liberation Army freed two hostages.", []string{"National Liberation Army/armed_group/group.eln/alias"}, nil},
		{"The National Liberation Army freed two hostages.", []string{"National Liberation Army/armed_group/group.eln/alias"}, nil},
		{"Iran's envoy and Tehran's allies met Hezbollah's men.", []string{"Hezbollah/armed_group/group.hezbollah/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-05-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
