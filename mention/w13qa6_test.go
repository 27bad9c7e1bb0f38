package mention

import (
	"strings"
	"testing"
)

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

// TestW13QA6TheatreHead: "Theatre" (and "Theater") heads the name of a
// venue like "Hotel" ("the Grand Theatre of Havana" left "Theatre" a
// person; W13 QA6: Cuba).
func TestW13QA6TheatreHead(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Obama will address the Cuban people at the Grand Theatre of Havana on Tuesday.", "Grand Theatre of Havana"},
		{"The gala was held at the National Theater on Friday.", "National Theater"},
	} {
		d := analyzeShipped(t, tc.text, "2016-03-21")
		found := false
		for _, m := range d.Mentions {
			if m.Type == "person" && strings.Contains(m.Text, "The") {
				t.Errorf("%q: person %q", tc.text, m.Text)
			}
			if m.Text == tc.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.text, tc.name)
		}
	}
}
