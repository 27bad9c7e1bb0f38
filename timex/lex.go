package timex

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/ascii"
)

// Token kinds of the time lexer.
const (
	kWord  = iota // letters
	kNum          // ASCII digits
	kPunct        // one punctuation or symbol rune
)

// A token is one lexical unit of the text with its byte span. Its
// ASCII-lowercased text is parser.low[s:e] (parser.tok): a token holds
// no pointer, so token slices cost the garbage collector nothing.
//
// A token is 16 bytes: int32 offsets and values (texts are at most
// maxText bytes long), and its kind, trigger strength, flags and word
// classes packed into one word f (see the accessors below), so that lex
// writes a token with four stores and no assembly on the stack.
type token struct {
	s, e int32
	n    int32  // value of a number token of at most 9 digits, else -1
	f    uint32 // kind | str<<8 | tGap, tNL, tUpper | cls<<16
}

// Flags of token.f.
const (
	tGap   = 1 << 10 // whitespace (or start of text) before the token
	tNL    = 1 << 11 // a newline in the gap before the token
	tUpper = 1 << 12 // first letter is upper case
)

// kind returns kWord, kNum or kPunct.
func (t token) kind() uint8 { return uint8(t.f) }

// str returns the trigger strength, set by lex: see parser.strength.
func (t token) str() uint8 { return uint8(t.f>>8) & 3 }

// gap reports whitespace (or the start of the text) before the token.
func (t token) gap() bool { return t.f&tGap != 0 }

// nl reports a newline in the gap before the token.
func (t token) nl() bool { return t.f&tNL != 0 }

// upper reports whether the token's first letter is upper case.
func (t token) upper() bool { return t.f&tUpper != 0 }

// cls returns the word classes of a word, set by lex: see wordClasses.
func (t token) cls() uint16 { return uint16(t.f >> 16) }

// maxText is the longest text lex reads: token offsets are int32.
const maxText = 1<<31 - 1

// A wordSet is a fixed set of strings with a lookup cheaper than a Go
// map's for short words: hashWord into an open-addressed table of
// wordSetSize slots, small enough to stay in cache. A key of up to eight
// bytes is also kept packed into a number (pack), so that lex finds a
// word it read with one wide load (getPacked) by comparing numbers, not
// strings; get compares the text.
type wordSet struct {
	packed [wordSetSize]uint64      // pack(key) for a key of at most eight bytes, else 0
	filter [wordSetSize / 32]uint64 // bit hash>>52 set for the hash of each short key
	vals   [wordSetSize]uint16      // 0: an empty slot
	keys   [wordSetSize]string
	maxLen int // the longest key: a longer word is no key
}

// wordSetSize is the number of slots of a wordSet, a power of two; at
// most a quarter of them may be filled (newWordSet panics otherwise).
const wordSetSize = 2048

const hashMul = 0xff51afd7ed558ccd

// pack returns the bytes of w, at most eight, as a little-endian number:
// the first byte lowest, zeros above the last. A word holds no zero
// byte, so pack(w) tells words apart and is 0 only for "".
func pack(w string) uint64 {
	var x uint64
	for k := len(w) - 1; k >= 0; k-- {
		x = x<<8 | uint64(w[k])
	}
	return x
}

// hashPacked returns hashWord of the word whose pack is x (at most eight
// bytes long): one multiplication, its high half folded into the low
// half, which the table is indexed by.
func hashPacked(x uint64) uint64 {
	h := x * hashMul
	return h ^ h>>32
}

// hashWord returns the hash of w that wordSet uses: hashPacked(pack(w))
// for a word of up to eight bytes; a longer one is read eight bytes at a
// time, little-endian, the last eight bytes of the word (which may
// overlap the chunk before) as the last chunk, each chunk mixed in with
// a multiplication.
func hashWord(w string) uint64 {
	if len(w) <= 8 {
		return hashPacked(pack(w))
	}
	h := uint64(len(w))
	for k := 0; k+8 < len(w); k += 8 {
		h = (h ^ ascii.Load64(w[k:k+8])) * hashMul
	}
	return hashPacked(h ^ ascii.Load64(w[len(w)-8:]))
}

