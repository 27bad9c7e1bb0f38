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

// The byte-loop trims must cut what strings.TrimRight and TrimLeft cut.
func TestTrimLoops(t *testing.T) {
	for _, s := range []string{"", " ", "-", " - ", "President -", "a, ", ", ,x", "x -y- ", "—", " ,\u00a0"} {
		if got, want := trimRightSpaceDash(s), strings.TrimRight(s, " -"); got != want {
			t.Errorf("trimRightSpaceDash(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimLeftSpaceComma(s), strings.TrimLeft(s, " ,"); got != want {
			t.Errorf("trimLeftSpaceComma(%q) = %q, want %q", s, got, want)
		}
	}
}
