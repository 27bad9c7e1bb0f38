package mention

import "testing"

// Tests of officers' titles before a name.

// TestPlaceOffice checks that a place's name and its office before a
// person's name are no part of the name: "Federal District Governor
// Ibaneis Rocha" is the person Ibaneis Rocha.
func TestPlaceOffice(t *testing.T) {
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

// TestOrgTitleName checks that a person's name after an
// organisation's name or acronym and its head's title is a person
// ("BOJ Governor Haruhiko Kuroda", "Bank of Japan Governor …"), and that
// a body's head word opening a sentence stays in the body's name when
// the article also writes it lower case.
func TestOrgTitleName(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"BOJ Governor Haruhiko Kuroda said the bank would cut rates further.", []string{"Haruhiko Kuroda/person/person.haruhiko-kuroda/alias", "BOJ/organization/org.bank-of-japan/alias"}, []string{"BOJ Governor"}},
		{"RBI Governor Raghuram Rajan said inflation had eased.", []string{"Raghuram Rajan/person/person.raghuram-rajan/alias"}, nil},
		{"Bank of Japan Governor Haruhiko Kuroda said the bank would cut rates further.", []string{"Haruhiko Kuroda/person/person.haruhiko-kuroda/alias", "Bank of Japan/organization/org.bank-of-japan/alias"}, nil},
		{"University of Leeds researchers said the university would expand.", []string{"University of Leeds/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2016-01-29")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestOfficerTitle: judicial and public officers' titles before a
// name stay on the mention ("Chief Justice", "Reserve Bank Governor",
// "Police Commissioner"), with no role claim; a military rank is still
// a rank.
func TestOfficerTitle(t *testing.T) {
	for _, tc := range []struct{ text, name, title string }{
		{"Chief Justice Amina Odhiambo administered the oath.", "Amina Odhiambo", "Chief Justice"},
		{"Police Commissioner Japheth Koome said the law was clear.", "Japheth Koome", "Police Commissioner"},
		{"Central Bank Governor Patrick Njoroge said inflation would ease.", "Patrick Njoroge", "Central Bank Governor"},
		{"Bank of Canada governor Tiff Macklem said rates would rise.", "Tiff Macklem", "Bank of Canada governor"},
		{"The ruling was written by Justice Martha Koome.", "Martha Koome", "Justice"},
		{"Major General Peter Njiru said the troops had withdrawn.", "Peter Njiru", "Major General"},
	} {
		d := analyzeShipped(t, tc.text, "2021-03-19")
		m := mentionAt(d, tc.name, 0)
		if m == nil {
			t.Errorf("%q: no mention %q; all %v", tc.text, tc.name, mentionList(d))
			continue
		}
		if m.Title != tc.title {
			t.Errorf("%q: %q title %q; want %q", tc.text, tc.name, m.Title, tc.title)
		}
	}
}

// TestAttorneyGeneral checks that "Attorney General", "Solicitor
// General", "Inspector General" and "Prosecutor General" before a name,
// with a state's possessive or without, are the mention's civilian
// title, with no role claim.
func TestAttorneyGeneral(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Attorney General Merrick Garland said the department would appeal.", "Merrick Garland", "Attorney General"},
		{"Solicitor General Elizabeth Prelogar argued the case.", "Elizabeth Prelogar", "Solicitor General"},
		{"Prosecutor General Alexander Konyuk opened a criminal case.", "Alexander Konyuk", "Prosecutor General"},
		{"Procurator General Yuri Chaika opened an inquiry.", "Yuri Chaika", "Procurator General"},
		// with the state's possessive, the title keeps its "General"
		{"Belarus's Prosecutor General Andrei Shved opened a criminal case.", "Andrei Shved", "Belarus's Prosecutor General"},
		{"Ukraine's Prosecutor General Iryna Venediktova said the case was closed.", "Iryna Venediktova", "Ukraine's Prosecutor General"},
		{"Nigeria's Attorney General Abubakar Malami said the case was closed.", "Abubakar Malami", "Nigeria's Attorney General"},
	})
}
