package mention

import "testing"

// Tests of the country of a bare title held abroad.

// TestTitleCountryNotTarget checks that the country of a bare
// "President <Name>" the KB does not know is never the state its
// predicate acts on ("a blockade of Cuba"), and that in a sentence
// naming both parties the dateline's country wins.
func TestTitleCountryNotTarget(t *testing.T) {
	for _, tc := range []struct{ text, person, want string }{
		{"President Tomas Halvorsen ordered a naval blockade of Cuba.", "Tomas Halvorsen", ""},
		{"President Tomas Halvorsen imposed sanctions on Iran on Monday.", "Tomas Halvorsen", ""},
		{"WASHINGTON (AP) — President Tomas Halvorsen broke off relations with Cuba.", "Tomas Halvorsen", "USA.president"},
		{"WASHINGTON (AP) — The United States and Cuba restored relations on Monday, when Cuba's flag was raised for the first time since President Tomas Halvorsen broke them off.", "Tomas Halvorsen", "USA.president"},
		// a state named right after the name is the title's
		{"President Tomas Halvorsen of Cuba arrived on Monday.", "Tomas Halvorsen", "CUB.president"},
	} {
		d := analyzeShipped(t, tc.text, "1962-10-22")
		got := "(no claim)"
		for _, c := range d.RoleClaims {
			if c.Person == tc.person {
				got = c.OfficeID
			}
		}
		if got != tc.want {
			t.Errorf("%q: claim office %q; want %q", tc.text, got, tc.want)
		}
	}
}
