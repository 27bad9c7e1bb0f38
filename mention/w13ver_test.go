package mention

import "testing"

// TestW13VerCountryNounTitle: "the country's" or "the nation's" before a
// title is the state the text is about, as a bare title's "the" ("Imran
// Khan, the country's prime minister,"); another owner's possessive
// ("the company's president") still makes no state's office.
func TestW13VerCountryNounTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"In Islamabad, Imran Khan, the country's prime minister, chaired a cabinet meeting on Wednesday.", "Imran Khan", "PAK.prime_minister"},
		{"Kenya voted on Tuesday. William Ruto, the nation's president, said the count was fair.", "William Ruto", "KEN.president"},
		{"Pakistan's economy is in crisis. The country's prime minister, Imran Khan, chaired a cabinet meeting on Wednesday.", "Imran Khan", "PAK.prime_minister"},
		{"Imran Khan, the company's president, chaired a meeting on Wednesday.", "Imran Khan", ""},
	} {
		d := analyzeShipped(t, tc.text, "2023-01-11")
		got := ""
		for _, c := range d.RoleClaims {
			if c.Person == tc.person {
				got = c.OfficeID
			}
		}
		if got != tc.office {
			t.Errorf("%q: %s claim office %q; want %q (claims %+v)", tc.text, tc.person, got, tc.office, d.RoleClaims)
		}
	}
}
