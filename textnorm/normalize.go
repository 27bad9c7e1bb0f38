package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/ascii"
	"golang.org/x/text/unicode/norm"
)

// Repair kinds.
const (
	RepairMojibake = "mojibake" // UTF-8 read as windows-1252/latin-1, undone
	RepairControl  = "control"  // control or invisible format character removed
	RepairDecode   = "decode"   // input was not UTF-8 and was transcoded
)

// Normalize returns the normalised form of s and the repairs made, with
// spans into the returned text. It repairs mojibake (repeatedly, for
// double encoding), applies NFC, turns non-breaking and other odd spaces
// into U+0020, line separators and CRLF into LF, and removes control and
// zero-width characters. Curly quotes and dashes are kept as written.
func Normalize(s string) (string, []doc.Repair) {
	p := keptPrefix(s, 0)
	if p == len(s) { // ASCII is in NFC already
		return s, nil
	}
	if !isNFC(s, p) {
		s = norm.NFC.String(s)
		if p = keptPrefix(s, 0); p == len(s) {
			return s, nil
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:p]) // the bytes before p stay as they are
	var repairs []doc.Repair
	for i := p; i < len(s); {
		c := s[i]
		if keptASCII[c] {
			// a run of ASCII bytes that stay as they are
			j := keptPrefix(s, i+1)
			b.WriteString(s[i:j])
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
					continue
				}
				b.WriteByte('\n')
			case c == '\n' || c == '\t':
				b.WriteByte(c)
			case c < 0x20 || c == 0x7F:
				repairs = append(repairs, doc.Repair{Kind: RepairControl, Span: doc.Span{Start: b.Len(), End: b.Len()}, Before: string(c), After: ""})
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		// A run of characters that windows-1252 or latin-1 can encode
		// may be mojibake.
		if j := mojibakeRunEnd(s, i); j > i {
			before := s[i:j]
			if after, ok := repairMojibake(before); ok {
				start := b.Len()
				after = cleanRepaired(after)
				b.WriteString(after)
				repairs = append(repairs, doc.Repair{Kind: RepairMojibake, Span: doc.Span{Start: start, End: b.Len()}, Before: before, After: after})
				i = j
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString("\uFFFD")
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case isOddSpace(r):
			b.WriteByte(' ')
		case Invisible(r):
			if r >= 0x80 && r < 0xA0 {
				repairs = append(repairs, doc.Repair{Kind: RepairControl, Span: doc.Span{Start: b.Len(), End: b.Len()}, Before: string(r), After: ""})
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String(), repairs
}

// keptASCII marks the ASCII bytes Normalize copies unchanged: printable
// ones, '\n' and '\t'.
var keptASCII = func() (t [256]bool) {
	for c := 0x20; c < 0x7F; c++ {
		t[c] = true
	}
	t['\n'], t['\t'] = true, true
	return
}()

// keptPrefix returns the index of the first byte of s at or after i
// that keptASCII does not mark, len(s) when there is none: s[i:] up to
// it is printable ASCII, '\n' and '\t', which Normalize copies as it
// is. It tests eight bytes at a step for a byte that is not printable
// ASCII (0x80 or more, under 0x20, or 0x7F), and looks at the bytes of
// a step that has one ('\n' and '\t' are kept) one by one.
func keptPrefix(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(s) {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// the high bit is set in a byte of 0x80 or more by x itself, in
		// one under 0x20 by the difference, in 0x7F by the sum (and in
		// a few others by a borrow or a carry from the byte below:
		// those are looked at one by one, and never missed)
		if (x|(x-0x20*ones)|(x+ones))&highs == 0 {
			i += 8
			continue
		}
		for end := i + 8; i < end; i++ {
			if !keptASCII[s[i]] {
				return i
			}
		}
	}
	for ; i < len(s); i++ {
		if !keptASCII[s[i]] {
			return i
		}
	}
	return len(s)
}

// isNFC reports whether s is in NFC (norm.NFC.IsNormalString(s)) when
// s[:p] is ASCII. ASCII is in NFC, and a text splits into parts that
// normalise independently before every ASCII character: an ASCII
// character has combining class 0 and is never the second of a
// composed pair, so no reordering or composition crosses it. Only an
// ASCII character followed by non-ASCII ones can compose ("e" with
// U+0301, "=" with U+0338): isNFC checks each maximal run of non-ASCII
// bytes with the character before it, and skips the ASCII between
// (most of a news text) eight bytes at a step.
func isNFC(s string, p int) bool {
	for i := p; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i = ascii.Index(s, i+1)
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= utf8.RuneSelf {
			j++
		}
		if !norm.NFC.IsNormalString(s[max(i-1, 0):j]) {
			return false
		}
		i = j
	}
	return true
}

func isOddSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000', '\u180E':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}

// cleanRepaired applies NFC and odd-space folding to repaired text.
func cleanRepaired(s string) string {
	s = norm.NFC.String(s)
	return strings.Map(func(r rune) rune {
		if isOddSpace(r) {
			return ' '
		}
		return r
	}, s)
}

// cp1252Byte maps a character back to the windows-1252 byte that
// displays as it, with latin-1 for the C1 range.
var cp1252Byte = func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for c := 0x80; c <= 0xFF; c++ {
		m[cp1252Rune(byte(c))] = byte(c)
		if _, ok := m[rune(c)]; !ok {
			m[rune(c)] = byte(c) // latin-1 reading
		}
	}
	return m
}()

// mojibakeRunEnd returns the end of the run of windows-1252-encodable
// non-ASCII characters starting at i, or i when s[i] does not start one.
func mojibakeRunEnd(s string, i int) int {
	// The run holds only non-ASCII bytes: a stretch of them shorter than
	// the shortest mojibake (a curly quote, an accented letter) is none.
	k := i
	for k < len(s) && k < i+4 && s[k] >= utf8.RuneSelf {
		k++
	}
	if k-i < 4 {
		return i
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r < utf8.RuneSelf {
			break
		}
		if _, ok := cp1252Byte[r]; !ok {
			break
		}
		j += n
	}
	if j-i < 4 { // shortest mojibake is two characters of two bytes each
		return i
	}
	return j
}

// repairMojibake re-reads run as windows-1252 bytes and decodes every
// complete UTF-8 sequence in them, keeping the other characters as they
// are; it repeats up to three times for double encoding. A sequence is
// decoded only when it is valid UTF-8 and yields a plausible character
// (no controls, no rare scripts such as NKo that legitimate pairs like
// "ß…" would produce). Text that is not mojibake (Portuguese "ÃO",
// French "âge") does not form valid sequences and is left alone. It
// reports whether anything changed.
func repairMojibake(run string) (string, bool) {
	cur, changed := run, false
	for round := 0; round < 3; round++ {
		next, ok := decodeSequences(cur)
		if !ok {
			break
		}
		cur, changed = next, true
	}
	return cur, changed
}

func decodeSequences(s string) (string, bool) {
	rs := []rune(s)
	bs := make([]int, len(rs)) // the byte each rune stands for, or -1
	for k, r := range rs {
		if c, ok := cp1252Byte[r]; ok {
			bs[k] = int(c)
		} else {
			bs[k] = -1
		}
	}
	var out strings.Builder
	changed := false
	for k := 0; k < len(rs); {
		if n := seqLen(bs[k]); n > 1 && k+n <= len(rs) {
			buf := make([]byte, 0, 4)
			for _, c := range bs[k : k+n] {
				if c < 0 {
					buf = nil
					break
				}
				buf = append(buf, byte(c))
			}
			if buf != nil && utf8.Valid(buf) {
				r, _ := utf8.DecodeRune(buf)
				if plausible(r) {
					out.WriteRune(r)
					k += n
					changed = true
					continue
				}
			}
		}
		out.WriteRune(rs[k])
		k++
	}
	return out.String(), changed
}

// seqLen returns the length of the UTF-8 sequence lead byte c starts, or 0.
func seqLen(c int) int {
	switch {
	case c >= 0xC2 && c <= 0xDF:
		return 2
	case c >= 0xE0 && c <= 0xEF:
		return 3
	case c >= 0xF0 && c <= 0xF4:
		return 4
	}
	return 0
}

// plausible reports whether r is a character mojibake repair may produce.
func plausible(r rune) bool {
	switch {
	case unicode.IsControl(r), r == utf8.RuneError:
		return false
	case r >= 0x0250 && r <= 0x036F: // IPA, modifier letters, combining marks
		return false
	case r >= 0x0700 && r <= 0x07FF: // Syriac, Thaana, NKo
		return false
	case r >= 0xE000 && r <= 0xF8FF: // private use
		return false
	}
	return true
}

// Stage is the normalise pipeline stage: it turns Doc.Raw into Doc.Text
// and fills the repairs layer. A document whose Encoding says it was
// transcoded gets a "decode" repair spanning the whole text.
type Stage struct{}

// NewStage returns the normalise stage.
func NewStage() Stage { return Stage{} }

func (Stage) Name() string          { return "normalize" }
func (Stage) Requires() []doc.Layer { return nil }
func (Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerText, doc.LayerRepairs} }

// Process normalises d.Raw into d.Text. If Raw is empty and Text is set,
// Text is normalised in place.
func (Stage) Process(d *doc.Doc) error {
	src := d.Raw
	if src == "" {
		src = d.Text
	}
	d.Text, d.Repairs = Normalize(src)
	d.Raw = ""
	if d.Encoding != "" && d.Encoding != EncUTF8 {
		d.Repairs = append([]doc.Repair{{Kind: RepairDecode, Span: doc.Span{Start: 0, End: len(d.Text)}, Before: d.Encoding, After: EncUTF8}}, d.Repairs...)
	}
	d.Fill(doc.LayerText)
	d.Fill(doc.LayerRepairs)
	return nil
}

// Invisible reports the characters Normalize removes: the byte-order
// mark, zero-width characters, the soft hyphen, C1 controls and bidi
// embeddings and isolates. They show nothing, and a word holding one
// would match no name.
func Invisible(r rune) bool {
	return r == '\uFEFF' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\u00AD' ||
		(r >= 0x80 && r < 0xA0) || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}
