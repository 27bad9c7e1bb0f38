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
	var b strings.Builder // runs between capitals, then the capital lowered
	b.Grow(len(text))
	last := 0
	for ; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(text[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	b.WriteString(text[last:])
	return b.String()
}
