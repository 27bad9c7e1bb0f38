package kb

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldString lower-cases s, strips combining marks (diacritics), turns
// hyphens, apostrophes and other punctuation inside names into spaces or
// nothing, and collapses whitespace.
//
// A string of ASCII bytes, most names and words asked about, takes
// foldASCII, which gives the same result without decomposing s rune by
// rune (FuzzFold compares the two).
func foldString(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	return foldRunes(s)
}

// foldASCII is foldRunes for a string of ASCII bytes: NFD leaves such a
// string as it is and it has no combining marks, so the fold is the same
// byte rules (apostrophes and backquotes dropped; hyphens, periods and
// white space one space between words; A-Z lowered). A string already
// in folded form is returned as it is, without allocating. ok is false,
// f empty, when s holds a byte of 0x80 or more.
func foldASCII(s string) (f string, ok bool) {
	folded := true // s is its own fold so far
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			return "", false
		case 'A' <= c && c <= 'Z', c == '\'', c == '`', c == '-', c == '.', '\t' <= c && c <= '\r':
			folded = false
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				folded = false
			}
		}
	}
	if folded {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '`':
			continue
		case c == '-' || c == '.' || c == ' ' || '\t' <= c && c <= '\r':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// foldRunes is foldString for any string, rune by rune over its
// canonical decomposition.
func foldRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == 'ʻ':
			continue
		case r == '-' || r == '‐' || r == '‑' || r == '–' || unicode.IsSpace(r) || r == '.':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		switch r {
		case 'ı':
			r = 'i'
		case 'ø':
			r = 'o'
		case 'ł':
			r = 'l'
		case 'đ':
			r = 'd'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
