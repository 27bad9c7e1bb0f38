package mention

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// A token is a word or a punctuation mark of the text, with its folded
// form looked up in the stage's vocabulary.
type token struct {
	start, end int   // byte span in the text
	id         int32 // vocabulary id of the folded form, -1 when unknown
	gap        gap   // what separates it from the previous token
	shape      shape
	poss       bool // followed by a possessive 's or '
	sentStart  bool // first word of its sentence (after opening quotes)
	sent       int32
	// lh is the low 32 bits of hashBytes of the token's text, set for
	// word tokens with a lower-case first letter (what lowerIndex
	// indexes); tokenize has the hash of an all-lower-case ASCII word
	// already, so the index need not read the text again. It fits the
	// struct's padding.
	lh uint32
}

// gap classifies the bytes between two tokens.
type gap uint8

const (
	gapNone   gap = iota // adjacent, or joined by an abbreviation dot
	gapHyphen            // a single hyphen between word characters
	gapSpace             // spaces, tabs or one line break
	gapBreak             // a paragraph break or anything else
)

type shape uint8

const (
	shWord  shape = 1 << iota // contains a letter or digit
	shCap                     // first letter upper case
	shUpper                   // every letter upper case (and at least two letters)
	shLower                   // first letter lower case
	shDigit                   // starts with a digit
)

func (t token) word() bool  { return t.shape&shWord != 0 }
func (t token) cap() bool   { return t.shape&shCap != 0 }
func (t token) upper() bool { return t.shape&shUpper != 0 }

// upperLetters reports whether the token is a capital letter alone or an
// all-capitals word ("B", "SR").
func (t token) upperLetters() bool {
	return t.shape&shUpper != 0 || t.shape&shCap != 0 && t.end-t.start == 1
}

// abbrevs are words whose following dot belongs to them ("Mr.", "Gen.").
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "st": true, "jr": true, "sr": true, "prof": true,
	"rev": true, "sen": true, "rep": true, "sens": true, "reps": true, "gov": true, "adm": true, "inc": true, "ltd": true,
	"corp": true, "co": true, "mt": true, "ft": true, "brig": true, "cpl": true, "pvt": true,
}

