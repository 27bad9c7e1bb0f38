package geo

import (
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
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

// firstStartAtLeast must find what sort.Search finds.
func TestFirstStartAtLeast(t *testing.T) {
	var ms []doc.Mention
	for _, st := range []int{0, 3, 3, 7, 10, 10, 10, 15} {
		ms = append(ms, doc.Mention{Span: doc.Span{Start: st, End: st + 2}})
	}
	for from := 0; from <= len(ms); from++ {
		for at := -2; at <= 18; at++ {
			want := from + sort.Search(len(ms)-from, func(k int) bool { return ms[from+k].Span.Start >= at })
			if got := firstStartAtLeast(ms, from, at); got != want {
				t.Errorf("firstStartAtLeast(from %d, at %d) = %d, want %d", from, at, got, want)
			}
		}
	}
}
