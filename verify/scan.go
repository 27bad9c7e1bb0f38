package verify

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// A tokenScan is what one pass over a document's tokens finds for the
// checks that begin with a word test: the sentences with a relation key
// (relationSentences), the sentences with a trigger of unnamed
// attribution or a hedge (triggers), whether a word of a switch of
// recognition occurs (hasSwitchWord), and the number of words
// (wordCount). Those four read every token; one pass tests a token's
// length once for all of them, where four cost a loop each.
type tokenScan struct {
	keyed []bool // per sentence: relationSentences
	// trig holds, per sentence, trigUnnamedBit and trigHedgeBit as
	// triggers reports them; nil when the sentences or the tokens are
	// not in order and apart (then triggers reads each sentence).
	trig       []uint8
	switchWord bool // hasSwitchWord
	words      int  // wordCount
}

// Bits of tokenScan.trig.
const (
	trigUnnamedBit = 1 << iota
	trigHedgeBit
)

// Bits of scanFirst.
const (
	scanRelation = 1 << iota // a relation key may begin so (any token)
	scanSwitch               // a switch word may (a word token)
	scanTrigger              // a trigger may (a word token)
)

// scanFirst[n][b] holds the scan bits of the checks a token of n bytes
// whose first byte is b may pass, each computed with that check's own
// test of the first byte: one table read turns most tokens away from
// all of them. No key, switch word or trigger tested is longer than 32
// bytes (triggers skips longer words).
var scanFirst = func() (t [33][256]uint8) {
	for n := range t {
		for b := range 256 {
			c := byte(b)
			if relationKeyOf(n, c) != "" {
				t[n][b] |= scanRelation
			}
			if n >= 6 && n <= 9 && switchFirst(c) {
				t[n][b] |= scanSwitch
			}
			if n >= minTrigger && n <= maxTrigger && n <= 32 && trigStart[n][lowerByte(c)] {
				t[n][b] |= scanTrigger
			}
		}
	}
	return t
}()

// scanLens has bit n set when a token of n bytes may begin some check
// (scanFirst[n] is not all zero): most tokens are of one to three bytes
// ("the", "of", ","), which begin none, and one test of their length
// turns them away before the two table reads.
var scanLens = func() (m uint64) {
	for n := range scanFirst {
		for _, bits := range scanFirst[n] {
			if bits != 0 {
				m |= 1 << n
				break
			}
		}
	}
	return m
}()

// scanLast[n][b] holds the scan bits of the checks a token of n bytes
// whose last byte is b may pass: a relation key or a switch word of n
// bytes ends with b in some case, or a trigger does (trigEnd). The words
// are ASCII, and a token EqualFold to one with an ASCII last byte ends
// with that letter in some case; a token whose last byte is not ASCII
// may fold to one whatever it is (a rune such as 'ſ' folds to an ASCII
// letter), so it passes every check to its own test. Read with
// scanFirst, it turns away most of the tokens that begin as a word does.
var scanLast = func() (t [33][256]uint8) {
	for n := range t {
		for b := utf8.RuneSelf; b < 256; b++ {
			t[n][b] = scanRelation | scanSwitch | scanTrigger
		}
		for b := range utf8.RuneSelf {
			if n >= minTrigger && n <= maxTrigger && trigEnd[n][lowerByte(byte(b))] {
				t[n][b] |= scanTrigger
			}
		}
	}
	fold := func(w string, bit uint8) {
		if n := len(w); n < len(t) {
			c := w[n-1]
			t[n][c] |= bit
			if 'a' <= c && c <= 'z' {
				t[n][c-'a'+'A'] |= bit
			}
		}
	}
	for n := range t {
		for b := byte('a'); b <= 'z'; b++ {
			if k := relationKeyOf(n, b); k != "" {
				fold(k, scanRelation)
			}
		}
	}
	for _, w := range switchWords {
		fold(w, scanSwitch)
	}
	return t
}()

// relationKeyOf returns the relation key a token of n bytes that begins
// with b can be, in any case: the keys are ASCII, so a token's length
// and first byte pick the one key EqualFold compares it with (a token
// folding to a key with other bytes, "tieſ", has another length than
// any key); "" for none.
func relationKeyOf(n int, b byte) string {
	switch b |= 0x20; {
	case n == 4 && b == 't':
		return "ties"
	case n == 9 && b == 'r':
		return "relations"
	case n == 9 && b == 'e':
		return "embassies"
	case n == 6 && b == 'a':
		return "accord"
	case n == 6 && b == 't':
		return "treaty"
	case n == 7 && b == 'a':
		return "accords"
	case n == 7 && b == 'e':
		return "embassy"
	case n == 10 && b == 'r':
		return "recognised" // and "recognized": see isRelationKey
	}
	return ""
}

// isRelationKey reports whether tok is key, the relation key
// relationKeyOf picks for it, in any case; "recognised" stands for
// both spellings, which only its ninth byte tells apart.
func isRelationKey(tok, key string) bool {
	return strings.EqualFold(tok, key) || key == "recognised" && strings.EqualFold(tok, "recognized")
}

