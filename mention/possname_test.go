package mention

import "testing"

// Tests of businesses and owners named in the possessive.

// TestPossessiveCompanies checks that a listed company named in the
// possessive keeps its "'s" in the entity's name and joins the
// organisation name written after it.
func TestPossessiveCompanies(t *testing.T) {
	for _, tc := range []struct {
		text, name string
	}{
		{"Moody's cut the bank's rating on Friday.", "Moody's"},
		{"Burger chains such as McDonald's raised prices.", "McDonald's"},
		{"Moody's Investors Service cut Ghana's rating.", "Moody's Investors Service"},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-15")
		found := false
		for _, e := range d.Entities {
			if e.Name == tc.name && e.Type == "organization" {
				found = true
			}
			if e.Name == "Investors Service" {
				t.Errorf("%q: split entity %q", tc.text, e.Name)
			}
		}
		if !found {
			t.Errorf("%q: no organisation named %q; got %+v", tc.text, tc.name, d.Entities)
		}
	}
}

// TestPossessiveFirms checks a firm named with "'s": the entity is
// named with it, and an organisation's name right after it is part of
// the firm's.
func TestPossessiveFirms(t *testing.T) {
	s := stage()
	text := "Moody's Investors Service downgraded Syria. Later Moody's cut the rating again."
	d := analyze(t, s, text)
	checkMentions(t, d, text, []string{"Moody's Investors Service/organization//name", "Moody's/organization//alias"}, []string{"Investors Service/organization"})
	checkInvariants(t, d)
	names := map[string]bool{}
	for _, e := range d.Entities {
		names[e.Name] = true
	}
	if !names["Moody's"] || names["Moody"] {
		t.Errorf("entity names %v; want Moody's, not Moody", names)
	}
}
