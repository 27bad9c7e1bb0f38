package segment

import (
	"encoding/binary"
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

// lowerBytes is the plain definition lower8 must match.
func lowerBytes(b []byte) {
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
}

// TestLower8EveryByte checks lower8 against the plain loop for every
// byte value in every lane, next to neighbours that could carry into it.
func TestLower8EveryByte(t *testing.T) {
	for lane := 0; lane < 8; lane++ {
		for c := 0; c < 256; c++ {
			for _, fill := range []byte{0x00, 'A' - 1, 'Z', 'Z' + 1, 0x7f, 0x80, 0xff} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[lane] = byte(c)
				want := b
				lowerBytes(want[:])
				var got [8]byte
				binary.LittleEndian.PutUint64(got[:], lower8(binary.LittleEndian.Uint64(b[:])))
				if got != want {
					t.Fatalf("lower8(% x) = % x; want % x", b, got, want)
				}
			}
		}
	}
}

func FuzzLowerASCII(f *testing.F) {
	f.Add("Hello, WORLD — Tehran SAID: 123 ÄÖÜ déjà vu ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		want := []byte(s)
		lowerBytes(want)
		if got := lowerASCII(s); got != string(want) {
			t.Fatalf("lowerASCII(%q) = %q; want %q", s, got, want)
		}
	})
}