// newWordSet builds the set of m's keys with their values; keys must not
// be empty and values not 0 (0 means absent).
func newWordSet(m map[string]uint16) *wordSet {
	if 4*len(m) > wordSetSize {
		panic("timex: too many words for a wordSet")
	}
	ws := new(wordSet)
	for k, v := range m {
		if k == "" || v == 0 {
			continue // get answers 0 for them anyway
		}
		s := hashWord(k) & (wordSetSize - 1)
		for ws.vals[s] != 0 {
			s = (s + 1) & (wordSetSize - 1)
		}
		ws.vals[s], ws.keys[s] = v, k
		if len(k) <= 8 {
			ws.packed[s] = pack(k)
			b := hashWord(k) >> 52
			ws.filter[b>>6] |= 1 << (b & 63)
		}
		ws.maxLen = max(ws.maxLen, len(k))
	}
	return ws
}

// get returns the value of w, 0 when w is not in the set.
func (ws *wordSet) get(w string) uint16 {
	if len(w) > ws.maxLen {
		return 0
	}
	return ws.getHash(w, hashWord(w))
}

// getHash is get(w) for a word w no longer than maxLen whose hashWord
// is h.
func (ws *wordSet) getHash(w string, h uint64) uint16 {
	for s := h & (wordSetSize - 1); ws.vals[s] != 0; s = (s + 1) & (wordSetSize - 1) {
		if ws.keys[s] == w {
			return ws.vals[s]
		}
	}
	return 0
}

// getPacked is get(w) for the word w of one to eight bytes whose pack is
// x (not 0). Most words of a text are no key: a bit set of the keys'
// hashes (4096 bits, a tenth of them set) turns most of them away
// before the table is probed.
func (ws *wordSet) getPacked(x uint64) uint16 {
	h := hashPacked(x)
	if b := h >> 52; ws.filter[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	for s := h & (wordSetSize - 1); ; s = (s + 1) & (wordSetSize - 1) {
		if ws.packed[s] == x {
			return ws.vals[s]
		}
		if ws.vals[s] == 0 {
			return 0
		}
	}
}

// Byte classes of lex (lexClass).
const (
	lcPunct  = iota // ASCII punctuation, symbols and control bytes
	lcSpace         // ' ', '\t', '\r'
	lcNL            // '\n'
	lcDigit         // 0-9
	lcLetter        // A-Z, a-z
	lcHigh          // the first or a later byte of a multi-byte rune, or an invalid one
)

// lexClass is the class of each byte value, so that lex branches once
// per token on a table lookup.
var lexClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			t[c] = lcSpace
		case c == '\n':
			t[c] = lcNL
		case '0' <= c && c <= '9':
			t[c] = lcDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = lcLetter
		case c >= utf8.RuneSelf:
			t[c] = lcHigh
		}
	}
	return t
}()

