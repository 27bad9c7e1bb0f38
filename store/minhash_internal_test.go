package store

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// wordsByRune is forEachWord without its ASCII fast path: every rune
// through the Unicode tables. Signatures stored by earlier versions were
// made this way, so the two must agree on every input.
func wordsByRune(text string) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	var out []uint64
	h, in := uint64(offset), false
	var buf [utf8.UTFMax]byte
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			in = true
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, c := range buf[:n] {
				h = (h ^ uint64(c)) * prime
			}
			continue
		}
		if in {
			out = append(out, h)
			h, in = offset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

func words(text string) []uint64 {
	var out []uint64
	forEachWord(text, func(h uint64) { out = append(out, h) })
	return out
}

func TestForEachWordMatchesUnicode(t *testing.T) {
	for _, text := range []string{
		"", "a", "Israel and Iran held talks in Muscat on Monday, officials said.",
		"ABC abc Abc 123 a1B2", "edge@[`{/:", "Zürich ÉCOLE naïve Σίσυφος ДУМА",
		"mixed Ärger-ABC ÿ", "tab\tnew\nline\r\n", "\xff\xfe broken \x00 utf8 ünïcödé 123",
		"İstanbul KARADAĞ", "١٢٣ arabic-indic digits", "end with letter Z",
	} {
		if got, want := words(text), wordsByRune(text); !slices.Equal(got, want) {
			t.Errorf("forEachWord(%q) = %v; want %v", text, got, want)
		}
	}
}

func FuzzForEachWord(f *testing.F) {
	for _, s := range []string{"Israel and Iran", "ÄBC-def 12", "\xff a\x00B", "ıİ ſ K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := words(text), wordsByRune(text); !slices.Equal(got, want) {
			t.Fatalf("forEachWord(%q) = %v; want %v", text, got, want)
		}
	})
}
