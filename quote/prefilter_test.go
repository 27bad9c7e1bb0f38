package quote

import (
	"strings"
	"testing"
)

// TestMergedWordSets checks that commonWords and the reordered verbLike
// answer as the lookups they replace.
func TestMergedWordSets(t *testing.T) {
	words := []string{"the", "a", "officials", "minister", "president", "un", "people", "said", "talked",
		"according", "was", "is", "going", "xyzzy", "red", "bed", "several", "another", "Officials"}
	for _, set := range []map[string]bool{unnamedHeads, descHeads, indefinites, titleWords, nameTitleWords} {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range words {
		old := unnamedHeads[w] || descHeads[w] || indefinites[w] || w == "the" || titleWords[w]
		if commonWords[w] != old {
			t.Errorf("commonWords[%q] = %v, want %v", w, commonWords[w], old)
		}
		oldVerb := !indefinites[w] && (len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || w == "were" || w == "was" || w == "are" || w == "is")
		if verbLike(w) != oldVerb {
			t.Errorf("verbLike(%q) = %v, want %v", w, verbLike(w), oldVerb)
		}
	}
}
