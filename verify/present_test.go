package verify

import (
	"strings"
	"testing"
)

// isPresentWord(trimClausePunct(w)) must answer as the expression it
// replaces, presentWords.Has(strings.ToLower(strings.Trim(w, ",;:.\"'"))).
func TestPresentWordAgrees(t *testing.T) {
	for _, w := range []string{
		"is", "Is", "IS", "is,", "\"is\"", "'says.'", "will;", "Remains", "serves:", "has", "HAVE",
		"isn't", "was", "a", "", ",", "remainss", "İS", "İs", "wİll", "says—", "said", "“is”", "servesx",
	} {
		want := presentWords.Has(strings.ToLower(strings.Trim(w, ",;:.\"'")))
		if got := isPresentWord(trimClausePunct(w)); got != want {
			t.Errorf("isPresentWord(trimClausePunct(%q)) = %v, want %v", w, got, want)
		}
	}
}
