package mention

import "testing"

// Tests of role titles and their owners.

// TestRegionAdjective checks that a region's or people's adjective
// before a title and a name is no organisation: "Catalan president
// Carles Puigdemont" names one actor, the person.
func TestRegionAdjective(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The government was criticised by Catalan president Jordi Puig.", []string{"Jordi Puig/person//name"}, []string{"Catalan"}},
		{"Carles Puigdemont met Catalan president Quim Torra.", []string{"Quim Torra/person//name"}, []string{"Catalan"}},
		{"Sales rose, said Zentrova spokesman Ali Hamed.", []string{"Zentrova/organization//name", "Ali Hamed/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-03-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestHyphenOwnerTitle checks that a role title whose owner is a
// hyphenated name ("Al-Shabaab spokesman", "Boko-Haram spokesman") takes
// the owner's whole name, not the part after the hyphen.
func TestHyphenOwnerTitle(t *testing.T) {
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

// TestSpokesTitle checks that a spokesperson's title takes a
// hyphened owner whole.
func TestSpokesTitle(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Al-Shabaab spokesman Abdiasis Abu Musab told reporters it was over.", "Abdiasis Abu Musab", "Al-Shabaab spokesman"},
		{"Hamas spokesman Hazem Qassem said so.", "Hazem Qassem", "Hamas spokesman"},
	})
}

// TestDemonymKing: a royal title that is also a KB surname is the
// title after a state's demonym ("Thai King Bhumibol Adulyadej",
// "Cambodian King Norodom Sihamoni": "King" was an unknown person and the
// king's claim was lost); after a given name it stays
// the surname ("Martin Luther King").
func TestDemonymKing(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Cambodian King Norodom Sihamoni said the talks went well.", "2005-06-01", []string{"Norodom Sihamoni/person/person.norodom-sihamoni/alias"}, []string{"King/person"}},
		{"Thai King Bhumibol Adulyadej said the talks went well.", "2005-06-01", []string{"Bhumibol Adulyadej/person/person.bhumibol-adulyadej/alias"}, []string{"King/person"}},
		{"Martin Luther King said the march would go ahead.", "1965-03-01", []string{"Martin Luther King/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
