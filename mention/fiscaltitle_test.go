package mention

import "testing"

// Tests of finance officers' titles.

// TestFinanceRoles checks that a treasurer's, comptroller's or
// auditor's title before a name is no part of the person's name.
func TestFinanceRoles(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Independents won the seat held by Treasurer Tom Keating.", []string{"Tom Keating/person//name"}, []string{"Treasurer Tom Keating"}},
		{"The audit was ordered by Comptroller Maria Oyelaran.", []string{"Maria Oyelaran/person//name"}, []string{"Comptroller Maria Oyelaran"}},
		{"The report was signed by Auditor Ken Whitby.", []string{"Ken Whitby/person//name"}, []string{"Auditor Ken Whitby"}},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-22")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
	// the title stays the mention's title, with its written owner, and
	// makes no role claim: the KB holds no such office
	for _, tc := range []struct{ text, name, title string }{
		{"Independents won the seat held by Treasurer Tom Keating.", "Tom Keating", "Treasurer"},
		{"Ohio Comptroller Maria Oyelaran said revenue fell.", "Maria Oyelaran", "Ohio Comptroller"},
	} {
		d := analyzeShipped(t, tc.text, "2022-05-22")
		if m := mentionAt(d, tc.name, 0); m == nil || m.Title != tc.title {
			t.Errorf("%q: mention %+v; want title %q", tc.text, m, tc.title)
		}
		for _, c := range d.RoleClaims {
			t.Errorf("%q: claim %+v; want none", tc.text, c)
		}
	}
}
