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

// A token is one lexical unit of the text with its byte span. w is the
// ASCII-lowercased text, a slice of the lowered copy of the input, so
// tokens cost no allocation.
type token struct {
	s, e  int
	w     string
	kind  uint8
	gap   bool // whitespace (or start of text) before the token
	nl    bool // a newline in the gap before the token
	upper bool // first letter is upper case
	n     int  // value of a number token of at most 9 digits, else -1
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
	b := []byte(s)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
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
			toks = append(toks, token{s: i, e: j, w: low[i:j], kind: kNum, gap: gap, nl: nl, n: n})
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
				toks = append(toks, token{s: i, e: j, w: low[i:j], kind: kWord, gap: gap, nl: nl, upper: 'A' <= c && c <= 'Z', n: -1})
				i = j
				break
			}
			toks = append(toks, token{s: i, e: i + 1, w: low[i : i+1], kind: kPunct, gap: gap, nl: nl, n: -1})
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
				toks = append(toks, token{s: i, e: j, w: low[i:j], kind: kWord, gap: gap, nl: nl, upper: unicode.IsUpper(r), n: -1})
				i = j
				break
			}
			toks = append(toks, token{s: i, e: i + sz, w: low[i : i+sz], kind: kPunct, gap: gap, nl: nl, n: -1})
			i += sz
		}
		gap, nl = false, false
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
