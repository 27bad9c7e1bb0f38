package mention

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
)

// TestSurnameWrittenAsNoun checks that a sentence-opening word that is a
// KB person's surname is no person when the article also writes it in
// lower case, even before a verb ("Sessions resumed" after "the
// sessions"); without the lower-case use, before a verb, it still is.
func TestSurnameWrittenAsNoun(t *testing.T) {
	k := kbOf([]kb.Actor{
		{ID: "person.jeff-sessions", Kind: kb.KindPerson, Name: "Jeff Sessions", Country: "USA"},
		{ID: "person.condoleezza-rice", Kind: kb.KindPerson, Name: "Condoleezza Rice", Country: "USA"},
	})
	s := New(k, Options{})
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{`The sessions were held in Geneva. Sessions resumed on Monday.`, nil, []string{"Sessions"}},
		{`Rice exports fell in March. Rice rose 3 percent on Monday.`, nil, []string{"Rice"}},
		{`Sessions resumed his testimony on Monday.`, []string{"Sessions/person//name"}, nil},
	} {
		checkMentions(t, analyze(t, s, tc.text), tc.text, tc.want, tc.absent)
	}
}
