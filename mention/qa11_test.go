package mention

import "testing"

// TestQA11TreatyPlaces checks that a town a treaty is named after is no
// place mention: before a capitalised head ("the Rome Statute") or a
// lower-case one ("the Minsk agreements"); the same town elsewhere stays
// a place (QA11 M-1).
func TestQA11TreatyPlaces(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Hungary withdrew from the Rome Statute in 2023.", nil, []string{"Rome"}},
		{"Both sides accused each other of breaking the Minsk agreements.", nil, []string{"Minsk"}},
		{"The Kyoto protocol expired before the Doha accord was signed.", nil, []string{"Kyoto", "Doha"}},
		{"Leaders met in Minsk on Tuesday.", []string{"Minsk/place/place.minsk/alias"}, nil},
		{"Minsk, agreements aside, was calm.", []string{"Minsk/place/place.minsk/alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-03-17")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA11TheNames checks that a place whose name opens with "The"
// keeps it, in prose and in a capitalised dateline (QA11 M-2).
func TestQA11TheNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The court ruled in The Hague on Friday.", []string{"The Hague/place/place.the-hague/alias"}, []string{"Hague"}},
		{"THE HAGUE, Netherlands — The court ruled on Friday.", []string{"THE HAGUE/place/place.the-hague/alias"}, []string{"HAGUE"}},
		{"The Bronx was quiet on Sunday.", nil, []string{"The Bronx"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-08-25")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA11CompassPairs checks that two compass words joined by "and"
// before one region noun make one place (QA11 M-7).
func TestQA11CompassPairs(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The coup was the eighth in West and Central Africa since 2020.", []string{"West and Central Africa/place//alias"}, []string{"Africa", "West and Central"}},
		{"Growth slowed in Central and Eastern Europe last year.", []string{"Central and Eastern Europe/place//name"}, []string{"Central", "Eastern Europe"}},
		{"Tensions rose between North and South Korea.", []string{"South Korea/country/KOR/alias"}, nil},
		{"Floods hit West Africa and East Africa.", []string{"West Africa/place//alias", "East Africa/place//alias"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-08-30")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA11ServiceNouns checks that a corps noun after a country or
// "former" is no part of the person's name, and that the same word as a
// given name is (QA11 M-3).
func TestQA11ServiceNouns(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Former US Marine Paul Whelan was freed on Thursday.", []string{"Paul Whelan/person//name"}, []string{"Marine Paul Whelan"}},
		{"The British Marine Tom Hardy was wounded.", []string{"Tom Hardy/person//name"}, []string{"Marine Tom Hardy"}},
		{"France's Marine Le Pen met the far-right leader Marine Le Pen.", []string{"Marine Le Pen/person//name"}, []string{"Le Pen"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-08-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA11AntiNames checks that an unlinked word glued to "anti-" or
// "pro-" is no entity, and a KB name there still is (QA11 M-4).
func TestQA11AntiNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The anti-Islam party won 37 seats.", nil, []string{"Islam"}},
		{"Thousands of pro-Maidan activists marched.", nil, []string{"Maidan"}},
		{"Protesters chanted anti-Israel slogans.", []string{"Israel/country/ISR/alias"}, nil},
		{"The Anti-Corruption Foundation said it would appeal.", []string{"Anti-Corruption Foundation/organization//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-11-23")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA11Commodities checks that a fuel's acronym is no organisation
// (QA11 M-6).
func TestQA11Commodities(t *testing.T) {
	for _, text := range []string{
		"The cap is tied to a global LNG reference price.",
		"Imports of LPG and CNG rose in March.",
	} {
		d := analyzeShipped(t, text, "2022-12-19")
		checkMentions(t, d, text, nil, []string{"LNG", "LPG", "CNG"})
	}
}

// TestQA11BodyByContext checks that a name typed by its shape is an
// organisation when it wins seats or heads a unit, and that a person or
// a known place there keeps its type (QA11 M-6).
func TestQA11BodyByContext(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Pieter Omtzigt, whose New Social Contract won 20 seats, said he was ready to talk.", []string{"New Social Contract/organization//name"}, []string{"New Social Contract/place"}},
		{"He was a member of the FSB's Alpha unit.", []string{"Alpha/organization//name"}, []string{"Alpha/person"}},
		{"Geert Wilders won 37 seats in the election.", []string{"Geert Wilders/person//name"}, nil},
		{"Fighting in Donetsk took 20 seats of the council.", nil, []string{"Donetsk/organization"}},
		{"Councilwoman Nury Martinez wins school board seat.", nil, []string{"Nury Martinez/organization"}},
	} {
		d := analyzeShipped(t, tc.text, "2023-11-23")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestQA11VietnameseNames checks that a Vietnamese "Le" opens the
// person's name and that "of North/South <Country>" stays the place's
// (QA11 M-5).
func TestQA11VietnameseNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"He shared the 1973 Nobel Peace Prize with Le Duc Tho of North Vietnam.", []string{"Le Duc Tho/person//name", "North Vietnam/country/VNM/alias"}, []string{"Duc Tho of North"}},
		{"Deputy Prime Minister Le Hong Anh visited Laos.", []string{"Le Hong Anh/person//name"}, []string{"Hong Anh"}},
		{"He met Nguyen Van Thieu of South Vietnam.", []string{"Nguyen Van Thieu/person//name"}, []string{"Nguyen Van Thieu of South"}},
		{"Marine Le Pen spoke in Paris.", []string{"Marine Le Pen/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2023-11-30")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestTheHagueLinked checks that the KB's The Hague links with its "The"
// in the span, and that "Hague" alone stays a surname.
func TestTheHagueLinked(t *testing.T) {
	d := analyzeShipped(t, "Judges in The Hague ruled. Hague said he was tired.", "2023-03-17")
	checkMentions(t, d, "Judges in The Hague ruled. Hague said he was tired.", []string{"The Hague/place/place.the-hague/alias"}, []string{"Hague/place/place.the-hague/alias"})
}

// TestFedUp checks that "the Fed" is the Federal Reserve and that "Fed up"
// opening a sentence is no body.
func TestFedUp(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"The Fed raised rates on Wednesday.", []string{"Fed/organization/org.fed/alias"}, nil},
		{"Fed up with the delays, residents protested on Monday.", nil, []string{"Fed/organization/org.fed/alias"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-01-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
