package mention

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// endsSentenceRef is endsSentence by its definition.
func endsSentenceRef(s string) bool {
	t := strings.TrimRight(s, " \n\t\"'”’)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

func checkEndsSentence(t *testing.T, s string) {
	p := &proc{text: s, sents: []doc.Span{{Start: 0, End: len(s)}}}
	if got, want := p.endsSentence(0), endsSentenceRef(s); got != want {
		t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
	}
}

// TestEndsSentence checks endsSentence against strings.TrimRight with
// its cutset: closing quotes, brackets and white space after the mark,
// curly quotes, other runes and bytes that are no UTF-8.
func TestEndsSentence(t *testing.T) {
	for _, s := range []string{
		"", ".", "He left.", "He left", "Why?", "Go!", "He said “no.”", "He said ‘no.’", "(He left.)", "He left. \n\t",
		"Saakashvili Greater Threat than Russia", "a.”x", "“”", "end.\xff", "end\xff.", "a.»", "a.)”’\"' ", "ends in é", "é.",
	} {
		checkEndsSentence(t, s)
	}
}

func FuzzEndsSentence(f *testing.F) {
	for _, s := range []string{"He said “no.”", "a.\xff", "x’)"} {
		f.Add(s)
	}
	f.Fuzz(checkEndsSentence)
}