// lex splits text into tokens. Letters (any script) form words, ASCII
// digits form numbers, and every other non-space rune is a token of its
// own. Invalid UTF-8 bytes are treated as punctuation. Each token gets
// its trigger strength and word classes (wordClasses); low is
// segment.LowerASCII(text). Only the first maxText bytes are read.
//
// The indexes of the tokens a newline comes before and of the double
// quote marks (parser.doubleQuote) are appended to *stops, in order, each
// once: scanQuote reads them instead of every token. (After a newline
// that ends the text the index is len(toks), of no token.)
//
// A word of ASCII letters, the common case, is read eight bytes at a
// step (lowerRun) and hashed from one wide load of its lower-case text;
// a word longer than any key of wordClasses is not looked up.
func lex(text, low string, toks []token, stops *[]int32) []token {
	if len(text) > maxText {
		text, low = text[:maxText], low[:maxText]
	}
	sp := uint32(tGap) // tGap and tNL of the next token
	for i := 0; i < len(text); {
		c := text[i]
		switch lexClass[c] {
		case lcSpace:
			sp |= tGap
			i++
			continue
		case lcNL:
			if sp&tNL == 0 {
				*stops = append(*stops, int32(len(toks)))
			}
			sp |= tGap | tNL
			i++
			continue
		case lcDigit:
			j := i
			n := 0
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				n = -1
			}
			toks = append(toks, token{int32(i), int32(j), int32(n), kNum | 2<<8 | sp})
			i = j
		case lcLetter:
			f := kWord | sp
			if c <= 'Z' {
				f |= tUpper
			}
			j := i + 1
			var cls uint16
			if i+8 <= len(low) {
				// the common case: a word of up to seven ASCII letters
				// is read and looked up from one load
				x := ascii.Load64(low[i : i+8])
				n := lowerRun(x)
				j = i + n
				// (the byte after the word is byte n of x: ASCII in low
				// when it is in text)
				if n < 8 && x>>(8*uint(n))&0x80 == 0 {
					cls = wordClasses.getPacked(x & (1<<(8*uint(n)) - 1))
					toks = append(toks, token{int32(i), int32(j), -1, f | uint32(cls)<<16 | uint32(cls&cStrength)<<8})
					i = j
					if i < len(text) && text[i] == ' ' {
						// the space after a word, without a turn of the loop
						sp = tGap
						i++
						continue
					}
					break
				}
			}
			j = letterEnd(low, j)
			if j < len(text) && text[j] >= utf8.RuneSelf {
				j = wordEnd(text, j)
				cls = wordClasses.get(low[i:j])
			} else if n := j - i; n > 8 && n <= 16 {
				// hashWord of a word of 9 to 16 ASCII letters from
				// its first and last eight bytes
				if n <= wordClasses.maxLen {
					h := (uint64(n) ^ ascii.Load64(low[i:i+8])) * hashMul
					cls = wordClasses.getHash(low[i:j], hashPacked(h^ascii.Load64(low[j-8:j])))
				}
			} else if n == 8 {
				cls = wordClasses.getPacked(ascii.Load64(low[i : i+8]))
			} else {
				cls = wordClasses.get(low[i:j]) // at the end of the text, or long
			}
			toks = append(toks, token{int32(i), int32(j), -1, f | uint32(cls)<<16 | uint32(cls&cStrength)<<8})
			i = j
		case lcPunct:
			f := kPunct | sp
			if c == '\'' {
				f |= 1 << 8 // strength 1: "the '90s"
			} else if c == '"' && sp&tNL == 0 {
				*stops = append(*stops, int32(len(toks)))
			}
			toks = append(toks, token{int32(i), int32(i + 1), -1, f})
			i++
		default:
			r, sz := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				sp |= tGap
				i += sz
				continue
			}
			if unicode.IsLetter(r) {
				j := wordEnd(text, i+sz)
				cls := wordClasses.get(low[i:j])
				toks = appendTok(toks, i, j, -1, cls, kWord, uint8(cls&cStrength), sp&tGap != 0, sp&tNL != 0, unicode.IsUpper(r))
				i = j
				break
			}
			str := uint8(0)
			if r == '\u2019' && sz == 3 {
				str = 1 // "the ’90s"
			} else if (r == '\u201c' || r == '\u201d') && sp&tNL == 0 {
				*stops = append(*stops, int32(len(toks)))
			}
			toks = appendTok(toks, i, i+sz, -1, 0, kPunct, str, sp&tGap != 0, sp&tNL != 0, false)
			i += sz
		}
		sp = 0
	}
	return toks
}

// letterEnd returns the end of the run of ASCII letters in low (which is
// lower case) that starts at j.
func letterEnd(low string, j int) int {
	for j+8 <= len(low) {
		n := lowerRun(ascii.Load64(low[j : j+8]))
		j += n
		if n < 8 {
			return j
		}
	}
	for j < len(low) && 'a' <= low[j] && low[j] <= 'z' {
		j++
	}
	return j
}

// lowerRun returns how many of the eight bytes of x, lowest first, are
// a-z before the first that is not. Each byte's high bit answers for the
// byte: b+0x1f has it set when 'a' <= b < 0x80 or 0x80 <= b <= 0xe0,
// b+0x05 when b > 'z' and b <= 0xfa, so a byte is a-z when the first sum
// has it and the second has not. A byte from 0xe1 up carries out of the
// first sum (and from 0xfb up out of the second) into the byte above it:
// it is no letter itself, and the bytes above the first that is not a-z
// do not count, so a carry changes no answer; the bytes a-z before it
// carry nothing.
func lowerRun(x uint64) int {
	const hi = 0x8080808080808080
	letter := (x + 0x1f1f1f1f1f1f1f1f) &^ (x + 0x0505050505050505) & hi
	return bits.TrailingZeros64(^letter&hi) >> 3
}

// wordEnd returns the end of the word that goes on at j: letters of any
// script.
func wordEnd(text string, j int) int {
	for j < len(text) {
		if isASCIILetter(text[j]) {
			j++
			continue
		}
		if text[j] >= utf8.RuneSelf {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) {
				j += sz
				continue
			}
		}
		break
	}
	return j
}

// appendTok appends a token with the given fields.
func appendTok(toks []token, s, e, n int, cls uint16, kind, str uint8, gap, nl, upper bool) []token {
	f := uint32(kind) | uint32(str)<<8 | uint32(cls)<<16
	if gap {
		f |= tGap
	}
	if nl {
		f |= tNL
	}
	if upper {
		f |= tUpper
	}
	return append(toks, token{int32(s), int32(e), int32(n), f})
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
