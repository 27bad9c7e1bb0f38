package mention

import "testing"

// TestQA18RankPairs checks that a two-word naval or service rank ("Vice
// Admiral", "Rear Admiral", "Warrant Officer", "Staff Sergeant") stays
// out of the name of a person the stage does not know, while "Vice
// President" is no rank (QA18 N-11).
func TestQA18RankPairs(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Vice Admiral Hyppolite Ramaroson told reporters the situation was calm.", []string{"Hyppolite Ramaroson/person//name"}, []string{"Vice Admiral Hyppolite Ramaroson"}},
		{"Rear Admiral Tavita Olumide said the ships had sailed.", []string{"Tavita Olumide/person//name"}, []string{"Rear Admiral Tavita Olumide"}},
		{"Staff Sergeant Ozren Halilbasic was wounded in the blast.", []string{"Ozren Halilbasic/person//name"}, []string{"Staff Sergeant Ozren Halilbasic"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA18SultanTitle checks that "Sultan", "Emperor" and "Grand Duke"
// before a monarch's name claim the monarch office (kb/offices.go files
// sultans, emperors and grand dukes as monarchs), while "Sultan" alone
// before an unknown name is the given name it usually is (QA18 V-2).
func TestQA18SultanTitle(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Brunei's Sultan Hassanal Bolkiah opened the new mosque.", "2015-07-01", "Hassanal Bolkiah", "BRN.monarch", ""},
		{"The Sultan of Brunei, Hassanal Bolkiah, opened the new mosque.", "2015-07-01", "Hassanal Bolkiah", "BRN.monarch", ""},
		{"Emperor Naruhito addressed the nation on Sunday.", "2021-01-03", "Naruhito", "JPN.monarch", ""},
		{"Grand Duke Henri opened the exhibition.", "2012-05-03", "Grand Duke Henri", "LUX.monarch", ""},
	})
	for _, text := range []string{
		"Sultan Rashid Al Mansoori told reporters that profits rose.",
		"In the port, Sultan Rashid Al Mansoori said volumes rose.",
	} {
		d := analyzeShipped(t, text, "2023-12-01")
		checkMentions(t, d, text, []string{"Sultan Rashid Al Mansoori/person//name"}, []string{"Rashid Al Mansoori"})
	}
}

// TestQA18LiberationOf checks that an organisation's name ending in an
// abstract nominalisation keeps the "of (the) <Place>" it needs, without
// a separate country or place mention, while an event name without an
// organisation word stays split (QA18 N-8).
func TestQA18LiberationOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Gunmen from the Patriotic Front for the Liberation of Mozambique crossed the border.", []string{"Patriotic Front for the Liberation of Mozambique/organization//name"}, []string{"Mozambique"}},
		{"The Movement for the Restoration of the Volta Region issued a statement.", []string{"Movement for the Restoration of the Volta Region/organization//name"}, []string{"Volta Region"}},
		{"The Liberation of Kuwait followed in 1991.", []string{"Kuwait/country/KWT/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA18TagalogLinker checks that the Tagalog linker "ng" joins a
// Philippine institution's name into one organisation (QA18 N-14).
func TestQA18TagalogLinker(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Bangko Sentral ng Pilipinas raised its policy rate on Thursday.", []string{"Bangko Sentral ng Pilipinas/organization//name"}, []string{"Bangko Sentral", "Pilipinas"}},
		{"Officers of the Pambansang Pulisya ng Pilipinas guarded the polls.", []string{"Pambansang Pulisya ng Pilipinas/organization//name"}, []string{"Pambansang Pulisya"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-15")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA18PossessiveCompanies checks that a listed company named in the
// possessive keeps its "'s" in the entity's name and joins the
// organisation name written after it (QA18 N-9).
func TestQA18PossessiveCompanies(t *testing.T) {
	for _, tc := range []struct {
		text, name string
	}{
		{"Moody's cut the bank's rating on Friday.", "Moody's"},
		{"Burger chains such as McDonald's raised prices.", "McDonald's"},
		{"Moody's Investors Service cut Ghana's rating.", "Moody's Investors Service"},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-15")
		found := false
		for _, e := range d.Entities {
			if e.Name == tc.name && e.Type == "organization" {
				found = true
			}
			if e.Name == "Investors Service" {
				t.Errorf("%q: split entity %q", tc.text, e.Name)
			}
		}
		if !found {
			t.Errorf("%q: no organisation named %q; got %+v", tc.text, tc.name, d.Entities)
		}
	}
}

// TestQA18HyphenOwnerTitle checks that a role title whose owner is a
// hyphenated name ("Al-Shabaab spokesman", "Boko-Haram spokesman") takes
// the owner's whole name, not the part after the hyphen (QA18 N-13).
func TestQA18HyphenOwnerTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, title string }{
		{"Al-Shabaab spokesman Hassan Ali Dhoore said the convoy was hit.", "Hassan Ali Dhoore", "Al-Shabaab spokesman"},
		{"Hamas spokesman Fawzi Barhoum said the talks had failed.", "Fawzi Barhoum", "Hamas spokesman"},
	} {
		d := analyzeShipped(t, tc.text, "2022-08-21")
		found := false
		for _, m := range d.Mentions {
			if m.Text == tc.person {
				found = true
				if m.Title != tc.title {
					t.Errorf("%q: title %q, want %q", tc.text, m.Title, tc.title)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q; got %v", tc.text, tc.person, mentionList(d))
		}
	}
}

// TestQA18HumanVerbSubject checks that a lone unknown surname before a
// verb only people do (voted, conceded, testified) is a person (QA18
// N-12, the part that needs no "said": companies say things too).
func TestQA18HumanVerbSubject(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Ochieng voted in Kisumu, while Wetangula voted in Bungoma.", []string{"Wetangula/person//name"}, nil},
		{"After the count Wetangula conceded on Tuesday.", []string{"Wetangula/person//name"}, nil},
		{"Halvorsen testified before the committee.", []string{"Halvorsen/person//name"}, []string{"Halvorsen/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-08-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
