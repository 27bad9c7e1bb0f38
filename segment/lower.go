package segment

import "strings"

// LowerASCII returns text with its ASCII letters A–Z lower-cased and
// every other byte unchanged. The result has the same length as text, so
// a token's span indexes its lower-case form: stages that need the
// lower-case form of many words make one copy per document instead of
// one per capitalised word. For an ASCII word, LowerASCII(text)[i:j] ==
// strings.ToLower(text[i:j]). It returns text itself when there is
// nothing to lower.
func LowerASCII(text string) string {
	i := 0
	for i < len(text) && !('A' <= text[i] && text[i] <= 'Z') {
		i++
	}
	if i == len(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:i])
	// lower in chunks through a stack buffer: one pass and one copy,
	// with no per-capital call
	var buf [512]byte
	for i < len(text) {
		n := copy(buf[:], text[i:])
		for k, c := range buf[:n] {
			if 'A' <= c && c <= 'Z' {
				buf[k] = c + 'a' - 'A'
			}
		}
		b.Write(buf[:n])
		i += n
	}
	return b.String()
}
