package timex

import (
	"testing"
)

// lowerASCIIDef is lowerASCII's definition: every byte kept, A-Z lowered.
func lowerASCIIDef(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "a", "A", "abc", "ABC", "aBc", "Zürich ÉTÉ", "MONDAY, Jan. 5", "\xff\xfeAB", "x Y"} {
		if got, want := lowerASCII(s), lowerASCIIDef(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLowerASCII(f *testing.F) {
	f.Add("MONDAY, Jan. 5 Zürich")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerASCII(s), lowerASCIIDef(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestStrengthSet checks the trigger table against the map it is built
// from, for every key and for words that are not keys.
func TestStrengthSet(t *testing.T) {
	for w, v := range strengths {
		if got := strengthSet.get(w); got != v {
			t.Errorf("strengthSet.get(%q) = %d, want %d", w, got, v)
		}
	}
	for _, w := range []string{"said", "minister", "x", "mondays", "januar", "the2", "ago "} {
		if got, want := strengthSet.get(w), strengths[w]; got != want {
			t.Errorf("strengthSet.get(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestTokenStrength checks the strength newParser stores on each token
// against the definition: numbers 2, words their trigger strength,
// apostrophes 1 ("the '90s"), other punctuation 0.
func TestTokenStrength(t *testing.T) {
	p := newParser("In the '90s and last year, 3 MONDAYS ago’ the talks — said Jan.", thu)
	for i, tk := range p.t {
		w := p.tok(i)
		var want uint8
		switch {
		case tk.kind == kNum:
			want = 2
		case tk.kind == kWord:
			want = strengths[w]
		case w == "'" || w == "\u2019":
			want = 1
		}
		if got := p.strength(i); got != want {
			t.Errorf("strength(%q) = %d, want %d", w, got, want)
		}
	}
	p.release()
}
