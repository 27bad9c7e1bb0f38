package mention

import "testing"

// Tests of the country a bare title implies.

// TestBareTitleForeignHolder checks that a title that implies a
// country when none is written ("Defence Secretary" is British) yields
// to the country of the KB person it names: his own country's office
// when the KB holds it, else no claim, never the implied country's
// ("Defence Secretary Gotabaya Rajapaksa" was checked against
// the British defence secretary).
func TestBareTitleForeignHolder(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Defence Secretary John Hutton rejected the accusations.", "2009-05-19", "John Hutton", "GBR.defence_minister", ""},
		{"Defence Secretary Robert Gates rejected the accusations.", "2009-05-19", "Robert Gates", "USA.defence_minister", ""},
	})
	checkNoClaims(t, "2009-05-19", "Defence Secretary Gotabaya Rajapaksa, the president's brother, rejected the accusations.")
}

// TestBareTitleOtherCountry checks that a bare title implying a
// country ("Foreign Secretary" is British) makes no claim for a holder
// the KB does not know when the story is datelined in another state, or
// never names the implied state but names others; with the implied
// state's dateline, or nothing else named, the claim stays (e.g. India's
// foreign secretary, a civil servant, was checked against the
// British foreign secretary).
func TestBareTitleOtherCountry(t *testing.T) {
	checkClaims(t, []claimCase{
		{"LONDON, Feb 26 - Foreign Secretary Vijay Gokhale said the talks had failed.", "2019-02-26", "Vijay Gokhale", "GBR.foreign_minister", ""},
		{"Foreign Secretary Vijay Gokhale said the talks had failed.", "2019-02-26", "Vijay Gokhale", "GBR.foreign_minister", ""},
		{"Foreign Secretary Vijay Gokhale said Britain would act.", "2019-02-26", "Vijay Gokhale", "GBR.foreign_minister", ""},
	})
	for _, text := range []string{
		"NEW DELHI, Feb 26, 2019 - Foreign Secretary Vijay Gokhale said the strike had killed many fighters.",
		"Foreign Secretary Vijay Gokhale said India had struck a camp in Pakistan.",
	} {
		checkNoClaims(t, "2019-02-26", text)
	}
}

// TestAssistantTitle checks that "Assistant Secretary of State" is one
// title (modifier assistant), with no body named "US Assistant".
func TestAssistantTitle(t *testing.T) {
	for _, tc := range []struct{ text, date, person, title string }{
		{"US Assistant Secretary of State James O'Brien visited Tbilisi on Tuesday.", "2024-05-14", "James O'Brien", "US Assistant Secretary of State"},
		{"Assistant Secretary of State Victoria Nuland visited Kyiv on Thursday.", "2014-02-06", "Victoria Nuland", "Assistant Secretary of State"},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, nil, []string{"US Assistant"})
		m := mentionAt(d, tc.person, 0)
		if m == nil || m.Title != tc.title {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
			continue
		}
		if m.Role < 0 || d.RoleClaims[m.Role].Modifier != "assistant" {
			t.Errorf("%q: claim %+v; want modifier assistant", tc.text, d.RoleClaims)
		}
	}
}

// TestWrittenStateSecretaryTitle checks that a title implying one state
// ("Foreign Secretary" is British) written with another state is that
// state's minister only where the KB files the minister under that
// title (Mexico's and the Philippines' secretaries, America's defence
// secretary in British spelling); elsewhere it is a civil servant's post
// and claims nothing ("Indian Foreign Secretary Shivshankar
// Menon" was contradicted as an unknown Minister of External Affairs).
func TestWrittenStateSecretaryTitle(t *testing.T) {
	checkClaims(t, []claimCase{
		{"British Foreign Secretary David Miliband spoke.", "2008-07-23", "David Miliband", "GBR.foreign_minister", ""},
		{"Philippine Defense Secretary Delfin Lorenzana spoke.", "2018-07-23", "Delfin Lorenzana", "PHL.defence_minister", ""},
		{"US Defence Secretary Robert Gates spoke.", "2009-05-19", "Robert Gates", "USA.defence_minister", ""},
		{"British Defense Secretary John Hutton spoke.", "2009-05-19", "John Hutton", "GBR.defence_minister", ""},
	})
	for _, text := range []string{
		"Indian Foreign Secretary Shivshankar Menon called Yadav on Wednesday.",
		"Pakistan's Foreign Secretary Salman Bashir met his Indian counterpart.",
		"Sri Lankan Defence Secretary Gotabaya Rajapaksa rejected the accusations.",
		"Indian Home Secretary G.K. Pillai spoke.",
	} {
		checkNoClaims(t, "2009-05-19", text)
	}
}
