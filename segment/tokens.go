package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// Tokens returns the tokens of text.
func Tokens(text string) []doc.Token {
	return AppendTokens(nil, text, doc.Span{Start: 0, End: len(text)})
}

// AppendTokens appends the tokens inside span s of text to out. A word
// keeps inner apostrophes and hyphens ("Iran's" is one token,
// "Amir-Abdollahian" one) and inner periods of acronyms ("U.S." is one
// token with its final period); a number keeps inner separators
// ("2,000", "3.5", "4:49"); every other non-space character is a
// punctuation or symbol token of its own.
func AppendTokens(out []doc.Token, text string, s doc.Span) []doc.Token {
	text = text[:s.End] // spares the loop a bounds check
	i := s.Start
	for i < len(text) {
		// the common tokens in a loop of their own, then the token it
		// stops at as below
		if out, i = appendASCII(out, text, i); i >= len(text) {
			break
		}
		switch c := text[i]; byteKind[c] {
		case kindSpace:
			i++
		case kindLetter:
			// the run of ASCII letters and digits, here rather than in
			// scanWord: most words end with it
			j := i + 1
			for j < len(text) && asciiAlnum[text[j]] {
				j++
			}
			alnum := true
			if j < len(text) && !runEndsWord(text, j) {
				k := scanWord(text, i, len(text))
				alnum = k == j // scanWord stopped where the run did
				j = k
			}
			out = append(out, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: doc.TokWord, Alnum: alnum})
			i = j
			if i < len(text) && text[i] == ' ' {
				i++ // the space after a word, without a turn of the loop
			}
		case kindDigit:
			j := scanNumber(text, i, len(text))
			out = append(out, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: doc.TokNumber, Alnum: allAlnum(text[i:j])})
			i = j
		case kindPunct:
			out = append(out, doc.Token{Span: doc.Span{Start: i, End: i + 1}, Kind: doc.TokPunct})
			i++
		default: // a byte outside ASCII starts a rune
			r, n := utf8.DecodeRuneInString(text[i:])
			switch runeClass(r) {
			case classSpace:
				i += n
			case classWord:
				j := scanWord(text, i, len(text))
				out = append(out, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: doc.TokWord})
				i = j
			case classNumber:
				j := scanNumber(text, i, len(text))
				out = append(out, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: doc.TokNumber})
				i = j
			case classPunct:
				out = append(out, doc.Token{Span: doc.Span{Start: i, End: i + n}, Kind: doc.TokPunct})
				i += n
			default:
				out = append(out, doc.Token{Span: doc.Span{Start: i, End: i + n}, Kind: doc.TokSymbol})
				i += n
			}
		}
	}
	return out
}

// appendASCII is the loop of AppendTokens over the tokens news text is
// mostly made of: white space, words of ASCII letters and digits that no
// joiner goes on from (runEndsWord), and ASCII punctuation. From byte i
// it appends them as AppendTokens does, and returns at the first other
// token (a number, a joined word, a byte outside ASCII), the text's end
// or a full out, with the tokens and where tokenising goes on. It calls
// nothing and never grows out, so that its loop keeps its values in
// registers.
func appendASCII(out []doc.Token, text string, i int) ([]doc.Token, int) {
	for i < len(text) && len(out) < cap(out) {
		switch c := text[i]; byteKind[c] {
		case kindSpace:
			i++
		case kindLetter:
			j := i + 1
			for j < len(text) && asciiAlnum[text[j]] {
				j++
			}
			if j < len(text) && !runEndsWord(text, j) {
				return out, i
			}
			n := len(out)
			out = out[:n+1]
			out[n] = doc.Token{Span: doc.Span{Start: i, End: j}, Kind: doc.TokWord, Alnum: true}
			i = j
			if i < len(text) && text[i] == ' ' {
				i++ // the space after a word, without a turn of the loop
			}
		case kindPunct:
			n := len(out)
			out = out[:n+1]
			out[n] = doc.Token{Span: doc.Span{Start: i, End: i + 1}, Kind: doc.TokPunct}
			i++
		default:
			return out, i
		}
	}
	return out, i
}

// Byte kinds: how AppendTokens treats a byte. Every other ASCII byte is
// a punctuation token of its own (kindPunct); a byte outside ASCII
// starts a rune (kindRune).
const (
	kindRune = iota
	kindSpace
	kindLetter
	kindDigit
	kindPunct
)

// byteKind is the kind of each byte, so the loop of AppendTokens tells
// them apart with one table read.
var byteKind = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch b := byte(c); {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r':
			t[c] = kindSpace
		case isASCIILetter(b):
			t[c] = kindLetter
		case '0' <= b && b <= '9':
			t[c] = kindDigit
		default:
			t[c] = kindPunct
		}
	}
	return t
}()

// Rune classes: how AppendTokens treats a non-ASCII rune.
const (
	classSpace = iota
	classWord
	classNumber
	classPunct
	classSymbol
)

