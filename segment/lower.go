package segment

import (
	"encoding/binary"
	"strings"
	"sync/atomic"

	"github.com/sitrep-project/sitrep/internal/ascii"
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
	// (read from text sixteen bytes a step, no bounds check in the
	// loop: chunk and out have the same length)
	var buf [512]byte
	for i < len(text) {
		chunk := text[i:min(i+len(buf), len(text))]
		out := buf[:len(chunk)]
		k := 0
		for ; k+16 <= len(chunk) && k+16 <= len(out); k += 16 {
			binary.LittleEndian.PutUint64(out[k:k+8], lower8(ascii.Load64(chunk[k:k+8])))
			binary.LittleEndian.PutUint64(out[k+8:k+16], lower8(ascii.Load64(chunk[k+8:k+16])))
		}
		for ; k < len(chunk) && k < len(out); k++ {
			c := chunk[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[k] = c
		}
		b.Write(out)
		i += len(chunk)
	}
	return b.String()
}

// lower8 lowers the ASCII capitals among the eight bytes of x at once
// and leaves every other byte as it is: per byte, h is its low seven
// bits, h+0x3f has its top bit set when h >= 'A' and h+0x25 when h >
// 'Z' (neither sum carries into the next byte); a byte is a capital
// when the first is set, the second is not and its own top bit is clear
// (no byte of a multi-byte rune), and the capital gains 0x20.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	h := x & (0x7f * ones)
	ge := h + (0x80-'A')*ones
	gt := h + (0x80-'Z'-1)*ones
	upper := ge &^ gt &^ x & (0x80 * ones)
	return x | upper>>2
}
