package timex

import (
	"unicode"
	"unicode/utf8"
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
// Offsets and values are int32 to keep a token at 20 bytes: lex writes
// one per word of the text, and the stores of a 40-byte token cost more
// than the rest of lexing (texts are at most maxText bytes long).
type token struct {
	s, e  int32
	n     int32  // value of a number token of at most 9 digits, else -1
	cls   uint16 // word classes, set by lex: see wordClasses
	kind  uint8
	str   uint8 // trigger strength, set by lex: see parser.strength
	gap   bool  // whitespace (or start of text) before the token
	nl    bool  // a newline in the gap before the token
	upper bool  // first letter is upper case
}

// maxText is the longest text lex reads: token offsets are int32.
const maxText = 1<<31 - 1

// A wordSet is a fixed set of strings with a lookup cheaper than a Go
// map's for short words: FNV-1a into an open-addressed table small enough
// to stay in cache. Each slot holds the value and the string, so a hit is
// confirmed by comparing the text.
type wordSet struct {
	keys []string
	vals []uint16
	mask uint64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashWord returns the FNV-1a hash of w.
func hashWord(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= fnvPrime
	}
	return h
}

// newWordSet builds the set of m's keys with their values; keys must not
// be empty and values not 0 (0 means absent).
func newWordSet(m map[string]uint16) *wordSet {
	size := 16
	for size < 4*len(m) {
		size <<= 1
	}
	ws := &wordSet{keys: make([]string, size), vals: make([]uint16, size), mask: uint64(size - 1)}
	for k, v := range m {
		if k == "" || v == 0 {
			continue // get answers 0 for them anyway
		}
		s := hashWord(k) & ws.mask
		for ws.keys[s] != "" {
			s = (s + 1) & ws.mask
		}
		ws.keys[s], ws.vals[s] = k, v
	}
	return ws
}

// get returns the value of w, 0 when w is not in the set.
func (ws *wordSet) get(w string) uint16 { return ws.getHash(w, hashWord(w)) }

// getHash is get for a word whose hashWord is h.
func (ws *wordSet) getHash(w string, h uint64) uint16 {
	for s := h & ws.mask; ws.keys[s] != ""; s = (s + 1) & ws.mask {
		if ws.keys[s] == w {
			return ws.vals[s]
		}
	}
	return 0
}

// lex splits text into tokens. Letters (any script) form words, ASCII
// digits form numbers, and every other non-space rune is a token of its
// own. Invalid UTF-8 bytes are treated as punctuation. Each token gets
// its trigger strength and word classes (wordClasses); low is
// segment.LowerASCII(text). Only the first maxText bytes are read.
func lex(text, low string, toks []token) []token {
	if len(text) > maxText {
		text, low = text[:maxText], low[:maxText]
	}
	gap, nl := true, false
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			gap = true
			i++
			continue
		case c == '\n':
			gap, nl = true, true
			i++
			continue
		case '0' <= c && c <= '9':
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
			toks = appendTok(toks, i, j, n, 0, kNum, 2, gap, nl, false)
			i = j
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j := i
				h := uint64(fnvOffset) // hashWord(low[i:j]), as the word is read
				for j < len(text) {
					if isASCIILetter(text[j]) {
						h = (h ^ uint64(low[j])) * fnvPrime
						j++
						continue
					}
					if text[j] >= utf8.RuneSelf {
						r, sz := utf8.DecodeRuneInString(text[j:])
						if unicode.IsLetter(r) {
							for k := j; k < j+sz; k++ {
								h = (h ^ uint64(low[k])) * fnvPrime
							}
							j += sz
							continue
						}
					}
					break
				}
				cls := wordClasses.getHash(low[i:j], h)
				toks = appendTok(toks, i, j, -1, cls, kWord, uint8(cls&cStrength), gap, nl, 'A' <= c && c <= 'Z')
				i = j
				break
			}
			str := uint8(0)
			if c == '\'' {
				str = 1 // "the '90s"
			}
			toks = appendTok(toks, i, i+1, -1, 0, kPunct, str, gap, nl, false)
			i++
		default:
			r, sz := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				gap = true
				i += sz
				continue
			}
			if unicode.IsLetter(r) {
				j := i + sz
				for j < len(text) {
					if isASCIILetter(text[j]) {
						j++
						continue
					}
					if text[j] >= utf8.RuneSelf {
						r2, sz2 := utf8.DecodeRuneInString(text[j:])
						if unicode.IsLetter(r2) {
							j += sz2
							continue
						}
					}
					break
				}
				cls := wordClasses.get(low[i:j])
				toks = appendTok(toks, i, j, -1, cls, kWord, uint8(cls&cStrength), gap, nl, unicode.IsUpper(r))
				i = j
				break
			}
			str := uint8(0)
			if r == '\u2019' && sz == 3 {
				str = 1 // "the ’90s"
			}
			toks = appendTok(toks, i, i+sz, -1, 0, kPunct, str, gap, nl, false)
			i += sz
		}
		gap, nl = false, false
	}
	return toks
}

// appendTok appends a token with the given fields. It stores them one by
// one into the slice: a token literal passed to append is assembled on
// the stack with narrow stores and copied with wide loads, which stalls
// store forwarding once per token and cost more than the rest of lex.
func appendTok(toks []token, s, e, n int, cls uint16, kind, str uint8, gap, nl, upper bool) []token {
	if len(toks) < cap(toks) {
		toks = toks[:len(toks)+1]
	} else {
		toks = append(toks, token{})
	}
	t := &toks[len(toks)-1]
	t.s, t.e, t.n, t.cls = int32(s), int32(e), int32(n), cls
	t.kind, t.str, t.gap, t.nl, t.upper = kind, str, gap, nl, upper
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
