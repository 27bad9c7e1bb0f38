package mention

import "testing"

// TestQA12HyphenModifierOf checks that a place hyphened to a lower-case
// participle after "<Noun> of the" is no part of a body's name: it
// modifies the word after the hyphen ("Fighters of the Rwanda-backed
// M23"); "Bank of Israel" stays one name (QA12 M-2).
func TestQA12HyphenModifierOf(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Fighters of the Rwanda-backed M23 rebel group entered the city.", []string{"Rwanda/country/RWA/alias"}, []string{"Fighters of the Rwanda"}},
		{"Workers of the Kenya-based company went on strike.", []string{"Kenya/country/KEN/alias"}, []string{"Workers of the Kenya"}},
		{"The Bank of Israel raised rates.", []string{"Bank of Israel/organization//name"}, []string{"Israel"}},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA12CommonPaperNames checks that a listed paper named by a common
// adjective after "The" needs the article: "Independent candidates" opening
// a sentence is no paper (QA12 M-3).
func TestQA12CommonPaperNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Independent candidates won the most seats in the election.", nil, []string{"Independent"}},
		{"He told the Independent that he had won.", []string{"Independent/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-02-09")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA12PlaceOffice checks that a place's name and its office before a
// person's name are no part of the name: "Federal District Governor
// Ibaneis Rocha" is the person Ibaneis Rocha (QA12 M-4).
func TestQA12PlaceOffice(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The court ordered the removal of Federal District Governor Ibaneis Rocha for 90 days.", []string{"Ibaneis Rocha/person//name"}, nil},
		{"He met Central Province Governor Tembo Mwale on Monday.", []string{"Tembo Mwale/person//name"}, []string{"Central Province Governor Tembo Mwale"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-01-08")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA12CapsDatelineName checks that a place set in capitals in a
// dateline gets its name written as a name, not in capitals (QA12 M-5).
func TestQA12CapsDatelineName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"FRANKFURT — The central bank cut its deposit rate on Thursday.", "Frankfurt"},
		{"SAN PEDRO SULA, Honduras — The mayor said the roads were closed.", "San Pedro Sula"},
	} {
		d := analyzeShipped(t, tc.text, "2024-06-06")
		found := false
		for _, e := range d.Entities {
			found = found || e.Name == tc.want
		}
		if !found {
			t.Errorf("Process(%q): no entity named %q; got %+v", tc.text, tc.want, d.Entities)
		}
	}
}

func TestCapsPlaceName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"FRANKFURT", "Frankfurt"}, {"LA PAZ", "La Paz"}, {"Goma", "Goma"}, {"PORT-AU-PRINCE", "Port-Au-Prince"}, {"ISLE OF PALMS", "Isle of Palms"}, {"", ""},
	} {
		if got := capsPlaceName(tc.in); got != tc.want {
			t.Errorf("capsPlaceName(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestQA12ZoneAfterMeridiem checks that a zone after "a.m."/"p.m." is
// part of the time, no organisation, also when the stop of "p.m." ends
// the sentence for the splitter (QA12, "10:05 p.m. PHT").
func TestQA12ZoneAfterMeridiem(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Updated March 11, 2025, 10:05 p.m. PHT", nil, []string{"PHT"}},
		{"The blast was at 10:05 p.m. WIB on Monday.", nil, []string{"WIB"}},
		{"The plant closed at 5 p.m. IBM said it was fine.", []string{"IBM/organization//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-03-11")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA12SharedDemonym checks that a demonym two KB countries share
// ("Congolese") names the one whose places the article names (QA12 M-1).
func TestQA12SharedDemonym(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Rebels entered Goma on Monday. Congolese troops withdrew from the city.", []string{"Congolese/country/COD/demonym"}, nil},
		{"Congolese troops entered Brazzaville on Monday.", []string{"Congolese/country/COG/demonym"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
