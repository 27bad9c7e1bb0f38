package kb

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"tehran", "tehran"},
		{"Amir-Abdollahian", "amir abdollahian"},
		{"amir  abdollahian", "amir abdollahian"},
		{" U.S. ", "u s"},
		{"Haifa's", "haifas"},
		{"O`Neill", "oneill"},
		{"a - 'b", "a b"},
		{"New\tYork\r\n", "new york"},
		{"Erdoğan", "erdogan"},
		{"São Tomé", "sao tome"},
		{"Gaza’s", "gazas"},
		{"łódź", "lodz"},
		{"Straße", "strasse"},
		{"Kyiv–Odesa", "kyiv odesa"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// foldASCII takes only ASCII strings and folds them as foldRunes does.
func TestFoldASCII(t *testing.T) {
	for _, s := range []string{"", " ", "  x ", "ab", "a b", "a  b", "A.B.", "x-y", "it's", "`q`", "tab\there", "\v\f", "~!@#$%^&*()_+{}|:\"<>?", "Ab1 2cD"} {
		f, ok := foldASCII(s)
		if !ok {
			t.Errorf("foldASCII(%q) not ok", s)
		}
		if want := foldRunes(s); f != want {
			t.Errorf("foldASCII(%q) = %q, foldRunes = %q", s, f, want)
		}
	}
	for _, s := range []string{"é", "ab\u00a0c", "x\x85", "\xff"} {
		if _, ok := foldASCII(s); ok {
			t.Errorf("foldASCII(%q) ok, want not (not ASCII)", s)
		}
	}
}

// A folded ASCII string is its own fold, returned without allocating.
func TestFoldASCIINoAlloc(t *testing.T) {
	s := "new york city"
	if n := testing.AllocsPerRun(100, func() { _ = Fold(s) }); n != 0 {
		t.Errorf("Fold(%q) allocates %v times, want 0", s, n)
	}
}

// FuzzFold checks that foldString, with its ASCII fast path, folds every
// string as the rune-by-rune foldRunes does.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Tehran", " U.S. ", "a  b", "it's", "São", "x\u00a0y", "İstanbul", "\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldString(s), foldRunes(s); got != want {
			t.Errorf("foldString(%q) = %q, foldRunes = %q", s, got, want)
		}
		if _, ok := foldASCII(s); ok != (utf8.RuneCountInString(s) == len(s) && utf8.ValidString(s)) {
			t.Errorf("foldASCII(%q) ok = %v", s, ok)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	names := []string{"Tehran", "New York City", "Haifa's", "amir abdollahian", "Erdoğan"}
	n := 0
	for _, s := range names {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range names {
			_ = Fold(s)
		}
	}
}
