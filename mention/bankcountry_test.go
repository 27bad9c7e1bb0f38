package mention

import "testing"

// Tests of central banks named "Bank <Country>".

// TestBankCountry checks that a central bank named "Bank <Country>"
// is one organisation, not the country, while a bank's name ending in
// "Bank" before a country stays apart from it.
func TestBankCountry(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Bank Indonesia cut its policy rate on Wednesday.", []string{"Bank Indonesia/organization//name"}, []string{"Indonesia"}},
		{"Economists expect the Bank Indonesia board to hold rates.", []string{"Bank Indonesia/organization//name"}, []string{"Indonesia"}},
		{"Bank Negara Malaysia kept the overnight rate at 3 percent.", []string{"Bank Negara Malaysia/organization//name"}, []string{"Malaysia"}},
		{"The World Bank Kenya office said growth slowed.", []string{"Kenya/country/KEN/alias"}, []string{"Bank Kenya"}},
	} {
		d := analyzeShipped(t, tc.text, "2020-01-10")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
