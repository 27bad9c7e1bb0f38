package mention

import (
	"testing"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/kb"
)

// checkFoldLatin fails when appendFoldLatin folds s other than kb.Fold,
// or refuses a text of ASCII and latinFold's runes.
func checkFoldLatin(t *testing.T, s string, mustFold bool) {
	t.Helper()
	got, ok := appendFoldLatin([]byte("x"), s)
	if !ok {
		if string(got) != "x" {
			t.Errorf("appendFoldLatin(%q) refused but changed dst to %q", s, got)
		}
		if mustFold {
			t.Errorf("appendFoldLatin(%q) refused a Latin text", s)
		}
		return
	}
	if want := "x" + kb.Fold(s); string(got) != want {
		t.Errorf("appendFoldLatin(%q) = %q, want %q", s, got, want)
	}
}

// TestFoldLatinPairs checks every pair of runes of the range, and each
// rune between ASCII letters, spaces, hyphens, dots and apostrophes.
func TestFoldLatinPairs(t *testing.T) {
	var runes []string
	for r := rune(utf8.RuneSelf); r < latinEnd; r++ {
		runes = append(runes, string(r))
	}
	for _, a := range runes {
		for _, ctx := range []string{"%", "A%b", "a %", "% b", "x-%-Y", "%.", "O'%'s", "%’%", "Ab%CD % %"} {
			s := ""
			for _, c := range ctx {
				if c == '%' {
					s += a
				} else {
					s += string(c)
				}
			}
			checkFoldLatin(t, s, latinFold[[]rune(a)[0]].kind != foldOther && isASCII(ctx))
		}
		if testing.Short() {
			continue
		}
		for _, b := range runes {
			checkFoldLatin(t, a+b, false)
		}
	}
}

func TestFoldLatinOther(t *testing.T) {
	for _, s := range []string{"", "Erdoğan", "ŁUKASZ", "Müller-Lüdenscheidt", "straße", "İstanbul", "e\u0301", "Åland\u0308",
		"Beyoncé’s", "naïve café", "\xff", "abc\xc3", "Σωκράτης", "Nguyễn", "a\u00a0b", "Ærø", "Œuvre", "ĳssel", "ǅemal", "ǈ"} {
		checkFoldLatin(t, s, false)
	}
}

func FuzzFoldLatin(f *testing.F) {
	for _, s := range []string{"Erdoğan", "Gómez-Ñúñez", "a\u00a0b", "ß.ø", "İı", "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFoldLatin(t, s, false)
	})
}

// TestFoldFallback checks fold, which now folds Latin text itself,
// against kb.Fold.
func TestFoldFallback(t *testing.T) {
	for _, s := range []string{"Recep Tayyip Erdoğan", "José Luis Rodríguez Zapatero", "Łódź", "Σωκράτης", "ﬁnance", "Åre's"} {
		if got, want := fold(s), kb.Fold(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}
