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
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-01-11"), tc.text, tc.person, tc.office)
	}
}

// TestW13VerStackedModifiers: a "deputy" or "vice" before a title keeps
// the deputy's office and leaves the claim's modifier to the word
// before it ("former deputy president X" was a sitting deputy's claim);
// capitalised modifiers in a row before a title name nobody ("Former
// Deputy President William Ruto" made a person "Former Deputy"); and
// "former" before "acting" puts the acting term in the past.
func TestW13VerStackedModifiers(t *testing.T) {
	for _, tc := range []struct{ text, person, office, mod string }{
		{"Kenya's former deputy president William Ruto opened a road in Nakuru on Tuesday.", "William Ruto", "KEN.vice_president", "former"},
		{"Former Deputy President William Ruto opened a road in Nakuru on Tuesday.", "William Ruto", "KEN.vice_president", "former"},
		{"Deputy President William Ruto opened a road in Nakuru on Tuesday.", "William Ruto", "KEN.vice_president", ""},
		{"Former acting president Goodluck Jonathan spoke in Abuja on Tuesday.", "Goodluck Jonathan", "NGA.president", "former"},
		{"Former Acting President Goodluck Jonathan spoke in Abuja on Tuesday.", "Goodluck Jonathan", "NGA.president", "former"},
	} {
		d := analyzeShipped(t, tc.text, "2018-03-06")
		found := false
		for _, c := range d.RoleClaims {
			if c.Person != tc.person {
				continue
			}
			found = true
			if c.OfficeID != tc.office || c.Modifier != tc.mod {
				t.Errorf("%q: claim %q %q; want %q %q", tc.text, c.OfficeID, c.Modifier, tc.office, tc.mod)
			}
		}
		if !found {
			t.Errorf("%q: no claim about %s; claims %+v", tc.text, tc.person, d.RoleClaims)
		}
		for _, e := range d.Entities {
			if e.Name == "Former Deputy" || e.Name == "Former Acting" {
				t.Errorf("%q: entity %q", tc.text, e.Name)
			}
		}
	}
}

// TestW13VerAtTheTime: "at the time" or "at that time" opening an
// apposition is "then" ("Dmytro Kuleba, at the time Ukraine's defence
// minister," made no claim).
func TestW13VerAtTheTime(t *testing.T) {
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

// TestW13VerNowApposition: "now" or "currently" opening an apposition
// leaves a title of the date ("Prabowo Subianto, now Indonesia's
// president," made no claim).
func TestW13VerNowApposition(t *testing.T) {
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

// TestW13VerTitleCommaHonorific: "Country's title, Honorific Name," is
// the apposition "Country's title, Name," ("Qatar's emir, Sheikh Tamim
// bin Hamad Al Thani," made no claim); "FM" in capitals is a foreign
// minister's title as "PM" is a prime minister's.
func TestW13VerTitleCommaHonorific(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Qatar's emir, Sheikh Tamim bin Hamad Al Thani, received the Turkish president on Tuesday.", "Tamim bin Hamad Al Thani", "QAT.monarch"},
		{"Iranian FM Hossein Amir-Abdollahian met his Omani counterpart in Muscat on Tuesday.", "Hossein Amir-Abdollahian", "IRN.foreign_minister"},
		{"Capital FM reporter John Kamau said on Tuesday the road was closed.", "John Kamau", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2019-06-04"), tc.text, tc.person, tc.office)
	}
}
