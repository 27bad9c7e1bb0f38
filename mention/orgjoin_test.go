package mention

import "testing"

// Tests of bodies' names joined over connectors.

// TestInnerConnectors checks that a body's name with a lower-case
// connector before its head is one name, and that a name of its own
// before the connector stays apart.
func TestInnerConnectors(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A group calling itself the Peace at Home Council read a statement.", []string{"Peace at Home Council/organization//name"}, []string{"Home Council"}},
		{"The Movement for Rural Renewal won.", []string{"Movement for Rural Renewal/organization//name"}, nil},
		{"Reporters saw Putin at Security Council talks.", []string{"Security Council/organization/org.unsc/alias"}, []string{"Putin at Security Council"}},
		{"Students at Kavari Union met.", []string{"Kavari Union/organization//name"}, []string{"Students at Kavari Union"}},
	} {
		d := analyzeShipped(t, tc.text, "2016-07-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPlacePairBodies checks that a body whose name opens with two
// places joined by "and" is one organisation, and that places in a list
// stay apart.
func TestPlacePairBodies(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Beijing's Hong Kong and Macau Affairs Office called the break-in illegal.", []string{"Hong Kong and Macau Affairs Office/organization//name"}, []string{"Macau Affairs Office", "Hong Kong"}},
		{"Hong Kong and Macau Affairs Office officials met.", []string{"Hong Kong and Macau Affairs Office/organization//name"}, []string{"Macau Affairs Office"}},
		{"The Jammu and Kashmir Liberation Front called a strike.", []string{"Jammu and Kashmir Liberation Front/organization//name"}, []string{"Kashmir Liberation Front", "Jammu"}},
		{"Trade between Hong Kong and Macau Affairs Office staff grew.", nil, []string{"Hong Kong and Macau Affairs Office"}},
	} {
		d := analyzeShipped(t, tc.text, "2019-07-02")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestOrgPrefixes checks that one or two capitalised words that name
// nothing else, right before a KB body's name ending in a head noun,
// open a longer name of another body ("the Islamic Republican Party" is
// no "Republican Party" of the United States), and that a country, a
// place, a possessive or a sentence's first word before it do not.
func TestOrgPrefixes(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Muhiddin Kabiri of the Islamic Renaissance Party fled abroad.", []string{"Islamic Renaissance Party/organization//name"}, []string{"Renaissance Party/organization/org.renaissance-france"}},
		{"He joined the Islamic Republican Party in 1979.", []string{"Islamic Republican Party/organization//name"}, []string{"Republican Party/organization/org.us-republican-party"}},
		{"He joined the US Republican Party in 1979.", []string{"US Republican Party/organization/org.us-republican-party/alias"}, nil},
		// a state's branch is a body of its own, as "Texas Democratic Party" is
		{"The Texas Republican Party met on Monday.", []string{"Texas Republican Party/organization//name"}, []string{"Republican Party/organization/org.us-republican-party"}},
		{"Armenia's ruling Republican Party won.", []string{"Republican Party/organization/org.republican-party-of-armenia/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-11-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestOrgTails checks that a listed or KB body's name ending in a head
// noun runs on over "for" or "of" and the capitalised words after it,
// and that a person, a title's "of" and a KB body's own country do not.
func TestOrgTails(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"An analyst at the Carnegie Endowment for International Peace said the plan would fail.", []string{"Carnegie Endowment for International Peace/organization//name"}, []string{"Carnegie Endowment"}},
		{"The banned Islamic Renaissance Party of Tajikistan said it objected.", []string{"Islamic Renaissance Party of Tajikistan/organization//name"}, []string{"Renaissance Party", "Tajikistan"}},
		{"A Heritage Foundation of Ohio report came out.", []string{"Heritage Foundation of Ohio/organization//name"}, []string{"Heritage Foundation", "Ohio"}},
		{"The Renaissance Party of Emmanuel Macron won.", []string{"Renaissance Party/organization/org.renaissance-france/alias"}, []string{"Renaissance Party of Emmanuel Macron"}},
		{"The Minister of Defence of Nigeria spoke to the Heritage Foundation.", []string{"Heritage Foundation/organization//alias"}, []string{"Defence of Nigeria"}},
		{"The Socialist Party of Serbia won.", []string{"Socialist Party of Serbia/organization/org.socialist-party-of-serbia/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2018-11-16")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestPeopleTails checks that a body named for a people, its head word
// and "of" before a plural demonym, takes the demonym and the place the
// people live in after "in", also when an "and" splits the run before it,
// and that a singular demonym or one before a name word does not end it.
func TestPeopleTails(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Voters backed the Alliance of Vojvodina Hungarians.", []string{"Alliance of Vojvodina Hungarians/organization//name"}, []string{"Alliance of Vojvodina"}},
		{"The Alliance of Albanians in Montenegro said it feared the law.", []string{"Alliance of Albanians in Montenegro/organization//name"}, []string{"Albanians", "Montenegro"}},
		{"The Kavari Party and the Union of Poles in Belarus said so.", []string{"Kavari Party/organization//name", "Union of Poles in Belarus/organization//name"}, []string{"Belarus"}},
		{"The Union of Poles in a statement said so.", []string{"Union of Poles/organization//name"}, []string{"Poles"}},
		{"The Institute for Palestinian Studies said so.", []string{"Institute for Palestinian Studies/organization//name"}, nil},
		{"He spoke to the Union of Swiss.", nil, []string{"Union of Swiss"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-12-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestBodyIn checks that a movement's or commission's name, its head
// word and "of", "for" or "against" before what it stands for, takes
// "in" and the country or part of the world it works in, also after a
// name joined by "and the", and that a city after "in", a ministry's or
// institute's name, and "the Commission against Poland" stay apart.
func TestBodyIn(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"A spokesman for the Movement for Oneness and Jihad in West Africa said so.", []string{"Movement for Oneness and Jihad in West Africa/organization//name"}, []string{"West Africa"}},
		{"The Council of Christian Churches in Madagascar urged calm.", []string{"Council of Christian Churches in Madagascar/organization//name"}, []string{"Madagascar"}},
		{"Prosecutors of the Public Ministry and the International Commission against Impunity in Guatemala say so.", []string{"International Commission against Impunity in Guatemala/organization//name"}, []string{"Guatemala"}},
		{"The Institute for Market Economics in Sofia said so.", []string{"Institute for Market Economics/organization//name"}, []string{"Institute for Market Economics in Sofia"}},
		{"The Council of Elders in Kabul met.", []string{"Council of Elders/organization//name"}, []string{"Council of Elders in Kabul"}},
		{"The Ministry of Health in Kenya said so.", []string{"Ministry of Health/organization//name"}, []string{"Ministry of Health in Kenya"}},
		{"The case brought by the European Commission against Poland failed.", []string{"Poland/country/POL/alias"}, []string{"European Commission against Poland"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-12-18")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
