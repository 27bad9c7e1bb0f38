package mention

import (
	"slices"
	"strings"
	"testing"
)

// Tests of role claims in relative clauses and appositions.

// TestRelativeTitles checks that a title in a present-tense relative
// clause after a name ("who is also deputy prime minister") is a role
// claim, beside the title before the name, and that "who is expected
// to …" or "who was also …" makes none (the clause's title gave no
// claim, so two roles that never overlapped went unchecked).
func TestRelativeTitles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // office ids claimed, in text order
	}{
		{"President Uhuru Kenyatta, who is also deputy prime minister, did not comment.", []string{"KEN.president", "KEN.deputy_prime_minister"}},
		{"Uhuru Kenyatta, who is also the finance minister, did not comment.", []string{"KEN.finance_minister"}},
		{"Binali Yildirim, the prime minister, who is also speaker of parliament, said the result was clear.", []string{"TUR.prime_minister", "TUR.speaker"}},
		{"Uhuru Kenyatta, who is now foreign minister, spoke.", []string{"KEN.foreign_minister"}},
		{"Uhuru Kenyatta, who is expected to retire, did not comment.", nil},
		{"Uhuru Kenyatta, who was also finance minister, did not comment.", nil},
	} {
		d := analyzeShipped(t, tc.text, "2022-08-15")
		var got []string
		for _, c := range d.RoleClaims {
			got = append(got, c.OfficeID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: claims %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestPastPerfectRelative: "who had been <title>" is a title held some
// time before the sentence's time ("former"), and with "since" one held
// up to it ("then"): "Abbott, who had been prime minister since
// September 2013," used to make no claim.
func TestPastPerfectRelative(t *testing.T) {
	for _, tc := range []struct {
		text, date string
		want       []officeMod
	}{
		{"Tony Abbott, who had been prime minister since September 2013, said he would go.", "2015-09-15", []officeMod{{"AUS.prime_minister", "then"}}},
		{"Kevin Rudd, who had been prime minister, spoke on Monday.", "2015-09-15", []officeMod{{"AUS.prime_minister", "former"}}},
		{"Kevin Rudd, who had been expected to speak, did not.", "2015-09-15", nil},
	} {
		checkClaimOffices(t, tc.text, tc.date, tc.want)
	}
}

// TestRelativeTitleLabel: the title a relative clause gives a name is
// the office's words; "since 2017" stays in the role claim and out of the
// name's label ("foreign minister since 2017 Taro Kono" was the quote's
// speaker).
func TestRelativeTitleLabel(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Taro Kono, who has been foreign minister since 2017, said talks would go on.", "Taro Kono", "foreign minister"},
		{"Tony Abbott, who had been prime minister since September 2013, said he would go.", "Tony Abbott", "prime minister"},
	} {
		d := analyzeShipped(t, tc.text, "2019-03-16")
		found := false
		for _, m := range d.Mentions {
			if m.Text == tc.name {
				found = true
				if m.Title != tc.want {
					t.Errorf("%q: %s has title %q; want %q", tc.text, tc.name, m.Title, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.name)
		}
		if len(d.RoleClaims) != 1 || !strings.Contains(d.RoleClaims[0].Title, "since") {
			t.Errorf("%q: want one claim keeping its period, got %+v", tc.text, d.RoleClaims)
		}
	}
}

// TestAtTheTime: "at the time" or "at that time" opening an
// apposition is "then" ("Dmytro Kuleba, at the time Ukraine's defence
// minister," made no claim).
func TestAtTheTime(t *testing.T) {
	for _, tc := range []struct{ text, person, office, mod string }{
		{"Dmytro Kuleba, at the time Ukraine's defence minister, visited Ankara in 2021.", "Dmytro Kuleba", "UKR.defence_minister", "then"},
		{"Oleksii Reznikov, at that time defence minister, visited Ankara in 2022.", "Oleksii Reznikov", "UKR.defence_minister", "then"},
		{"Oleksii Reznikov, Ukraine's defence minister, visited Ankara in 2022.", "Oleksii Reznikov", "UKR.defence_minister", ""},
	} {
		d := analyzeShipped(t, tc.text, "2023-06-01")
		found := false
		for _, c := range d.RoleClaims {
			if c.Person == tc.person {
				found = true
				if c.OfficeID != tc.office || c.Modifier != tc.mod {
					t.Errorf("%q: claim %q %q; want %q %q", tc.text, c.OfficeID, c.Modifier, tc.office, tc.mod)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim about %s; claims %+v", tc.text, tc.person, d.RoleClaims)
		}
	}
}

// TestNowApposition: "now" or "currently" opening an apposition
// leaves a title of the date ("Prabowo Subianto, now Indonesia's
// president," made no claim).
func TestNowApposition(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Prabowo Subianto, now Indonesia's president, visited Beijing on Tuesday.", "Prabowo Subianto", "IDN.president"},
		{"Prabowo Subianto, currently the defence minister, visited Beijing on Tuesday.", "Prabowo Subianto", "IDN.defence_minister"},
	} {
		d := analyzeShipped(t, tc.text, "2022-12-05")
		got := ""
		for _, c := range d.RoleClaims {
			if c.Person == tc.person && c.Modifier == "" {
				got = c.OfficeID
			}
		}
		if got != tc.office {
			t.Errorf("%q: %s claim office %q; want %q (claims %+v)", tc.text, tc.person, got, tc.office, d.RoleClaims)
		}
	}
}
