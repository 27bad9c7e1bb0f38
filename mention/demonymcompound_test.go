package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

func TestDemonymCompounds(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"French", []string{"Frenchman", "Frenchwoman", "Frenchmen", "Frenchwomen"}},
		{"Irish", []string{"Irishman", "Irishwoman", "Irishmen", "Irishwomen"}},
		{"Israeli", nil},
		{"Czech", []string{"Czechman", "Czechwoman", "Czechmen", "Czechwomen"}}, // never written, harmless
		{"North Korean", nil},
		{"Ch", nil},
	} {
		got := demonymCompounds(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("demonymCompounds(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("demonymCompounds(%q) = %q, want %q", tc.in, got, tc.want)
				break
			}
		}
	}
}

// A man or woman of a country ("Frenchman", "Dutchwoman") is a demonym
// like "Briton": before a person's name it is no part of the name.
func TestDemonymCompoundBeforeName(t *testing.T) {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "FRA", Kind: kb.KindCountry, Name: "France", Demonyms: []string{"French"}, Capital: "Paris", Country: "FRA"})
	k.AddActor(kb.Actor{ID: "NLD", Kind: kb.KindCountry, Name: "Netherlands", Demonyms: []string{"Dutch"}, Capital: "Amsterdam", Country: "NLD"})
	s := New(k, Options{})
	text := "Frenchman Thomas Voeckler won the stage. The Dutchman Max Verstappen crashed, and two Dutchwomen watched."
	d := analyze(t, s, text)
	checkMentions(t, d, text,
		[]string{"Frenchman/country/FRA/demonym", "Thomas Voeckler/person//name", "Dutchman/country/NLD/demonym", "Max Verstappen/person//name", "Dutchwomen/country/NLD/demonym"},
		[]string{"Frenchman Thomas Voeckler", "Dutchman Max Verstappen"})
	checkInvariants(t, d)
}
