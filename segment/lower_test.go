package segment

import (
	"strings"
	"testing"
)

func TestLowerASCII(t *testing.T) {
	for _, in := range []string{"", "abc", "ABC", "Israel and Iran", "São Paulo’s MAYOR", "x\nY\tZ", "İSTANBUL ist",
		strings.Repeat("aB", 600), strings.Repeat("x", 700) + "Y" + strings.Repeat("Zz", 300), strings.Repeat("Q", 512) + "R", strings.Repeat("ab", 256) + "C"} {
		got := LowerASCII(in)
		if len(got) != len(in) {
			t.Errorf("LowerASCII(%q) = %q: length %d, want %d", in, got, len(got), len(in))
		}
		for i := 0; i < len(in); i++ {
			want := in[i]
			if 'A' <= want && want <= 'Z' {
				want += 'a' - 'A'
			}
			if got[i] != want {
				t.Errorf("LowerASCII(%q)[%d] = %q, want %q", in, i, got[i], want)
			}
		}
		// an ASCII word's slice is its strings.ToLower form
		for _, w := range strings.Fields(in) {
			if i := strings.Index(in, w); isASCII(w) && got[i:i+len(w)] != strings.ToLower(w) {
				t.Errorf("LowerASCII(%q): word %q lowered to %q", in, w, got[i:i+len(w)])
			}
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func BenchmarkLowerASCII(b *testing.B) {
	text := strings.Repeat("In a move that has reverberated through diplomatic circles, Israel and Iran have conducted their first direct talks since Sept. 14. The U.S. State Department said 2,000 troops remained. ", 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		lowerASCII(text) // the work; LowerASCII would answer from its cache
	}
}

// LowerASCII answers from its cache only for an equal text: texts of one
// length that differ, or that differ only in case, get their own form.
func TestLowerASCIICache(t *testing.T) {
	a := strings.Repeat("Abc ", 100)
	b := strings.Repeat("ABC ", 100)
	c := strings.Repeat("xyz ", 100)
	for _, in := range []string{a, a, b, a, c, strings.Clone(c), b, b} {
		if got, want := LowerASCII(in), lowerASCII(in); got != want {
			t.Fatalf("LowerASCII(%.12q…) = %.12q…, want %.12q…", in, got, want)
		}
	}
}

// The tabled rune classes of the General Punctuation block are those of
// the Unicode tables, and the table covers the runes news uses most.
func TestRuneClassTable(t *testing.T) {
	for r := rune(0x80); r < 0x3000; r++ {
		if got, want := runeClass(r), runeClassSlow(r); got != want {
			t.Errorf("runeClass(%U) = %d, want %d", r, got, want)
		}
		if got, want := wordRune(r), wordRuneSlow(r); got != want {
			t.Errorf("wordRune(%U) = %v, want %v", r, got, want)
		}
	}
	for r, want := range map[rune]uint8{'’': classPunct, '“': classPunct, '—': classPunct, '…': classPunct, '\u2009': classSpace, '\u2044': classSymbol, 'é': classWord, '٣': classNumber} {
		if got := runeClass(r); got != want {
			t.Errorf("runeClass(%q) = %d, want %d", r, got, want)
		}
	}
}

// stopFinder.from finds the same stop bytes as a byte-by-byte scan,
// queried in increasing order as appendSentences does.
func TestStopFinder(t *testing.T) {
	for _, text := range []string{"", "abc", "a.b!c?d\u2026e", "...", "no stop here at all", "x\u2019s \u201cq\u201d. y! z?", strings.Repeat("ab. ", 50)} {
		f := newStopFinder(text, len(text))
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && text[want] != '.' && text[want] != '!' && text[want] != '?' && text[want] != 0xE2 {
				want++
			}
			if got := f.from(i); got != want {
				t.Errorf("from(%d) in %q = %d, want %d", i, text, got, want)
			}
		}
	}
}
