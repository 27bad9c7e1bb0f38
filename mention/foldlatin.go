package mention

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/kb"
)

// latinEnd bounds the runes latinFold covers: Latin-1 Supplement and
// Latin Extended-A and -B, the accented letters of most names in the news
// ("Erdoğan", "Łukasz", "Müller", "Gómez").
const latinEnd = 0x250

// A latinRune is what kb.Fold makes of one rune below latinEnd: the
// rune's folded text (kind foldKeep), nothing (foldDrop), a word break
// (foldSpace), or foldOther when the rune does not fold on its own.
type latinRune struct {
	kind uint8
	s    string
}

// latinFold is derived from kb.Fold itself, rune by rune, and kept only
// where the rune folds the same between two letters as alone: kb.Fold
// decomposes (NFD), drops the combining marks and lower-cases rune by
// rune, and every rune of this range decomposes into a starter and marks,
// so no reordering of marks crosses from one rune to the next.
var latinFold = func() (t [latinEnd]latinRune) {
	for r := rune(utf8.RuneSelf); r < latinEnd; r++ {
		in := "a" + string(r) + "b"
		switch x, y := kb.Fold(in), kb.Fold(string(r)); {
		case x == "ab":
			t[r] = latinRune{kind: foldDrop}
		case x == "a b":
			t[r] = latinRune{kind: foldSpace}
		case y != "" && !strings.Contains(y, " ") && x == "a"+y+"b":
			t[r] = latinRune{kind: foldKeep, s: y}
		default:
			t[r] = latinRune{kind: foldOther}
		}
	}
	return t
}()

// appendFoldLatin appends kb.Fold(s) to dst for a text of ASCII and of
// runes latinFold folds, without kb.Fold's Unicode normalisation and
// string building (thousands of instructions a word). It returns false,
// and dst unchanged, when s holds another rune; the caller then calls
// kb.Fold.
func appendFoldLatin(dst []byte, s string) ([]byte, bool) {
	n0 := len(dst)
	space := false
	for i := 0; i < len(s); {
		var e latinRune
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch foldKind[c] {
			case foldDrop:
				continue
			case foldSpace:
				space = true
				continue
			}
			if space && len(dst) > n0 {
				dst = append(dst, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= latinEnd { // utf8.RuneError too
			return dst[:n0], false
		}
		e, i = latinFold[r], i+n
		switch e.kind {
		case foldDrop:
			continue
		case foldSpace:
			space = true
			continue
		case foldOther:
			return dst[:n0], false
		}
		if space && len(dst) > n0 {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, e.s...)
	}
	return dst, true
}
