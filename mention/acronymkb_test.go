package mention

import "testing"

// Tests of a body's full name linked to its KB acronym.

// TestAcronymLongForm checks that a body's full name before its
// parenthesised KB acronym is one entity with it, linked through the
// acronym, when the full name is the KB entity's name.
func TestAcronymLongForm(t *testing.T) {
	for _, tc := range []struct {
		text, long, id string
	}{
		{"The Justice and Development Party (AKP) won most seats.", "Justice and Development Party", "org.akp"},
	} {
		d := analyzeShipped(t, tc.text, "2023-05-28")
		got := ""
		for _, m := range d.Mentions {
			if m.Text == tc.long {
				got = m.KBID
				if m.Entity < 0 {
					got = ""
				} else if e := d.Entities[m.Entity]; e.KBID != "" {
					got = e.KBID
				}
			}
		}
		if got != tc.id {
			t.Errorf("%q: %q links to %q, want %q", tc.text, tc.long, got, tc.id)
		}
	}
}
