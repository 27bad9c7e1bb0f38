package mention

import "testing"

// TestW13QA6SurnameBeforeNamesake: a bare surname refers back to the one
// person of that name the article has named in full so far, not to a
// namesake it introduces later (W13 QA6: Haiti, "Jovenel Moise … Moise
// said … the first lady, Martine Moise"); with both named before, it
// stays unresolved.
func TestW13QA6SurnameBeforeNamesake(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Police arrested 17 people in the assassination of President Jovenel Moise, who was shot dead on Wednesday. Moise said on Thursday that he would not resign. The first lady, Martine Moise, was wounded in the attack.",
			"person.jovenel-moise"},
		{"President Jovenel Moise was shot dead on Wednesday. The first lady, Martine Moise, was wounded. Moise said on Thursday that he would not resign.",
			""},
	} {
		d := analyzeShipped(t, tc.text, "2021-07-09")
		found := false
		for _, m := range d.Mentions {
			if m.Text != "Moise" {
				continue
			}
			found = true
			if m.KBID != tc.want {
				t.Errorf("%q: Moise linked to %q; want %q", tc.text, m.KBID, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no mention of Moise", tc.text)
		}
	}
}
