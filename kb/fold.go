package kb

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldString lower-cases s, strips combining marks (diacritics), turns
// hyphens, apostrophes and other punctuation inside names into spaces or
// nothing, and collapses whitespace.
func foldString(s string) string {
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
