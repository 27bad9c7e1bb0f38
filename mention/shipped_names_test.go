package mention

import (
	"slices"
	"testing"
)

// TestShippedKBNames checks name rules that depend on the shipped KB's
// people (a surname the KB holds for someone the article does not name).
func TestShippedKBNames(t *testing.T) {
	s := shippedStage(t)
	for _, tc := range []struct {
		name, text string
		want       []string // "text/type/kbid/how"
	}{
		{"a KB surname alone after an unknown full name that ends with it is that person",
			"Soul singer Sean Payne, the drummer of The Zutons, left. Payne sings pop.",
			[]string{"Sean Payne/person//name", "Payne/person//short-form"}},
		{"an organisation's opening head word at a sentence's start still opens the name",
			"The rapper signed a deal. Radio Disney added him to its list.",
			[]string{"Radio Disney/organization//alias"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionList(analyze(t, s, tc.text))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("Process(%q): missing mention %s; got %v", tc.text, w, got)
				}
			}
		})
	}
}
