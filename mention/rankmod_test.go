package mention

import "testing"

// Tests of military ranks and their qualifiers.

// TestRankPairs checks that a two-word naval or service rank ("Vice
// Admiral", "Rear Admiral", "Warrant Officer", "Staff Sergeant") stays
// out of the name of a person the stage does not know, while "Vice
// President" is no rank.
func TestRankPairs(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Vice Admiral Hyppolite Ramaroson told reporters the situation was calm.", []string{"Hyppolite Ramaroson/person//name"}, []string{"Vice Admiral Hyppolite Ramaroson"}},
		{"Rear Admiral Tavita Olumide said the ships had sailed.", []string{"Tavita Olumide/person//name"}, []string{"Rear Admiral Tavita Olumide"}},
		{"Staff Sergeant Ozren Halilbasic was wounded in the blast.", []string{"Ozren Halilbasic/person//name"}, []string{"Staff Sergeant Ozren Halilbasic"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestSultanTitle checks that "Sultan", "Emperor" and "Grand Duke"
// before a monarch's name claim the monarch office (kb/offices.go files
// sultans, emperors and grand dukes as monarchs), while "Sultan" alone
// before an unknown name is the given name it usually is.
func TestSultanTitle(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Brunei's Sultan Hassanal Bolkiah opened the new mosque.", "2015-07-01", "Hassanal Bolkiah", "BRN.monarch", ""},
		{"The Sultan of Brunei, Hassanal Bolkiah, opened the new mosque.", "2015-07-01", "Hassanal Bolkiah", "BRN.monarch", ""},
		{"Emperor Naruhito addressed the nation on Sunday.", "2021-01-03", "Naruhito", "JPN.monarch", ""},
		{"Grand Duke Henri opened the exhibition.", "2012-05-03", "Grand Duke Henri", "LUX.monarch", ""},
	})
	for _, text := range []string{
		"Sultan Rashid Al Mansoori told reporters that profits rose.",
		"In the port, Sultan Rashid Al Mansoori said volumes rose.",
	} {
		d := analyzeShipped(t, text, "2023-12-01")
		checkMentions(t, d, text, []string{"Sultan Rashid Al Mansoori/person//name"}, []string{"Rashid Al Mansoori"})
	}
}

// TestRanks checks that a word qualifying a military rank ("Vice",
// "Rear", "Air Chief", "Warrant") stays out of the officer's name, as
// the rank does.
func TestRanks(t *testing.T) {
	checkTitles(t, []titleCase{
		{"Vice Admiral Hyppolite Ramaroson told reporters the situation was calm.", "Hyppolite Ramaroson", "Vice Admiral"},
		{"Officials said Rear Admiral Jean Dupont arrived.", "Jean Dupont", "Rear Admiral"},
		{"Air Chief Marshal Sipho Ndlovu arrived.", "Sipho Ndlovu", "Air Chief Marshal"},
		{"Later Warrant Officer Ana Ruiz arrived.", "Ana Ruiz", ""},
	})
}

// TestSeniorGeneral: a qualified rank between a title and a KB
// name ("Myanmar junta leader Senior General Than Shwe") is no person's
// name (it was an unknown "Senior General", a false
// impostor of the junta's head); the KB person is the one named.
func TestSeniorGeneral(t *testing.T) {
	for _, tc := range []struct {
		text, date   string
		want, absent []string
	}{
		{"Myanmar junta leader Senior General Than Shwe said the talks went well.", "2005-06-01", []string{"Than Shwe/person/person.than-shwe/alias"}, []string{"Senior General/person"}},
		{"Myanmar junta chief Senior General Min Aung Hlaing said the vote would go ahead.", "2023-08-01", []string{"Min Aung Hlaing/person/person.min-aung-hlaing/alias"}, []string{"Senior General/person"}},
		{"Navy chief Rear Admiral John Kirby said the ship was safe.", "2020-08-01", []string{"John Kirby/person//name"}, []string{"Rear Admiral/person"}},
	} {
		d := analyzeShipped(t, tc.text, tc.date)
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