// abbrevMax is the length of the longest abbreviation: a longer word
// followed by a dot needs no lookup.
var abbrevMax = func() int {
	n := 0
	for w := range abbrevs {
		n = max(n, len(w))
	}
	return n
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII letters and digits: isWordRune's answer below
// utf8.RuneSelf, without the Unicode tables.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits text into tokens. lookup maps a folded word b, with h
// its FNV-1a hash (hashBytes), to its vocabulary id (or -1); it must
// answer the same for the same word (an ASCII punctuation mark is looked
// up once a call). Sentence indexes are taken
// from sents (sorted spans); words outside every sentence get sentence -1.
func tokenize(text string, sents []doc.Span, lookup func(b []byte, h uint64) int32, toks []token) []token {
	var buf []byte
	// punct caches the ids of ASCII punctuation marks (id + 1, 0 until
	// looked up): every tenth token or so is one, and a table read is
	// cheaper than hashing and probing the vocabulary again
	var punct [utf8.RuneSelf]int32
	si := 0
	prevEnd := 0
	newSent := true
	for i := 0; i < len(text); {
		var r rune
		var n int
		if c := text[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		if isHyphen(r) && i > 0 && i+n < len(text) {
			rp, _ := utf8.DecodeLastRuneInString(text[:i])
			rn, _ := utf8.DecodeRuneInString(text[i+n:])
			if isWordRune(rp) && isWordRune(rn) {
				i += n // joins two words; recorded as gapHyphen on the next token
				continue
			}
		}
		start := i
		// the token is filled in place: building it in a local and
		// copying it in costs a store-forwarding stall per token
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		t.start = start
		// gap before
		t.gap = classifyGap(text[prevEnd:start], len(toks) == 1)
		if isWordRune(r) {
			j := i
			ascii := true // every letter and digit is ASCII
			apos := false // an internal apostrophe, which folding drops
			for j < len(text) {
				var r2 rune
				var n2 int
				if c := text[j]; c < utf8.RuneSelf {
					if asciiWord[c] {
						j++
						continue
					}
					r2, n2 = rune(c), 1
				} else {
					r2, n2 = utf8.DecodeRuneInString(text[j:])
					if isWordRune(r2) {
						ascii = false
						j += n2
						continue
					}
				}
				if isApos(r2) && j+n2 < len(text) {
					// internal apostrophe (O'Brien, Sana'a) but not a possessive 's
					r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
					if isWordRune(r3) && !((r3 == 's' || r3 == 'S') && !nextIsWord(text, j+n2+n3)) {
						apos = true
						j += n2
						continue
					}
				}
				break
			}
			t.end = j
			w := text[start:j]
			// fold
			buf = buf[:0]
			var h uint64
			uppers := -1 // counted on the ASCII fast path only
			if ascii && !apos {
				// one pass: lower case, hash and shape
				h = fnvOffset
				letters := 0
				uppers = 0
				for k := 0; k < len(w); k++ {
					c := w[k]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
						uppers++
						letters++
					} else if 'a' <= c && c <= 'z' {
						letters++
					}
					buf = append(buf, c)
					h = (h ^ uint64(c)) * fnvPrime
				}
				t.shape = shWord
				switch c := w[0]; {
				case 'A' <= c && c <= 'Z':
					t.shape |= shCap
				case 'a' <= c && c <= 'z':
					t.shape |= shLower
				case '0' <= c && c <= '9':
					t.shape |= shDigit
				}
				if letters >= 2 && uppers == letters {
					t.shape |= shUpper
				}
			} else if t.shape = wordShape(w); ascii {
				// O'Brien, didn’t: kb.Fold drops the apostrophes
				for _, r := range w {
					if isApos(r) {
						continue
					}
					c := byte(r)
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
				}
				h = hashBytes(buf)
			} else {
				buf = append(buf, kb.Fold(w)...)
				h = hashBytes(buf)
			}
			// abbreviation dot: single letters and known abbreviations
			if j < len(text) && text[j] == '.' {
				if (len(buf) == 1 && t.shape&shCap != 0) || len(buf) <= abbrevMax && abbrevs[string(buf)] {
					t.end = j + 1
				}
			}
			t.id = lookup(buf, h)
			if t.shape&shLower != 0 {
				if uppers == 0 && t.end == j {
					t.lh = uint32(h) // buf is the text itself
				} else {
					t.lh = uint32(hashBytes(text[start:t.end]))
				}
			}
			// possessive
			k := t.end
			if k < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[k:])
				if isApos(r2) {
					if k+n2 < len(text) && (text[k+n2] == 's' || text[k+n2] == 'S') && !nextIsWord(text, k+n2+1) {
						t.poss = true
						k += n2 + 1
					} else if len(w) > 1 && (w[len(w)-1] == 's') && !nextIsWord(text, k+n2) {
						t.poss = true
						k += n2
					}
				}
			}
			i = k
		} else {
			t.end = i + n
			t.id = -1
			if r == '.' || r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”' || isApos(r) || r == '‘' || isHyphen(r) || r == '–' || r == '—' || r == '&' || r == '/' {
				if r < utf8.RuneSelf && punct[r] != 0 {
					t.id = punct[r] - 1
				} else {
					buf = append(buf[:0], text[i:i+n]...)
					t.id = lookup(buf, hashBytes(text[i:i+n]))
					if r < utf8.RuneSelf {
						punct[r] = t.id + 1
					}
				}
			}
			i += n
		}
		// sentence
		for si < len(sents) && sents[si].End <= t.start {
			si++
			newSent = true
		}
		if si < len(sents) && sents[si].Start <= t.start {
			t.sent = int32(si)
		} else {
			t.sent = -1
		}
		if t.shape&shWord != 0 && newSent { // t.word() would copy t: another stall
			t.sentStart = true
			newSent = false
		}
		prevEnd = i
		if t.end > prevEnd {
			prevEnd = t.end
		}
	}
	return toks
}

func nextIsWord(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func classifyGap(s string, first bool) gap {
	if first {
		return gapBreak
	}
	if s == "" {
		return gapNone
	}
	if s == " " {
		return gapSpace
	}
	nl := 0
	for _, r := range s {
		switch {
		case r == '\n':
			nl++
		case unicode.IsSpace(r):
		default:
			if len(s) <= 3 && isHyphen(r) && utf8.RuneCountInString(s) == 1 {
				return gapHyphen
			}
			return gapBreak
		}
	}
	if nl > 1 {
		return gapBreak
	}
	return gapSpace
}

func wordShape(w string) shape {
	if s, ok := asciiShape(w); ok {
		return s
	}
	return unicodeShape(w)
}

// unicodeShape is wordShape's definition for any text; asciiShape is its
// fast path for ASCII words (tests check the two agree).
func unicodeShape(w string) shape {
	s := shWord
	first := true
	letters, uppers := 0, 0
	for _, r := range w {
		if first {
			first = false
			switch {
			case unicode.IsUpper(r):
				s |= shCap
			case unicode.IsLower(r):
				s |= shLower
			case unicode.IsDigit(r):
				s |= shDigit
			}
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
	}
	if letters >= 2 && uppers == letters {
		s |= shUpper
	}
	return s
}

// asciiShape is wordShape for a word of ASCII bytes; ok is false when w
// has a byte outside ASCII.
func asciiShape(w string) (s shape, ok bool) {
	s = shWord
	letters, uppers := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return 0, false
		case 'A' <= c && c <= 'Z':
			letters++
			uppers++
		case 'a' <= c && c <= 'z':
			letters++
		}
	}
	if w != "" {
		switch c := w[0]; {
		case 'A' <= c && c <= 'Z':
			s |= shCap
		case 'a' <= c && c <= 'z':
			s |= shLower
		case '0' <= c && c <= '9':
			s |= shDigit
		}
	}
	if letters >= 2 && uppers == letters {
		s |= shUpper
	}
	return s, true
}
