package timex

import (
	"strings"
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
type token struct {
	s, e  int
	kind  uint8
	gap   bool   // whitespace (or start of text) before the token
	nl    bool   // a newline in the gap before the token
	upper bool   // first letter is upper case
	str   uint8  // trigger strength, set by newParser: see parser.strength
	cls   uint16 // word classes, set by newParser: see wordClasses
	n     int    // value of a number token of at most 9 digits, else -1
}

// lowerASCII returns s with ASCII letters lowered; other bytes are kept,
// so offsets into the result equal offsets into s.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder // one allocation, one pass
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		j := i
		for j < len(s) && !('A' <= s[j] && s[j] <= 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		for j < len(s) && 'A' <= s[j] && s[j] <= 'Z' {
			b.WriteByte(s[j] + 'a' - 'A')
			j++
		}
		i = j
	}
	return b.String()
}

// A wordSet is a fixed set of strings with a lookup cheaper than a Go
// map's for short words: FNV-1a into an open-addressed table small enough
// to stay in cache. Each slot holds the value and the string, so a hit is
// confirmed by comparing the text.
type wordSet struct {
	keys []string
	vals []uint16
	mask uint64
}

func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
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
func (ws *wordSet) get(w string) uint16 {
	for s := hashWord(w) & ws.mask; ws.keys[s] != ""; s = (s + 1) & ws.mask {
		if ws.keys[s] == w {
			return ws.vals[s]
		}
	}
	return 0
}

// lex splits text into tokens. Letters (any script) form words, ASCII
// digits form numbers, and every other non-space rune is a token of its
// own. Invalid UTF-8 bytes are treated as punctuation.
func lex(text, low string, toks []token) []token {
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
			toks = append(toks, token{s: i, e: j, kind: kNum, gap: gap, nl: nl, n: n})
			i = j
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j := i
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
				toks = append(toks, token{s: i, e: j, kind: kWord, gap: gap, nl: nl, upper: 'A' <= c && c <= 'Z', n: -1})
				i = j
				break
			}
			toks = append(toks, token{s: i, e: i + 1, kind: kPunct, gap: gap, nl: nl, n: -1})
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
				toks = append(toks, token{s: i, e: j, kind: kWord, gap: gap, nl: nl, upper: unicode.IsUpper(r), n: -1})
				i = j
				break
			}
			toks = append(toks, token{s: i, e: i + sz, kind: kPunct, gap: gap, nl: nl, n: -1})
			i += sz
		}
		gap, nl = false, false
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
