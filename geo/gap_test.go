package geo

import (
	"slices"
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

// nextCapital stops at the words that may start with a capital (an
// ASCII capital or any non-ASCII first byte), passing lower-case words,
// punctuation, numbers and empty words.
func TestNextCapital(t *testing.T) {
	text := "in Paris, 3 émigrés met Éva and ünal"
	tok := func(s string, kind doc.TokenKind) doc.Token {
		i := strings.Index(text, s)
		return doc.Token{Span: doc.Span{Start: i, End: i + len(s)}, Kind: kind}
	}
	toks := []doc.Token{tok("in", doc.TokWord), tok("Paris", doc.TokWord), tok(",", doc.TokPunct),
		tok("3", doc.TokNumber), {Span: doc.Span{Start: 3, End: 3}, Kind: doc.TokWord}, tok("émigrés", doc.TokWord),
		tok("met", doc.TokWord), tok("Éva", doc.TokWord), tok("and", doc.TokWord), tok("ünal", doc.TokWord)}
	var got []int
	for i := nextCapital(toks, text, 0); i < len(toks); i = nextCapital(toks, text, i+1) {
		got = append(got, i)
	}
	// émigrés and ünal stop it too: startsUpperRune decides those
	if want := []int{1, 5, 7, 9}; !slices.Equal(got, want) {
		t.Errorf("nextCapital stops at %v, want %v", got, want)
	}
}
