package geo

import (
	"strings"
	"testing"
)

// breaksClause and breaksName must answer as strings.ContainsAny with
// their sets.
func TestGapBreaks(t *testing.T) {
	for _, gap := range []string{"", " ", "  ", "\n", " , ", ";", ":", "(", ")", " — ", "\u00a0", "\xff", "’", " (\n", "a:b", "\t"} {
		if got, want := breaksClause(gap), strings.ContainsAny(gap, "\n,;:"); got != want {
			t.Errorf("breaksClause(%q) = %v, want %v", gap, got, want)
		}
		if got, want := breaksName(gap), strings.ContainsAny(gap, "\n,;:()"); got != want {
			t.Errorf("breaksName(%q) = %v, want %v", gap, got, want)
		}
	}
}
