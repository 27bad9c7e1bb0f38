package mention

import "testing"

// Tests of bare surnames of sitting and past leaders.

// TestPastLeaderSurname checks that a bare surname no other KB
// person bears links to the KB person who led, by the article's date, a
// country the article names ("Nkurunziza" stayed unlinked, so
// his death went unchecked), and to no one without the country.
func TestPastLeaderSurname(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Nkurunziza returned to Burundi on Friday.", "2022-05-14", []string{"Nkurunziza/person/person.pierre-nkurunziza/short-form"}, nil},
		{"Bizimungu said Rwanda would recover.", "2004-05-14", []string{"Bizimungu/person/person.pasteur-bizimungu/short-form"}, nil},
		{"Bizimungu said the country would recover.", "2004-05-14", []string{"Bizimungu/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSittingLeaderSurname checks that a bare surname links to the KB
// person holding a head of state's or government's office on the article
// date in a country the article names, and to no one otherwise.
func TestSittingLeaderSurname(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Ecuador closed its border. The United States said it was in close contact with Noboa's team.", "2024-01-11", []string{"Noboa/person/person.daniel-noboa/short-form"}, nil},
		{"In Dakar, Faye appointed Ousmane Sonko as prime minister on Tuesday.", "2024-04-03", []string{"Faye/person/person.bassirou-diomaye-faye/short-form"}, nil},
		// no country named: stays unlinked
		{"The United States said it was in close contact with Noboa's team.", "2024-01-11", []string{"Noboa/person//name"}, nil},
		// not in office on the date: stays unlinked
		{"Senegal's new cabinet met. Faye appointed Ousmane Sonko as prime minister on Tuesday.", "2020-04-03", []string{"Faye/person//name"}, nil},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
