package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of demonyms, shared and combining forms.

// TestSharedDemonym checks that a demonym two KB countries share
// ("Congolese") names the one whose places the article names.
func TestSharedDemonym(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Rebels entered Goma on Monday. Congolese troops withdrew from the city.", []string{"Congolese/country/COD/demonym"}, nil},
		{"Congolese troops entered Brazzaville on Monday.", []string{"Congolese/country/COG/demonym"}, nil},
	} {
		d := analyzeShipped(t, tc.text, "2025-01-27")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}

// TestCombiningForm: the combining form of a people hyphened to a
// demonym ("Franco-German", "Franco-British") is half an adjective, no
// person, though "Franco" is also a given name; the name alone and the
// name before a surname stay people (e.g. France, Germany).
func TestCombiningForm(t *testing.T) {
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
