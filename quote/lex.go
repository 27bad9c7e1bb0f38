package quote

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // letters and digits, with inner apostrophes, hyphens and dots ("Iran's", "al-Assad", "U.S")
	tPunct        // one punctuation rune
	tOpen         // an opening double quote mark
	tClose        // a closing double quote mark
)

// A tok is a token with its byte span; w is the ASCII-lowercased text
// (a slice of the lowered copy of the document, so no allocation).
type tok struct {
	s, e  int
	w     string
	kind  uint8
	upper bool // first rune is upper case
	// report: the word may report speech (reportWord): the indirect pass
	// looks no further at a word without it.
	report bool
}

// reportWord reports whether the lower-case word w is one the indirect
// pass acts on: a cue, a participle, "according" or "quoted".
func reportWord(w string) bool {
	if len(w) < 2 || len(w) > 31 || reportLens[w[0]]&(1<<len(w)) == 0 || reportEnds[w[len(w)-1]]&(1<<(w[0]&63)) == 0 {
		return false // no such word has this first byte and length or last byte
	}
	return cues[w] || participles[w] || w == "according" || w == "quoted"
}

// reportLens and reportEnds are a cheap prefilter for reportWord, built
// from its words: reportLens[c] has bit n when a word of n bytes starts
// with c; reportEnds[c] has bit b&63 when a word starting with byte b
// ends with c.
var reportLens, reportEnds = reportFilter()

func reportFilter() (lens [256]uint32, ends [256]uint64) {
	add := func(w string) {
		if len(w) < 2 || len(w) > 31 {
			panic("quote: report word length out of the filter's range: " + w)
		}
		lens[w[0]] |= 1 << len(w)
		ends[w[len(w)-1]] |= 1 << (w[0] & 63)
	}
	for w := range cues {
		add(w)
	}
	for w := range participles {
		add(w)
	}
	add("according")
	add("quoted")
	return
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// lexSpan appends the tokens of text[s:e]. A straight double quote is an
// opening mark when it starts the text or follows space or an opening
// bracket, and a closing mark otherwise; two apostrophes in a row count as a
// straight double quote (their token word is `"`).
func lexSpan(toks []tok, text, low string, s, e int) []tok {
	i := s
	for i < e {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if isWordByte(c) || c >= utf8.RuneSelf && isLetterAt(text, i) {
			j := i
			for j < e {
				cj := text[j]
				if isWordByte(cj) {
					j++
					continue
				}
				if cj >= utf8.RuneSelf {
					r, sz := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						j += sz
						continue
					}
					if r == '\u2019' && j+sz < e && isWordByte(text[j+sz]) { // Iran’s
						j += sz
						continue
					}
					break
				}
				if (cj == '\'' || cj == '-' || cj == '.' && j+1 < e && isWordByte(text[j+1]) && j+2 <= e && (j+2 == e || !isWordByte(text[j+2]) || text[j+2] == '.')) && j+1 < e && isWordByte(text[j+1]) {
					j++
					continue
				}
				break
			}
			r, _ := utf8.DecodeRuneInString(text[i:])
			toks = append(toks, tok{s: i, e: j, w: low[i:j], kind: tWord, upper: unicode.IsUpper(r) || particleName(text[i:j]), report: reportWord(low[i:j])})
			i = j
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		if r == '\'' && i+1 < e && text[i+1] == '\'' {
			// two apostrophes stand for a double quote mark in some
			// archives (''Of course,'' he said): lexed as `"`
			k := uint8(tClose)
			if i == s || i > 0 && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '(' || text[i-1] == '[' || text[i-1] == '\t') {
				k = tOpen
			}
			toks = append(toks, tok{s: i, e: i + 2, w: "\"", kind: k})
			i += 2
			continue
		}
		k := uint8(tPunct)
		switch r {
		case '\u201c', '\u201e', '\u00ab':
			k = tOpen
		case '\u201d', '\u00bb':
			k = tClose
		case '"':
			k = tClose
			if i == s || i > 0 && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '(' || text[i-1] == '[' || text[i-1] == '\t') {
				k = tOpen
			}
		}
		toks = append(toks, tok{s: i, e: i + sz, w: low[i : i+sz], kind: k})
		i += sz
	}
	return toks
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// particleName reports whether a word is a name joined to a lower-case
// particle by a hyphen ("al-Burhan", "el-Sisi", "bin-Salman"): it counts
// as capitalised.
func particleName(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	k := 0
	for k < len(w) && k < 4 && w[k] != '-' {
		k++
	}
	if k == len(w) || w[k] != '-' || k+1 >= len(w) || !particles[w[:k]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsUpper(r)
}
