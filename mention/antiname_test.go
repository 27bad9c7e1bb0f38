package mention

import "testing"

// Tests of names glued to "anti-" and "pro-".

// TestAntiNames checks that an unlinked word glued to "anti-" or
// "pro-" is no entity, and a KB name there still is.
func TestAntiNames(t *testing.T) {
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

// TestProStem checks that a body's name glued to "pro-" or "anti-"
// by its first word keeps the rest of its name, and that a full name
// after the stem still joins its KB acronym.
func TestProStem(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Members of the pro-Kurdish Democratic Regions Party were detained.", []string{"Democratic Regions Party/organization//name"}, []string{"Kurdish Democratic Regions Party"}},
		{"The anti-Islam Freedom Party gained seats.", []string{"Freedom Party/organization//name"}, nil},
		{"The pro-Kurdish Peoples' Democratic Party (HDP) boycotted the session.", []string{"Peoples' Democratic Party/organization/org.hdp/name"}, nil},
		{"Pro-Maidan activists marched.", nil, []string{"Maidan"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
