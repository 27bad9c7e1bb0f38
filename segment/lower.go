package segment

import (
	"strings"
	"sync/atomic"
)

// LowerASCII returns text with its ASCII letters A–Z lower-cased and
// every other byte unchanged. The result has the same length as text, so
// a token's span indexes its lower-case form: stages that need the
// lower-case form of many words make one copy per document instead of
// one per capitalised word. For an ASCII word, LowerASCII(text)[i:j] ==
// strings.ToLower(text[i:j]). It returns text itself when there is
// nothing to lower.
//
// The stages of one document ask for the same text in turn (times,
// quotes, events, topics), so LowerASCII keeps its latest result and
// returns it again for an equal text: one copy per document instead of
// one per stage. It is safe for concurrent use.
func LowerASCII(text string) string {
	if c := lastLower.Load(); c != nil && len(c.text) == len(text) && c.text == text {
		return c.low
	}
	low := lowerASCII(text)
	if len(text) >= minCached {
		lastLower.Store(&lowered{text: text, low: low})
	}
	return low
}

// minCached is the shortest text whose lower-case form LowerASCII
// keeps: shorter ones are cheaper to lower again than to compare.
const minCached = 256

// A lowered is a text with its LowerASCII form.
type lowered struct{ text, low string }

// lastLower is the latest text LowerASCII lowered, shared by the
// goroutines of a pipeline: with several workers it changes hands often
// and only saves less, never answers wrong (the text is compared).
var lastLower atomic.Pointer[lowered]

// lowerASCII is LowerASCII without the cache.
func lowerASCII(text string) string {
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
