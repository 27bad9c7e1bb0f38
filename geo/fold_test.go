package geo

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// The stage folds plain ASCII tokens by lower-casing them; that must be
// what kb.Fold does for them.
func TestPlainASCIIFold(t *testing.T) {
	for _, w := range []string{"Baghdad", "GAZA", "x1", "B52", "al_Qaeda", "A&M", "Tel/Aviv", "Haifas", "mosul"} {
		if !plainASCII(w) {
			t.Errorf("plainASCII(%q) = false", w)
			continue
		}
		if got, want := segment.LowerASCII(w), kb.Fold(w); got != want {
			t.Errorf("fast fold of %q = %q, kb.Fold = %q", w, got, want)
		}
	}
	for _, w := range []string{"Haifa's", "Tel-Aviv", "U.S.", "São", "a b", "it`s", "x\ty"} {
		if plainASCII(w) {
			t.Errorf("plainASCII(%q) = true, want false (kb.Fold changes more than case)", w)
		}
	}
}