// runeClassSlow is the class of r from the Unicode tables.
func runeClassSlow(r rune) uint8 {
	switch {
	case unicode.IsSpace(r):
		return classSpace
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		return classWord
	case unicode.IsDigit(r):
		return classNumber
	case unicode.IsPunct(r):
		return classPunct
	}
	return classSymbol
}

// The General Punctuation block (U+2000–U+206F) holds the curly quotes,
// dashes, ellipsis and odd spaces of news text; its runes' class and
// wordRune answer are tabled, so that they skip the Unicode tables.
const punctLo, punctHi = 0x2000, 0x2070

var punctClass, punctWord = func() (cls [punctHi - punctLo]uint8, word [punctHi - punctLo]bool) {
	for r := rune(punctLo); r < punctHi; r++ {
		cls[r-punctLo] = runeClassSlow(r)
		word[r-punctLo] = wordRuneSlow(r)
	}
	return
}()

func runeClass(r rune) uint8 {
	if punctLo <= r && r < punctHi {
		return punctClass[r-punctLo]
	}
	return runeClassSlow(r)
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// wordRune reports whether r can be inside a word.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return isASCIILetter(c) || (c >= '0' && c <= '9')
	}
	if punctLo <= r && r < punctHi {
		return punctWord[r-punctLo]
	}
	return wordRuneSlow(r)
}

// wordRuneSlow is wordRune for a non-ASCII rune, from the Unicode tables.
func wordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// asciiAlnum marks the ASCII letters and digits, indexed by any byte
// (false from utf8.RuneSelf up), for scanWord's inner loop.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isASCIILetter(byte(c)) || '0' <= c && c <= '9'
	}
	return t
}()

// Word stops: how the byte after a run of ASCII letters and digits
// bears on the word (wordStop).
const (
	stopMaybe  = iota // a byte outside ASCII (a letter or joiner may go on)
	stopAlways        // ASCII that joins nothing: the word ends
	stopJoiner        // an apostrophe, hyphen or period: the word ends unless a word rune follows
)

// wordStop is the stop class of each byte after a run of ASCII letters
// and digits (the run's own bytes never follow it).
var wordStop = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch c {
		case '\'', '-', '.':
			t[c] = stopJoiner
		default:
			t[c] = stopAlways
		}
	}
	return t
}()

// runEndsWord reports whether a word whose first run of ASCII letters
// and digits ends at j (not an ASCII letter or digit) ends there too,
// without scanWord: the byte at j joins nothing, or it is an apostrophe,
// hyphen or period with the text's end or an ASCII byte other than a
// letter or digit after it. A false answer means only that scanWord must
// decide.
func runEndsWord(text string, j int) bool {
	switch wordStop[text[j]] {
	case stopAlways:
		return true
	case stopJoiner:
		return j+1 == len(text) || text[j+1] < utf8.RuneSelf && !asciiAlnum[text[j+1]]
	}
	return false
}

// allAlnum reports whether every byte of s is an ASCII letter or digit.
func allAlnum(s string) bool {
	for k := 0; k < len(s); k++ {
		if !asciiAlnum[s[k]] {
			return false
		}
	}
	return true
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i, end int) int {
	text = text[:end] // spares the loops a bounds check
	dots := false
	for i < len(text) {
		// the run of ASCII letters and digits, a byte a step
		for i < len(text) && asciiAlnum[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
			if wordRune(r) {
				i += n
				continue
			}
		}
		// Inner joiners: apostrophes, hyphens, and periods between
		// letters (U.S., p.m.).
		if (r == '\'' || r == '’' || r == '-' || r == '‐' || r == '.') && i+n < end {
			r2, _ := utf8.DecodeRuneInString(text[i+n : end])
			if wordRune(r2) && (r != '.' || unicode.IsLetter(r2)) {
				if r == '.' {
					dots = true
				}
				i += n
				continue
			}
		}
		// The final period of an acronym: "U.S." keeps it.
		if r == '.' && dots {
			i += n
			// "U.S.-backed" goes on.
			if i+1 < end && text[i] == '-' && isASCIILetter(text[i+1]) {
				i++
				continue
			}
		}
		break
	}
	return i
}

// scanNumber returns the end of the number starting at i; it always
// consumes at least the first character.
func scanNumber(text string, i, end int) int {
	start := i
	for i < end {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:end])
			if unicode.IsDigit(r) {
				i += n
				continue
			}
			break
		}
		if (c == ',' || c == '.' || c == ':') && i > start && i+1 < end && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		// Ordinals and units written as one ("14th", "5pm", "10km").
		if isASCIILetter(c) && i > start {
			return scanWord(text, i, end)
		}
		break
	}
	if i == start {
		_, n := utf8.DecodeRuneInString(text[i:end])
		i += n
	}
	return i
}
