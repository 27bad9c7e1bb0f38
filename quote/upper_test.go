package quote

import (
	"strings"
	"testing"
)

// TestUpperAsIs checks upperAsIs against the test it replaces,
// strings.ToUpper(w) == w, on ASCII and other words.
func TestUpperAsIs(t *testing.T) {
	for _, w := range []string{"", "UN", "Un", "un", "NATO", "U.S.", "B2B", "ÉLYSÉE", "Élysée", "ÉLYSÉe", "aÉ", "Ǆ", "ǅ", "ß", "\xff", "A\xff", "9/11"} {
		if got, want := upperAsIs(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("upperAsIs(%q) = %v, want %v", w, got, want)
		}
	}
}
