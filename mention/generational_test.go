package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// TestGenerationalSuffix checks that a KB person's name ending in a
// generational suffix written out teaches the word before it as the
// surname, not the suffix.
func TestGenerationalSuffix(t *testing.T) {
	k := kbOf([]kb.Actor{
		{ID: "person.carlos-gomes-junior", Kind: kb.KindPerson, Name: "Carlos Gomes Júnior", Country: "GNB"},
		{ID: "person.jose-viegas-filho", Kind: kb.KindPerson, Name: "José Viegas Filho", Country: "BRA"},
	})
	s := New(k, Options{})
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{`The seat has been held since 2003 by Harold "Junior" Theriault of the party.`,
			nil, []string{"Junior"}},
		{`Officials said Filho would attend the talks.`,
			nil, []string{"Filho"}},
		{`The talks resumed on Monday. Gomes told reporters he would run.`,
			[]string{"Gomes/person//name"}, nil},
	} {
		checkMentions(t, analyze(t, s, tc.text), tc.text, tc.want, tc.absent)
	}
}
