package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13QA7CombiningForm: the combining form of a people hyphened to a
// demonym ("Franco-German", "Franco-British") is half an adjective, no
// person, though "Franco" is also a given name; the name alone and the
// name before a surname stay people (W13 QA7: France, Germany).
func TestW13QA7CombiningForm(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		person     bool
	}{
		{"The state premier, who also serves as plenipotentiary for Franco-German cultural relations, attended the ceremony.", "Franco", false},
		{"Ministers held the Franco-British summit in Paris on Friday.", "Franco", false},
		{"The Greco-Turkish dispute continued as Ankara sent ships.", "Greco", false},
		{"The talks were chaired by Franco Frattini in Rome on Friday.", "Franco Frattini", true},
	} {
		d := analyzeShipped(t, tc.text, "2023-01-22")
		got := false
		for _, m := range d.Mentions {
			if m.Text == tc.word && m.Type == doc.TypePerson {
				got = true
			}
		}
		if got != tc.person {
			t.Errorf("%q: %q a person = %v; want %v (mentions %+v)", tc.text, tc.word, got, tc.person, d.Mentions)
		}
	}
}

// TestW13QA7GlossedTitle: a translated piece glosses a foreign title in
// brackets before the name ("Bundeskanzler (Federal Chancellor) Olaf
// Scholz"): the gloss is the person's title. "Federal" before a title
// is a modifier ("Federal Chancellor", "Federal President"), no unknown
// owner of it (W13 QA7: Germany).
func TestW13QA7GlossedTitle(t *testing.T) {
	for _, tc := range []struct{ text, person, office string }{
		{"Bundeskanzler (Federal Chancellor) Olaf Scholz met the French president in Paris.", "Olaf Scholz", "DEU.chancellor"},
		{"Bundeskanzler (Chancellor) Olaf Scholz met the French president in Paris.", "Olaf Scholz", "DEU.chancellor"},
		{"Germany is governed by Federal Chancellor Olaf Scholz, officials said.", "Olaf Scholz", "DEU.chancellor"},
		{"The law was signed by Federal President Frank-Walter Steinmeier on Monday.", "Frank-Walter Steinmeier", "DEU.president"},
		// a bracket that holds no title is no gloss
		{"The Bundestag (parliament) Olaf Scholz addressed on Monday voted.", "Olaf Scholz", ""},
	} {
		checkLastClaim(t, analyzeShipped(t, tc.text, "2023-01-22"), tc.text, tc.person, tc.office)
	}
}

// TestW13QA7TreatyOrg: a palace or body named right before a
// capitalised treaty head names the treaty ("the Elysee Treaty"), no
// organisation; the body alone and "the UN Charter" stay (W13 QA7:
// France, Germany).
func TestW13QA7TreatyOrg(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		org        bool
	}{
		{"Scholz and Macron marked the 60th anniversary of the Elysee Treaty in Paris.", "Elysee", false},
		{"The Elysee said on Sunday that the president would travel to Berlin.", "Elysee", true},
		{"The UN Charter forbids the use of force, the minister said.", "UN", true},
	} {
		d := analyzeShipped(t, tc.text, "2023-01-22")
		got := false
		for _, m := range d.Mentions {
			if m.Text == tc.word && m.Type == doc.TypeOrganization {
				got = true
			}
		}
		if got != tc.org {
			t.Errorf("%q: %q an organisation = %v; want %v", tc.text, tc.word, got, tc.org)
		}
	}
}
