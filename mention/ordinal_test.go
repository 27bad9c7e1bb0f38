package mention

import "testing"

// Tests of ordinal and rank qualifiers of titles.

// TestRankedTitles checks that an ordinal or a rank qualifier
// between a title's owner and the title keeps the role claim: "sworn in
// as Malaysia's seventh prime minister", "Chile's first female
// president".
func TestRankedTitles(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Alberto Fernandez was sworn in as Argentina's 51st president on Tuesday.", "2019-12-10", "Alberto Fernandez", "ARG.president", ""},
		{"Ellen Johnson Sirleaf was sworn in as Liberia's first female president.", "2006-01-16", "Ellen Johnson Sirleaf", "LBR.president", ""},
		{"Jacinda Ardern became New Zealand's youngest prime minister in 150 years.", "2017-10-26", "Jacinda Ardern", "NZL.prime_minister", ""},
		{"Narendra Modi was sworn in as India's fourteenth prime minister.", "2014-05-26", "Narendra Modi", "IND.prime_minister", ""},
	})
}

// TestNameEndingInTitleLetters checks that a name whose last word
// is spelt like a title abbreviation ends its sentence without taking
// the full stop ("Hun Sen. He …"), while a title before a name and a
// company's "Inc." keep their dots.
func TestNameEndingInTitleLetters(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The senate is now led by Hun Sen. He is 71.", []string{"Hun Sen/person/person.hun-sen/alias"}, []string{"Hun Sen."}},
		{"Republican Sen. Ted Cruz spoke. The vote was close.", []string{"Ted Cruz/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2024-03-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
		if len(d.Sentences) != 2 {
			t.Errorf("%q: %d sentences; want 2", tc.text, len(d.Sentences))
		}
	}
}

// TestOrdinalCareer: an ordinal before a title ranks the holder in
// the office's history ("Kazakhstan's first president", "the 44th
// president of the United States"), true at any later date: the title
// is shown but claims no office at the article's date, unless a verb
// dates it ("sworn in as Argentina's 51st president"). An ordinal
// before a deputy's title is part of the office ("first vice
// president").
func TestOrdinalCareer(t *testing.T) {
	for _, tc := range []struct{ text, date, person, title, office string }{
		{"Kazakhstan's first president Nursultan Nazarbayev visited Moscow on Tuesday.", "2023-03-10", "Nursultan Nazarbayev", "Kazakhstan's first president", ""},
		{"Kazakhstan's first president, Nursultan Nazarbayev, visited Moscow on Tuesday.", "2023-03-10", "Nursultan Nazarbayev", "", ""},
		{"Barack Obama, the 44th president of the United States, said the deal was good.", "2024-02-13", "Barack Obama", "", ""},
		{"The 44th President Barack Obama said the deal was good.", "2024-02-13", "Barack Obama", "44th President", ""},
		{"Alberto Fernandez was sworn in as Argentina's 51st president on Tuesday.", "2019-12-10", "Alberto Fernandez", "", "ARG.president"},
		{"Iran's first vice president Mohammad Mokhber visited Moscow on Tuesday.", "2024-05-30", "Mohammad Mokhber", "", "IRN.vice_president"},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkLastClaim(t, d, tc.text, tc.person, tc.office)
		if m := mentionAt(d, tc.person, 0); tc.title != "" && (m == nil || m.Title != tc.title) {
			t.Errorf("%q: %s mention %+v; want title %q", tc.text, tc.person, m, tc.title)
		}
	}
}
