package mention

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

func isWordRuneRef(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenizeRef is tokenize as it was before its fast paths (ASCII tables,
// the apostrophe fold): the definition the fast version must match. fold maps a folded word to its
// vocabulary id (or -1); buf is scratch space. Sentence indexes are taken
// from sents (sorted spans); words outside every sentence get sentence -1.
func tokenizeRef(text string, sents []doc.Span, lookup func([]byte) int32, toks []token) []token {
	var buf []byte
	si := 0
	prevEnd := 0
	newSent := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if isHyphen(r) && i > 0 && i+n < len(text) {
			rp, _ := utf8.DecodeLastRuneInString(text[:i])
			rn, _ := utf8.DecodeRuneInString(text[i+n:])
			if isWordRuneRef(rp) && isWordRuneRef(rn) {
				i += n // joins two words; recorded as gapHyphen on the next token
				continue
			}
		}
		start := i
		var t token
		t.start = start
		// gap before
		t.gap = classifyGap(text[prevEnd:start], len(toks) == 0)
		if isWordRuneRef(r) {
			j := i
			ascii := true
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRuneRef(r2) {
					if r2 >= utf8.RuneSelf {
						ascii = false
					}
					j += n2
					continue
				}
				if isApos(r2) && j+n2 < len(text) {
					// internal apostrophe (O'Brien, Sana'a) but not a possessive 's
					r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
					if isWordRuneRef(r3) && !((r3 == 's' || r3 == 'S') && !nextIsWord(text, j+n2+n3)) {
						ascii = false
						j += n2
						continue
					}
				}
				break
			}
			t.end = j
			w := text[start:j]
			t.shape = unicodeShape(w)
			// fold
			buf = buf[:0]
			if ascii {
				for k := 0; k < len(w); k++ {
					c := w[k]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf = append(buf, c)
				}
			} else {
				buf = append(buf, kb.Fold(w)...)
			}
			// abbreviation dot: single letters (not the letter after
			// "&": "AT&T." ends its sentence) and known abbreviations
			if j < len(text) && text[j] == '.' {
				if (len(buf) == 1 && t.shape&shCap != 0 && (t.start == 0 || text[t.start-1] != '&')) || abbrevs[string(buf)] && !refNameEndDot(sents, t.start, string(buf), j) {
					t.end = j + 1
				}
			}
			t.id = lookup(buf)
			if t.shape&shLower != 0 {
				t.lh = uint32(hashBytes(text[t.start:t.end]))
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
				buf = append(buf[:0], text[i:i+n]...)
				t.id = lookup(buf)
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
		if t.word() && newSent {
			t.sentStart = true
			newSent = false
		}
		prevEnd = i
		if t.end > prevEnd {
			prevEnd = t.end
		}
		if isASCII(text[t.start:t.end]) {
			t.shape |= shASCII
		}
		toks = append(toks, t)
	}
	return toks
}

// checkTokenize compares tokenize with tokenizeRef on text, folded words
// included: tokenizeRef interns every word it looks up, and tokenize
// then looks them up in the frozen vocabulary, so a word folded or
// hashed differently gets id -1 and no longer matches.
func checkTokenize(t *testing.T, text string) {
	v := newVocab()
	sents := sentences(text)
	want := tokenizeRef(text, sents, func(b []byte) int32 { return v.add(string(b)) }, nil)
	v.freeze()
	got := tokenize(text, sents, v, nil)
	if !slices.Equal(got, want) {
		t.Errorf("tokenize(%q):\n got %v\nwant %v", text, got, want)
	}
}

func TestTokenizeRef(t *testing.T) {
	for _, text := range append(fastPathTexts, "", "'", "a'", "'s", "O’", "x’s y", "Sanaʼa's", "été", "\xff\xfeA", "A.B. c. Mr. Gen.", "U.S.-led", "00ʼ", "Abʼ x", "O'Brien's", "naïve Zoë", "Iran’s”", "IRAN'S",
		// shortWord's words: up to seven letters and digits, mixed case,
		// all capitals, one capital, and the bytes that end one plainly
		"iPad and eBay; UN NATO A B 7th G20 x", "Short\tBreak\n\nNext-door Aa-Bb", "abcdefg abcdefgh ABCDEFG.", "SEVENAB, x",
		// longWord's: eight letters and digits or more
		"Internationalisation UNITEDNATIONS iPhoneXYZ, Washington's administration. Presidential", "Abcdefghijk",
		// mediumWord's: eight to fifteen, with sixteen bytes of text
		// from the word on, in every case and ending every way
		"abcdefgh abcdefghijklmno abcdefghijklmnop WASHINGTON McDonaldsXY iPhone15ProMax COVID19vaccine x",
		"Washington. Washington's Washingtons’ Washingtonié Washington-based Washington\nnext paragraph\n\nWashington, D.C.",
		"governments governmentsXY", "AB CDEFGHIJ said so", "Abcdefgh\tx",
		// mediumWord's all-capitals test (after other words: tokenize's
		// first token grows the slice, and mediumWord waits for room):
		// one capital in each chunk (two letters, so all capitals), one
		// in either alone, two in one
		"the man said A1234567B12 said so today", "the man said A12345678901 said so today", "the man said 12345678B901 said so today",
		"the man said 1234567890AB said so today", "the man said AB3456789012 said so today", "the man said Ab34567890CD said so today",
		// a dot after a word: an abbreviation's or an initial's up to
		// abbrevMax letters, the sentence's after a longer word
		"He said. Gen. Corp. Inc. J. Smith saidX. Reuters. Washington. A.", "Capt. Sgt. Brig. said so.",
		// shortWord reads on over one space, to a word or anything else
		"in Zürich and ’tis the day. NATO chief “said” it x\u00a0y a  b",
		// shortWord's loop over words one space apart, stopping at a word
		// it does not take (long, medium, an abbreviation's, a
		// possessive's, outside ASCII) and near the end of the text
		"the cat sat on a mat with Gen. Lee and O'Neil's dog near Washington by abcdefghijklmnopqrs or Zoë as x'y so a b c d",
		"a b c d", "one two-three four.five six,seven eight\nnine ten") {
		checkTokenize(t, text)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, text := range fastPathTexts {
		f.Add(text)
	}
	f.Add("Presidential administration ABCDEFGHIJ, abcdefghijklmno.")
	f.Add("&A.")
	f.Add("Shares of AT&T. fell.")
	f.Fuzz(checkTokenize)
}

// refNameEndDot is nameEndDot by its definition: the dot at j ends the
// sentence holding the abbreviation w at start, and w is no company's
// or generation's suffix.
func refNameEndDot(sents []doc.Span, start int, w string, j int) bool {
	for _, s := range sents {
		if s.Start <= start && start < s.End {
			return s.End == j+1 && !slices.Contains([]string{"inc", "ltd", "corp", "co", "jr", "sr", "st", "mt", "ft"}, w)
		}
	}
	return false
}

// TestFrozenMarks checks the mark ids freeze records against lookups in
// the frozen vocabulary, and that punctMark (asciiPunct's table) lists
// the ASCII marks lookedUpMark accepts.
func TestFrozenMarks(t *testing.T) {
	v := newVocab()
	for _, w := range []string{".", ",", "“", "—", "-", "x"} {
		v.add(w)
	}
	v.freeze()
	for r := range rune(0x3000) {
		id := int32(0)
		switch {
		case r < utf8.RuneSelf:
			id = v.marks.ascii[r]
			if punctMark[r] != lookedUpMark(r) {
				t.Errorf("punctMark[%q] = %v, lookedUpMark = %v", r, punctMark[r], lookedUpMark(r))
			}
		case genPunctLo <= r && r < genPunctHi:
			id = v.marks.gen[r-genPunctLo]
		default:
			if lookedUpMark(r) && !isWordRune(r) { // ʼ is a letter: tokenize reads a word
				t.Errorf("mark %q lies outside the tables freeze fills", r)
			}
			continue
		}
		want := int32(0)
		if lookedUpMark(r) {
			want = v.lookup([]byte(string(r))) + 1
		}
		if id != want {
			t.Errorf("mark %q: id+1 %d, want %d", r, id, want)
		}
	}
}
