package mention

import "testing"

// Tests of the owner of a parenthesised acronym.

// TestAcronymOwner: a parenthesised acronym after "<Body> in
// <Country>" abbreviates the body, not the country: one entity with the
// full name, the acronym and its repeats.
func TestAcronymOwner(t *testing.T) {
	for _, tc := range []struct{ text, full, short string }{
		{"The rebel Front for Unity and Renewal in Chad (FURC), which crossed from Libya, said it was advancing. FURC fighters took the town.", "Front for Unity and Renewal", "FURC"},
		{"The Coalition for Peace in Mali (CPM) denied the report. CPM leaders met in Bamako.", "Coalition for Peace", "CPM"},
	} {
		d := analyzeShipped(t, tc.text, "2021-04-21")
		f, a, b := mentionAt(d, tc.full, 0), mentionAt(d, tc.short, 0), mentionAt(d, tc.short, 1)
		if f == nil || a == nil || b == nil {
			t.Errorf("%q: mentions %v %v %v; all %v", tc.text, f, a, b, mentionList(d))
			continue
		}
		if f.Entity != a.Entity || f.Entity != b.Entity {
			t.Errorf("%q: entities %d %d %d; want one", tc.text, f.Entity, a.Entity, b.Entity)
		}
	}
}
