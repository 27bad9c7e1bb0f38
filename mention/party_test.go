package mention

import "testing"

// Tests of parties' names, standings and affiliations.

// TestPartyAffiliation checks that a party's one-word name before
// "leader", "MP" … and a person's name is the person's affiliation, no
// organisation; without a name after the post it names the party.
func TestPartyAffiliation(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Opposition Conservative leader Pierre Poilievre accused the government of lying.", []string{"Pierre Poilievre/person/person.pierre-poilievre/alias"}, []string{"Conservative"}},
		{"On Monday, Labour MP Jane Smith resigned.", []string{"Jane Smith/person//name"}, []string{"Labour"}},
		{"The Liberal leader said the Labour leader Jane Smith had lied.", []string{"Liberal/organization//name", "Jane Smith/person//name"}, []string{"Labour"}},
		{"The Liberal caucus met on Monday.", []string{"Liberal/organization//name"}, nil},
		{"Opposition BNP leader Tarique Rahman accused the government of rigging the vote.", []string{"BNP/organization//name", "Tarique Rahman/person//name"}, []string{"BNP/person//name"}},
		{"On Monday, opposition PTI chief Omar Ayub called for protests.", []string{"PTI/organization//name", "Omar Ayub/person//name"}, []string{"PTI/person//name"}},
		{"Opposition figure Ilya Yashin was jailed.", []string{"Ilya Yashin/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-03-14")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPartyStanding: a capitalised standing before a party's name
// ("Opposition", "Ruling") is no word of the name, so the party links
// (e.g. UK).
func TestPartyStanding(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"LONDON (Reuters) - Opposition Labour Party leader Jeremy Corbyn spoke on Monday.", []string{"Labour Party/organization/org.uk-labour-party/alias"}, []string{"Opposition Labour Party"}},
		{"He said Ruling Sunrise Party officials met on Monday.", []string{"Sunrise Party/organization//name"}, []string{"Ruling Sunrise Party"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-07-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQualifiedParty: a KB party whose name carries its country in
// brackets ("Peoples Democratic Party (Nigeria)") is named bare in a story
// about that country, and in no other: Turkey's "Peoples' Democratic
// Party" folds alike (e.g. Nigeria, Ghana, Zambia, Kenya).
func TestQualifiedParty(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"ABUJA (Reuters) - The Peoples Democratic Party said it would challenge the result.", []string{"Peoples Democratic Party/organization/org.pdp-nigeria/alias"}, nil},
		{"Ghana's opposition National Democratic Congress rejected the vote.", []string{"National Democratic Congress/organization/org.ndc-ghana/alias"}, nil},
		{"LUSAKA - The Patriotic Front lost the election in Zambia.", []string{"Patriotic Front/organization/org.patriotic-front-zambia/alias"}, nil},
		{"The United Democratic Alliance won seats in Kenya's parliament.", []string{"United Democratic Alliance/organization/org.uda-kenya/alias"}, []string{"Democratic Alliance/organization/org.democratic-alliance"}},
		{"The Democratic Alliance won seats in South Africa.", []string{"Democratic Alliance/organization/org.democratic-alliance/alias"}, nil},
		{"The Peoples Democratic Party said it would challenge the result.", []string{"Peoples Democratic Party/organization//name"}, nil},
		{"ANKARA - The Peoples Democratic Party said it would challenge the result in Turkey.", nil, []string{"Peoples Democratic Party/organization/org.pdp-nigeria"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-07-07")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
