package mention

import (
	"strings"
	"testing"
)

// TestQA6Titles checks titles from the sixth QA run: military ranks
// before a name (which name no office the KB checks), an office in
// apposition before the name and an ordinal before an office.
func TestQA6Titles(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Colonel Amadou Abdramane said the army had decided to act.", "Amadou Abdramane", "Colonel"},
		{"Colonel-Major Amadou Abdramane read the statement.", "Amadou Abdramane", "Colonel-Major"},
		{"Lieutenant General Mohamed Dagalo spoke on Friday.", "Mohamed Dagalo", "Lieutenant General"},
		{"Field Marshal Kwame Boateng spoke on Friday.", "Kwame Boateng", "Field Marshal"},
		{"Reporters met Gen. Mark Hollis on Friday.", "Mark Hollis", "Gen."},
		{"Captain Ibrahim Traoré took power.", "Ibrahim Traoré", "Captain"},
		{"The general Mark Hollis spoke.", "Mark Hollis", ""},
		{"The law was defended by Attorney General Janet Mills.", "Janet Mills", "Attorney General"}, // a civilian officer (officerTitle), no rank
		{"Governor General Mary Simon spoke.", "Mary Simon", ""},
		{"Governor-General David Hurley swore in the cabinet.", "David Hurley", ""},
		{"The Nigerian General Musa Bello spoke.", "Musa Bello", "General"},
	})
}

// TestQA6OfficeClaims checks the role claims of offices written in
// apposition with a person: a KB office's name before or after the
// name, a capitalised title after "The" before it (an ordinal before
// the office: TestW14VerOrdinalCareer).
func TestQA6OfficeClaims(t *testing.T) {
	for _, tc := range []struct {
		text, person, title, office string
		absent                      string // a mention that must not be
	}{
		{"The UN High Commissioner for Refugees, Filippo Grandi, visited the border.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"Aid fell. Filippo Grandi, the UN High Commissioner for Refugees, said more was needed.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"The Secretary-General, António Guterres, said the talks failed.", "António Guterres", "Secretary-General", "", ""},
		{"UN High Commissioner for Refugees Filippo Grandi visited the border.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"Aid fell. The UN High Commissioner for Refugees Filippo Grandi said more was needed.", "Filippo Grandi", "UN High Commissioner for Refugees", "UNHCR.director_general", "UN High Commissioner for Refugees"},
		{"The UN High Commissioner for Refugees visited the border.", "", "", "", ""},
		// an ordinal before the office: TestW14VerOrdinalCareer
	} {
		d := analyzeShipped(t, tc.text, "2024-02-13")
		if tc.absent != "" && mentionAt(d, tc.absent, 0) != nil {
			t.Errorf("%q: %q is a mention; it is the person's title", tc.text, tc.absent)
		}
		if tc.person == "" {
			if len(d.RoleClaims) != 0 {
				t.Errorf("%q: claims %+v; want none", tc.text, d.RoleClaims)
			}
			continue
		}
		m := mentionAt(d, tc.person, 0)
		if m == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.person)
			continue
		}
		if m.Title != tc.title {
			t.Errorf("%q: %q title %q; want %q", tc.text, tc.person, m.Title, tc.title)
		}
		var got []string
		ok := false
		for _, c := range d.RoleClaims {
			got = append(got, c.Person+"="+c.OfficeID)
			ok = ok || c.Person == tc.person && c.OfficeID == tc.office && strings.HasSuffix(tc.title, c.Title)
		}
		if !ok {
			t.Errorf("%q: claims %s; want %s=%s", tc.text, strings.Join(got, ", "), tc.person, tc.office)
		}
	}
}

// TestQA6PossessiveOwners checks that no organisation's name takes in a
// person or body that owns or leads it: "X's Party", "Party of X".
func TestQA6PossessiveOwners(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He will rely on Chandrababu Naidu's Telugu Desam Party.", []string{"Chandrababu Naidu/person//name", "Telugu Desam Party/organization//name"}, []string{"Chandrababu Naidu's Telugu Desam Party"}},
		{"The Samajwadi Party of Amit Yadav won 37 seats.", []string{"Samajwadi Party/organization//name", "Amit Yadav/person//name"}, []string{"Samajwadi Party of Amit Yadav"}},
		{"The Department of Environmental Protection said so.", []string{"Department of Environmental Protection/organization//name"}, nil},
		{"She appeared at Feltham Magistrates’ Court on Monday.", []string{"Feltham Magistrates’ Court/organization//name"}, nil},
		{"The Labour Party of John Smith won 37 seats.", []string{"Labour Party/organization//name", "John Smith/person//name"}, nil},
		{"The US Treasury Department's Office of Foreign Assets Control designated two firms.", []string{"Office of Foreign Assets Control/organization//name"}, []string{"Department's Office of Foreign Assets Control"}},
		{"Members of the Party of European Socialists met.", []string{"Party of European Socialists/organization//name"}, nil},
		{"The Tigray People's Liberation Front said so.", nil, []string{"Liberation Front"}},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA6SurnameJoins checks that a bare surname joins the person named
// in full before it, also when the surname is a KB person's ("Carter",
// "Smith" are many people's).
func TestQA6SurnameJoins(t *testing.T) {
	for _, tc := range []struct{ text, full, short string }{
		{"Jimmy Carter was born in Plains. Carter served in the navy.", "Jimmy Carter", "Carter"},
		{"Jimmy Smith was born in Plains. Smith served in the navy.", "Jimmy Smith", "Smith"},
		{"Jimmy Hoffa was born in Plains. Hoffa served in the navy.", "Jimmy Hoffa", "Hoffa"},
	} {
		d := analyzeShipped(t, tc.text, "")
		f, s := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, 1)
		if f == nil || s == nil {
			t.Errorf("%q: mentions %v %v", tc.text, f, s)
			continue
		}
		if f.Entity != s.Entity {
			t.Errorf("%q: %q is entity %d, %q entity %d; want one", tc.text, tc.full, f.Entity, tc.short, s.Entity)
		}
	}
}

// TestQA6Compounds checks that the first word of a common noun compound
// is no name: a place before a disease noun, a deity between "the" and a
// place of worship.
func TestQA6Compounds(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Carter Center nearly eradicated Guinea worm disease.", nil, []string{"Guinea"}},
		{"Marburg virus has killed nine people.", nil, []string{"Marburg"}},
		{"Guinea troops arrived in Conakry.", []string{"Guinea/country/GIN/alias"}, nil},
		{"Modi opened the Ram temple in Ayodhya in January.", nil, []string{"Ram"}},
		{"Officials said Ram opened the temple in January.", []string{"Ram/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