// switchFirst reports whether a switch word may begin with b.
func switchFirst(b byte) bool {
	b |= 0x20
	return b == 's' || b == 'd' || b == 'a'
}

// tokenScan returns the scan of c's document, made on the first call;
// nil when the document has no tokens.
func (c *checker) tokenScan() *tokenScan {
	if c.scan == nil && c.d.Has(doc.LayerTokens) {
		c.scan = scanTokens(c.d)
	}
	return c.scan
}

// scanTokens reads d's tokens once (see tokenScan). Each test is the one
// the check it stands for made on its own pass.
func scanTokens(d *doc.Doc) *tokenScan {
	sents, toks, text := d.Sentences, d.Tokens, d.Text
	sc := &tokenScan{keyed: make([]bool, len(sents)), trig: make([]uint8, len(sents))}
	// triggers reads the tokens from a sentence's start to the first
	// that ends after it: the tokens it contains when sentences and
	// tokens are each in order and apart.
	ordered := true
	for si := 1; si < len(sents); si++ {
		if sents[si].Start < sents[si-1].End {
			ordered = false
			break
		}
	}
	rel, tr := 0, 0 // the sentence pointers of relationSentences and triggers
	prevEnd := 0
	var buf [32]byte
	for i := 0; i < len(toks); i++ {
		var bits uint8
		var words int
		var inOrder bool
		i, words, prevEnd, inOrder, bits = nextScanned(toks, text, i, prevEnd)
		sc.words += words
		ordered = ordered && inOrder
		if i == len(toks) {
			break
		}
		t := &toks[i] // not a copy
		st, en := t.Span.Start, t.Span.End
		n := en - st
		word := t.Kind == doc.TokWord
		if bits&scanRelation != 0 && isRelationKey(text[st:en], relationKeyOf(n, text[st])) {
			for rel < len(sents) && sents[rel].End <= st {
				rel++
			}
			if rel < len(sents) && sents[rel].Contains(t.Span) {
				sc.keyed[rel] = true
			}
		}
		if !word {
			continue
		}
		if bits&scanSwitch != 0 && !sc.switchWord && isSwitchWord(text[st:en]) {
			sc.switchWord = true
		}
		if bits&scanTrigger == 0 {
			continue
		}
		if !trigEnd[n][lowerByte(text[en-1])] {
			continue
		}
		w := buf[:n] // n <= len(buf): see scanFirst
		for k := range w {
			w[k] = lowerByte(text[st+k])
		}
		bit := tokenTrigger(w, text, toks, i)
		if bit == 0 {
			continue
		}
		for tr < len(sents) && sents[tr].End <= st {
			tr++
		}
		if tr < len(sents) && sents[tr].Contains(t.Span) {
			sc.trig[tr] |= bit
		}
	}
	if !ordered {
		sc.trig = nil
	}
	return sc
}

// nextScanned returns the index of the first token from toks[i] on that
// a check may begin with, by its first and last bytes (scanFirst and
// scanLast), and its scan bits; len(toks) when none does. It also
// returns the words it read, the end of the last token read, and whether
// those tokens are in order and apart (see scanTokens), given prevEnd,
// the end of the token before toks[i]. Most tokens begin no check: a
// loop of their own, with no call in it, keeps its values in registers.
func nextScanned(toks []doc.Token, text string, i, prevEnd int) (next, words, end int, ordered bool, bits uint8) {
	ordered = true
	lens := scanLens // (in a register)
	for ; i < len(toks); i++ {
		t := &toks[i] // not a copy
		st, en := t.Span.Start, t.Span.End
		if st < prevEnd {
			ordered = false
		}
		prevEnd = en
		if t.Kind == doc.TokWord {
			words++
		}
		// n as unsigned: one test for 0 <= n < len(scanFirst), then
		// the lengths no check has (scanLens); a token that ends before
		// it starts (n < 0) is out of order.
		n := en - st
		if uint(n) >= uint(len(scanFirst)) || lens&(1<<uint(n)) == 0 {
			if en < st {
				ordered = false
			}
			continue
		}
		if bits = scanFirst[n][text[st]] & scanLast[n][text[en-1]]; bits != 0 {
			break
		}
	}
	return i, words, prevEnd, ordered, bits
}

// isSwitchWord reports whether w, a word of six to nine bytes, is one of
// switchWords in any case: its first two letters turn most words away.
func isSwitchWord(w string) bool {
	switch uint16(w[0]|0x20)<<8 | uint16(w[1]|0x20) { // the first two letters of switchWords
	case 's'<<8 | 'w', 'd'<<8 | 'r', 'd'<<8 | 'i', 'd'<<8 | 'u', 'a'<<8 | 'b':
	default:
		return false
	}
	for _, sw := range switchWords {
		if strings.EqualFold(w, sw) {
			return true
		}
	}
	return false
}
