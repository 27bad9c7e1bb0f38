package mention

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/ascii"
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
	// shASCII: every byte of the token is ASCII, so its lower case is
	// the document's lower-case copy (proc.lower) with no scan for
	// other bytes
	shASCII
)

func (t *token) word() bool  { return t.shape&shWord != 0 }
func (t *token) cap() bool   { return t.shape&shCap != 0 }
func (t *token) upper() bool { return t.shape&shUpper != 0 }
func (t *token) ascii() bool { return t.shape&shASCII != 0 }

// upperLetters reports whether the token is a capital letter alone or an
// all-capitals word ("B", "SR").
func (t *token) upperLetters() bool {
	return t.shape&shUpper != 0 || t.shape&shCap != 0 && t.end-t.start == 1
}

// abbrevs are words whose following dot belongs to them ("Mr.", "Gen.").
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "st": true, "jr": true, "sr": true, "prof": true,
	"rev": true, "sen": true, "rep": true, "sens": true, "reps": true, "gov": true, "adm": true, "inc": true, "ltd": true,
	"corp": true, "co": true, "mt": true, "ft": true, "brig": true, "cpl": true, "pvt": true, "smt": true,
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
	return unicodeWordRune(r)
}

// unicodeWordRune is isWordRune for a rune outside ASCII, kept out of
// line so isWordRune inlines.
func unicodeWordRune(r rune) bool {
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

// byteWord is asciiWord indexed by any byte (false from utf8.RuneSelf
// up), so the scanning loop of scanASCIIWord needs no bounds check.
var byteWord = func() (t [256]bool) {
	copy(t[:], asciiWord[:])
	return t
}()

// firstShape is the shape an ASCII letter or digit gives a word it
// opens: shCap, shLower or shDigit.
var firstShape = func() (t [256]shape) { // indexed by any byte: no bounds check
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = shCap
		case 'a' <= c && c <= 'z':
			t[c] = shLower
		case '0' <= c && c <= '9':
			t[c] = shDigit
		}
	}
	return t
}()

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// lookedUpMark reports whether r is a punctuation mark tokenize looks up
// in the vocabulary (the other marks and symbols get id -1).
func lookedUpMark(r rune) bool {
	return r == '.' || r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”' || isApos(r) || r == '‘' || isHyphen(r) || r == '–' || r == '—' || r == '&' || r == '/'
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits text into tokens, each word looked up in v by its
// folded form (kb.Fold; id -1 when v lacks it). Sentence indexes are
// taken from sents (sorted spans); words outside every sentence get
// sentence -1.
func tokenize(text string, sents []doc.Span, v *vocab, toks []token) []token {
	return tokenizeWith(text, sents, v, false, toks)
}

// internTokens tokenizes text (a name of the KB, outside any sentence),
// adding every folded word, and the punctuation marks tokenize looks up,
// to v. Other symbols ("★", "!", an invisible mark a file left in) have
// no id and are left out: the same symbol in an article has none either,
// so no name's match can run through it.
func internTokens(text string, v *vocab) []token {
	toks := tokenizeWith(text, nil, v, true, nil)
	return slices.DeleteFunc(toks, func(t token) bool { return t.id < 0 })
}

func tokenizeWith(text string, sents []doc.Span, v *vocab, add bool, toks []token) []token {
	// z stays on the stack: v does not keep the words it is asked about
	z := tokenizer{text: text, sents: sents, v: v, add: add, toks: toks, newSent: true, fast: !add && v.tab != nil}
	if z.fast {
		z.punct = v.marks.ascii // freeze looked the marks up
	}
	z.sentStart, z.sentEnd = sentBounds(sents, 0)
	// the loop skips ASCII white space itself and leaves the rest to
	// next: a loop carrying every variable of a token spends more moving
	// them between registers and the stack than on the bytes
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
			if asciiWord[c] { // the usual token: no rune to decode, no hyphen
				var j int
				if i, j = z.shortWord(i); j == 0 {
					continue
				}
				c = text[i] // the first word shortWord did not take
				t := z.newToken(i)
				i = z.word(t, c)
				z.endToken(t, i)
				continue
			}
			if j := z.asciiPunct(i, c); j > 0 {
				i = j
				continue
			}
		}
		i = z.next(i)
	}
	return z.toks
}

// A tokenizer is the state of one tokenize call.
type tokenizer struct {
	text  string
	sents []doc.Span
	v     *vocab
	add   bool // intern words in v rather than look them up
	toks  []token
	// si is the sentence of the last token; sentStart and sentEnd cache
	// its span (past the end of the text once every sentence is passed),
	// so a token reads sents only when it leaves a sentence
	si                 int
	sentStart, sentEnd int
	prevEnd            int    // the end of the last token
	newSent            bool   // no word yet in the current sentence
	buf                []byte // foldWord's scratch space
	// wb holds the words scanASCIIWord folds
	wb [wordMax + 8]byte
	// punct caches the ids of ASCII punctuation marks (id + 1, 0 until
	// looked up): every tenth token or so is one, and a table read is
	// cheaper than hashing and probing the vocabulary again
	punct [utf8.RuneSelf]int32
	// fast: shortWord, longWord and asciiPunct may add tokens (z looks
	// words up in a frozen vocabulary)
	fast bool
}

// id returns the vocabulary id of the folded word b, whose hash
// (hashBytes) is h, adding the word when z interns.
func (z *tokenizer) id(b []byte, h uint64) int32 {
	if z.add {
		return z.v.add(string(b))
	}
	return z.v.lookupHash(b, h)
}

// next reads the token at text[i], which is not ASCII white space, and
// returns the offset after it. It adds no token for other white space
// or a hyphen joining two words.
func (z *tokenizer) next(i int) int {
	text := z.text
	var r rune
	var n int
	c := text[i]
	if c < utf8.RuneSelf {
		r, n = rune(c), 1
	} else {
		r, n = utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			return i + n
		}
	}
	if isHyphen(r) && i > 0 && i+n < len(text) {
		rp, _ := utf8.DecodeLastRuneInString(text[:i])
		rn, _ := utf8.DecodeRuneInString(text[i+n:])
		if isWordRune(rp) && isWordRune(rn) {
			return i + n // joins two words; recorded as gapHyphen on the next token
		}
	}
	start := i
	t := z.newToken(start)
	if isWordRune(r) {
		i = z.word(t, c)
	} else {
		t.end = i + n
		t.id = -1
		if r < utf8.RuneSelf {
			t.shape = shASCII
		}
		if lookedUpMark(r) {
			if r < utf8.RuneSelf && z.punct[r] != 0 {
				t.id = z.punct[r] - 1
			} else if z.fast && genPunctLo <= r && r < genPunctHi && z.v.marks.gen[r-genPunctLo] != 0 {
				t.id = z.v.marks.gen[r-genPunctLo] - 1 // freeze looked it up
			} else {
				z.buf = append(z.buf[:0], text[i:i+n]...)
				t.id = z.id(z.buf, hashBytes(text[i:i+n]))
				if r < utf8.RuneSelf {
					z.punct[r] = t.id + 1
				}
			}
		}
		i += n
	}
	z.endToken(t, i)
	return i
}

// newToken appends a token that starts at start and returns it, its gap
// set. The token is filled in place: building it in a local and copying
// it in costs a store-forwarding stall per token.
func (z *tokenizer) newToken(start int) *token {
	z.toks = append(z.toks, token{})
	t := &z.toks[len(z.toks)-1]
	t.start = start
	// gap before: no bytes or one space are the usual cases
	switch prevEnd := z.prevEnd; {
	case len(z.toks) == 1:
		t.gap = gapBreak
	case prevEnd == start:
		t.gap = gapNone
	case prevEnd+1 == start && z.text[prevEnd] == ' ':
		t.gap = gapSpace
	default:
		t.gap = classifyGap(z.text[prevEnd:start], false)
	}
	return t
}

// endToken sets the sentence of the token t, which ends at or before
// i, and marks i as the end of the last token.
func (z *tokenizer) endToken(t *token, i int) {
	t.sent = z.sentAt(t.start)
	if t.shape&shWord != 0 && z.newSent { // t.word() would copy t: another stall
		t.sentStart = true
		z.newSent = false
	}
	z.prevEnd = i
}

// nextSentence moves z to the sentence of a token starting at start,
// past the end of the current one.
// sentAt returns the index of the sentence that holds byte i, or -1
// before the first; i must not decrease from one call to the next.
func (z *tokenizer) sentAt(i int) int32 {
	if i >= z.sentEnd {
		z.nextSentence(i)
	}
	if z.sentStart <= i {
		return int32(z.si)
	}
	return -1
}

func (z *tokenizer) nextSentence(start int) {
	si := z.si
	for si < len(z.sents) && z.sents[si].End <= start {
		si++
	}
	z.si = si
	z.sentStart, z.sentEnd = sentBounds(z.sents, si)
	z.newSent = true
}

// word fills in the word token t, which starts with the byte c, and
// returns the offset after it (and after its possessive 's).
func (z *tokenizer) word(t *token, c byte) int {
	text, start := z.text, t.start
	var j int
	var h uint64
	var buf []byte // the folded word
	uppers := -1   // counted on the ASCII fast path only
	if c < utf8.RuneSelf {
		// an ASCII letter or digit: scan, lower case and hash the
		// ASCII word in one pass; it ends there unless an internal
		// apostrophe or a letter outside ASCII follows
		var lower bool
		j, h, uppers, lower = scanASCIIWord(text, start, &z.wb)
		buf = z.wb[:j-start]
		if j-start < wordMax && asciiWordEnds(text, j) {
			t.shape = shWord | shASCII | firstShape[c]
			if uppers >= 2 && !lower { // every letter upper case, two at least
				t.shape |= shUpper
			}
		} else {
			uppers = -1
		}
	}
	if uppers < 0 {
		j, h, z.buf = foldWord(text, start, z.buf)
		buf = z.buf
		t.shape = wordShape(text[start:j])
		if isASCII(text[start:j]) { // the abbreviation dot below is ASCII too
			t.shape |= shASCII
		}
	}
	t.end = j
	// abbreviation dot: single letters and known abbreviations
	if j < len(text) && text[j] == '.' {
		// ("AT&T." ends a sentence: the letter after "&" closes a name,
		// it is no initial)
		if (len(buf) == 1 && t.shape&shCap != 0 && (start == 0 || text[start-1] != '&')) || len(buf) <= abbrevMax && abbrevs[string(buf)] && !z.nameEndDot(t, buf, j) {
			t.end = j + 1
		}
	}
	if z.add { // z.id, by hand: a call less per word
		t.id = z.v.add(string(buf))
	} else {
		t.id = z.v.lookupHash(buf, h)
	}
	if t.shape&shLower != 0 {
		if uppers == 0 && t.end == j {
			t.lh = uint32(h) // buf is the text itself
		} else {
			t.lh = uint32(hashBytes(text[start:t.end]))
		}
	}
	// possessive; an apostrophe is ASCII '\'' or starts with a byte
	// outside ASCII
	k := t.end
	if k < len(text) && (text[k] == '\'' || text[k] >= utf8.RuneSelf) {
		r2, n2 := utf8.DecodeRuneInString(text[k:])
		if isApos(r2) {
			if k+n2 < len(text) && (text[k+n2] == 's' || text[k+n2] == 'S') && !nextIsWord(text, k+n2+1) {
				t.poss = true
				k += n2 + 1
			} else if j-start > 1 && text[j-1] == 's' && !nextIsWord(text, k+n2) {
				t.poss = true
				k += n2
			}
		}
	}
	return k
}

// shortWord adds the token of the ASCII word at text[i] when it is short
// and plain, the common case, and of the plain words and ASCII marks
// that follow it, none or one space apart (a loop here rather than a
// call per token from tokenize; a word of eight letters and digits or
// more is mediumWord's or longWord's); it returns the offset after the
// last token it took (after its space), with code 0. When the word at
// next is one it does not take, it returns that word's offset, with code
// -1 (word reads it).
// The word is short when its letters and digits and the byte after them
// lie in the eight bytes at i (at most seven letters and digits), and
// plain when that byte is ASCII and neither an apostrophe (a possessive,
// "O'Brien") nor a dot after a word short enough to be an abbreviation
// (abbrevMax letters or fewer: "Gen.", "U."): then the word ends there,
// is folded by lowering its ASCII capitals, and takes no abbreviation
// dot and no possessive. shortWord does what newToken, word (with
// scanASCIIWord's first chunk) and endToken do for such a word, in one
// pass over the registers of one chunk: its token is the same.
func (z *tokenizer) shortWord(i int) (next, code int) {
	text := z.text
	if !z.fast {
		return i, -1
	}
	spaced := false // the word follows the last one and one space: gapSpace
	// the loop appends to a local copy of z.toks, stored back on return
	toks := z.toks
again:
	// the general path also grows z.toks and reads a vocabulary not yet
	// frozen: here no call (with its register spills) is on the way
	if i+8 > len(text) || len(toks) == cap(toks) {
		z.toks = toks
		return i, -1
	}
	// the chunk tests of scanASCIIWord
	x := ascii.Load64(text[i : i+8])
	y := x & low7
	lz := y | 0x2020202020202020
	digit := (y + 0x5050505050505050) &^ (y + 0x4646464646464646)
	letter := (lz + 0x1f1f1f1f1f1f1f1f) &^ (lz + 0x0505050505050505)
	word := (digit | letter) &^ x & top
	n := bits.TrailingZeros64(^word&top) >> 3
	if n == 8 {
		// eight letters and digits or more: mediumWord's or longWord's
		// word, read from here rather than after a return to tokenize
		z.toks = toks
		j := z.mediumWord(i)
		if j == longWordAt {
			j = z.longWord(i)
		}
		if j < 0 {
			return i, -1 // word reads it
		}
		if toks = z.toks; j < len(text) && byteWord[text[j]] {
			i, spaced = j, false
			goto again
		}
		return j, 0
	}
	e := byte(x >> (8 * n)) // the byte after the word
	if e >= utf8.RuneSelf || e == '\'' || e == '.' && n <= abbrevMax {
		z.toks = toks
		return i, -1
	}
	in := uint64(1)<<(8*n) - 1
	up := letter &^ (y << 2) & top & in
	c := (x | up>>2) & in // lowered
	h := hashEnd(mixChunk(hashSeed, c), n)
	j := i + n
	// the shape and lh first, so that the chunk's masks are dead before
	// the token is filled in: fewer values live at once, fewer spills
	sh := shWord | shASCII | firstShape[byte(x)]
	if up != 0 && up&(up-1) != 0 && letter&(y<<2)&top&in == 0 { // every letter upper case, two at least
		sh |= shUpper
	}
	var lh uint32
	if sh&shLower != 0 {
		if up == 0 {
			lh = uint32(h)
		} else {
			lh = uint32(hashEnd(mixChunk(hashSeed, x&in), n))
		}
	}
	// lookupHash for a word of at most seven bytes, inline: its inlineKey
	// is the lowered chunk and its length
	id := int32(-1)
	key, tag, tab, mask := c|uint64(n)<<56, h>>32<<32, z.v.tab, z.v.mask
	for s := h & mask; tab[s].meta != 0; s = (s + 1) & mask {
		if e := &tab[s]; e.meta&^0xffffffff == tag && e.inline == key {
			id = int32(uint32(e.meta)) - 1
			break
		}
	}

	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	// every field stored in place: a composite literal is built on the
	// stack and copied in, twice the stores
	t.start, t.end, t.id, t.shape, t.lh, t.poss = i, j, id, sh, lh, false
	switch prevEnd := z.prevEnd; {
	case spaced:
		t.gap = gapSpace
	case len(toks) == 1:
		t.gap = gapBreak
	case prevEnd == i:
		t.gap = gapNone
	case prevEnd+1 == i && text[prevEnd] == ' ':
		t.gap = gapSpace
	default:
		t.gap = classifyGap(text[prevEnd:i], false)
	}
	t.sent = z.sentAt(i)
	t.sentStart = z.newSent
	z.newSent = false
	z.prevEnd = j
	// go on from j as tokenize would: skip one space, take the next word
	// here and add the ASCII marks asciiPunct would ("said," "(AP)"), so
	// that a clause is one call rather than one a token
	k := j
	if e == ' ' {
		k++
	}
	for k < len(text) {
		c := text[k]
		if byteWord[c] {
			i, spaced = k, k != z.prevEnd // one space skipped: gapSpace
			goto again
		}
		if c >= utf8.RuneSelf || asciiSpace[c] || c == '-' || punctMark[c] && z.punct[c] == 0 || len(toks) == cap(toks) {
			break // next or asciiPunct's to read
		}
		id := int32(-1)
		if punctMark[c] {
			id = z.punct[c] - 1
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		g := gapNone
		if k != z.prevEnd {
			g = gapSpace // after one space
		}
		t.start, t.end, t.id, t.gap, t.shape, t.poss, t.sentStart, t.lh = k, k+1, id, g, shASCII, false, false, 0
		t.sent = z.sentAt(k)
		z.prevEnd = k + 1
		if k++; k < len(text) && text[k] == ' ' {
			k++
		}
	}
	z.toks = toks
	return k, 0
}

// asciiPunct adds the token of the ASCII punctuation mark or symbol c at
// text[i] and returns i+1, as next does, when its id is known: it is no
// mark next looks up (punctMark) or one it has looked up already
// (z.punct). It returns -1, adding nothing, for a hyphen (it may join two
// words) and a mark not yet looked up. c is neither white space nor a
// letter or digit.
func (z *tokenizer) asciiPunct(i int, c byte) int {
	if c == '-' || !z.fast || len(z.toks) == cap(z.toks) {
		return -1
	}
	id := int32(-1)
	if punctMark[c] {
		if z.punct[c] == 0 {
			return -1
		}
		id = z.punct[c] - 1
	}
	z.toks = z.toks[:len(z.toks)+1]
	t := &z.toks[len(z.toks)-1]
	*t = token{start: i, end: i + 1, id: id, shape: shASCII}
	switch prevEnd := z.prevEnd; {
	case len(z.toks) == 1:
		t.gap = gapBreak
	case prevEnd == i:
		t.gap = gapNone
	case prevEnd+1 == i && z.text[prevEnd] == ' ':
		t.gap = gapSpace
	default:
		t.gap = classifyGap(z.text[prevEnd:i], false)
	}
	t.sent = z.sentAt(i)
	z.prevEnd = i + 1
	return i + 1
}

// punctMark marks the ASCII punctuation marks next looks up in the
// vocabulary (the rest get id -1).
var punctMark = func() (t [256]bool) {
	for _, c := range ".,;:()\"'-&/" {
		t[c] = true
	}
	return t
}()

// longWordAt is what mediumWord returns for a word longer than it reads:
// longWord's to read.
const longWordAt = -2

// mediumWord is shortWord for a word of eight to fifteen letters and
// digits (shortWord found eight at i), read as two chunks of eight bytes
// in registers: it adds the word's token when it is plain and returns
// the offset after it, -1 when it is not plain (word reads it), or
// longWordAt when the word is longer or the text ends within sixteen
// bytes of i (longWord reads it). Its token is longWord's.
func (z *tokenizer) mediumWord(i int) int {
	text := z.text
	if i+16 > len(text) || len(z.toks) == cap(z.toks) {
		return longWordAt
	}
	// the second chunk: shortWord's tests
	x1 := ascii.Load64(text[i+8 : i+16])
	y1 := x1 & low7
	lz1 := y1 | 0x2020202020202020
	digit1 := (y1 + 0x5050505050505050) &^ (y1 + 0x4646464646464646)
	letter1 := (lz1 + 0x1f1f1f1f1f1f1f1f) &^ (lz1 + 0x0505050505050505)
	word1 := (digit1 | letter1) &^ x1 & top
	n1 := bits.TrailingZeros64(^word1&top) >> 3
	if n1 == 8 {
		return longWordAt
	}
	e := byte(x1 >> (8 * n1)) // the byte after the word
	if e >= utf8.RuneSelf || e == '\'' || e == '.' && 8+n1 <= abbrevMax {
		return -1
	}
	in1 := uint64(1)<<(8*n1) - 1
	up1 := letter1 &^ (y1 << 2) & top & in1
	lowers := letter1 & (y1 << 2) & top & in1
	c1 := (x1 | up1>>2) & in1 // lowered
	// the first chunk: eight letters and digits
	x0 := ascii.Load64(text[i : i+8])
	y0 := x0 & low7
	lz0 := y0 | 0x2020202020202020
	letter0 := (lz0 + 0x1f1f1f1f1f1f1f1f) &^ (lz0 + 0x0505050505050505)
	up0 := letter0 &^ (y0 << 2) & top
	lowers |= letter0 & (y0 << 2) & top
	c0 := x0 | up0>>2 // lowered
	n := 8 + n1
	h := hashEnd(mixChunk(mixChunk(hashSeed, c0), c1), n)
	j := i + n

	z.toks = z.toks[:len(z.toks)+1]
	t := &z.toks[len(z.toks)-1]
	*t = token{start: i, end: j}
	switch prevEnd := z.prevEnd; {
	case len(z.toks) == 1:
		t.gap = gapBreak
	case prevEnd == i:
		t.gap = gapNone
	case prevEnd+1 == i && text[prevEnd] == ' ':
		t.gap = gapSpace
	default:
		t.gap = classifyGap(text[prevEnd:i], false)
	}
	sh := shWord | shASCII | firstShape[byte(x0)]
	// every letter upper case, two at least: up1's capitals, shifted off
	// the top bits up0 uses, count with up0's (two bits set or more)
	if u := up0 | up1>>1; lowers == 0 && u&(u-1) != 0 {
		sh |= shUpper
	}
	t.shape = sh
	// lookupHash for a word of more than seven bytes: the vocabulary's
	// word must have its length, and its first and last eight bytes
	// (which cover it) must be the lowered chunks'
	last := c0>>(8*n1) | c1<<(8*(8-n1)) // the lowered word's last eight bytes
	t.id = -1
	tag, tab, mask := h>>32<<32, z.v.tab, z.v.mask
	for s := h & mask; tab[s].meta != 0; s = (s + 1) & mask {
		if e := &tab[s]; e.meta&^0xffffffff == tag && e.inline == longWord {
			k := int32(uint32(e.meta)) - 1
			if w := z.v.words[k]; len(w) == n && ascii.Load64(w[:8]) == c0 && ascii.Load64(w[n-8:]) == last {
				t.id = k
				break
			}
		}
	}
	if sh&shLower != 0 {
		if up0|up1 == 0 {
			t.lh = uint32(h)
		} else {
			t.lh = uint32(hashEnd(mixChunk(mixChunk(hashSeed, x0), x1&in1), n))
		}
	}
	t.sent = z.sentAt(i)
	if z.newSent {
		t.sentStart = true
		z.newSent = false
	}
	z.prevEnd = j
	if e == ' ' {
		return j + 1 // the space tokenize would skip next
	}
	return j
}

// longWord is shortWord for a word of eight letters and digits or more
// (fewer than wordMax): it adds its token when it is plain and returns
// the offset after it, or -1.
func (z *tokenizer) longWord(i int) int {
	text := z.text
	j, h, uppers, lower := scanASCIIWord(text, i, &z.wb)
	if j-i >= wordMax || j >= len(text) {
		return -1
	}
	e := text[j] // the byte after the word
	if e >= utf8.RuneSelf || e == '\'' || e == '.' {
		return -1
	}
	b := z.wb[:j-i] // the folded word
	id := int32(-1)
	tag, tab, mask := h>>32<<32, z.v.tab, z.v.mask
	for s := h & mask; tab[s].meta != 0; s = (s + 1) & mask {
		if e := &tab[s]; e.meta&^0xffffffff == tag && e.inline == longWord {
			if k := int32(uint32(e.meta)) - 1; z.v.words[k] == string(b) {
				id = k
				break
			}
		}
	}
	sh := shWord | shASCII | firstShape[text[i]]
	if uppers >= 2 && !lower {
		sh |= shUpper
	}
	t := z.newToken(i)
	t.end, t.shape, t.id = j, sh, id
	if sh&shLower != 0 {
		if uppers == 0 {
			t.lh = uint32(h)
		} else {
			t.lh = uint32(hashBytes(text[i:j]))
		}
	}
	z.endToken(t, j)
	if e == ' ' {
		return j + 1 // the space tokenize would skip next
	}
	return j
}

// sentBounds returns the span of sents[si], or an empty span past every
// offset when si is past the last sentence.
func sentBounds(sents []doc.Span, si int) (start, end int) {
	if si < len(sents) {
		return sents[si].Start, sents[si].End
	}
	return math.MaxInt, math.MaxInt
}

// wordMax is the longest word scanASCIIWord folds; tokenize takes a
// longer one through foldWord.
const wordMax = 64

// Byte masks for scanASCIIWord: the low seven bits and the top bit of
// each byte of a chunk.
const (
	low7 = 0x7f7f7f7f7f7f7f7f
	top  = 0x8080808080808080
)

// scanASCIIWord scans the ASCII letters and digits of text from i, eight
// bytes at a step, and writes them to buf in lower case (a whole chunk
// at a time, so buf holds eight bytes of slack). It returns the end j of
// the run, its hash in lower case (hashBytes), how many upper-case
// letters it holds and whether it holds a lower-case one. It stops at
// wordMax bytes (j-i >= wordMax then, and buf is incomplete).
//
// Each test runs on all eight bytes of a chunk at once: with y a byte
// less its top bit (at most 0x7f), adding 0x80-lo sets the top bit
// exactly when y >= lo and adding 0x7f-hi exactly when y > hi, and no sum
// carries into the next byte. A letter is a byte whose y|0x20 is in
// 'a'..'z'; it is upper case when its bit 5 (0x20) is clear, and setting
// that bit lowers it. Bytes with the top bit set are no ASCII.
//
//go:noinline
func scanASCIIWord(text string, i int, buf *[wordMax + 8]byte) (j int, h uint64, uppers int, lower bool) {
	h = hashSeed
	k := i
	var lowers uint64 // a top bit set for every lower-case letter
	for {
		var x uint64 // the chunk at k, zero-padded past the end of text
		if k+8 <= len(text) {
			x = ascii.Load64(text[k : k+8])
		} else {
			for m := len(text) - 1; m >= k; m-- {
				x = x<<8 | uint64(text[m])
			}
		}
		y := x & low7
		z := y | 0x2020202020202020
		digit := (y + 0x5050505050505050) &^ (y + 0x4646464646464646)  // '0'..'9'
		letter := (z + 0x1f1f1f1f1f1f1f1f) &^ (z + 0x0505050505050505) // 'a'..'z' once lowered
		word := (digit | letter) &^ x & top
		n := bits.TrailingZeros64(^word&top) >> 3 // letters and digits before the first other byte
		in := uint64(1)<<(8*n) - 1                // the bytes of the word (all when n is 8)
		up := letter &^ (y << 2) & top & in       // bit 5, shifted to the top, is clear
		lowers |= letter & (y << 2) & top & in
		uppers += bits.OnesCount64(up)
		if k-i >= wordMax {
			return k, h, uppers, lowers != 0
		}
		c := (x | up>>2) & in // lowered
		binary.LittleEndian.PutUint64(buf[k-i:], c)
		h = mixChunk(h, c)
		k += n
		if n < 8 {
			break
		}
	}
	return k, hashEnd(h, k-i), uppers, lowers != 0
}

// asciiWordEnds reports whether a word whose ASCII letters and digits
// run up to j ends there: no internal apostrophe (O'Brien, but not a
// possessive 's) and no letter outside ASCII follows. Both start with
// an ASCII apostrophe or a byte outside ASCII.
func asciiWordEnds(text string, j int) bool {
	// the usual case, inlined: the text ends, or an ASCII byte other
	// than an apostrophe follows
	return j >= len(text) || text[j] != '\'' && text[j] < utf8.RuneSelf || asciiWordEndsAt(text, j)
}

// asciiWordEndsAt is asciiWordEnds where an apostrophe or a byte outside
// ASCII follows the letters and digits.
func asciiWordEndsAt(text string, j int) bool {
	r2, n2 := utf8.DecodeRuneInString(text[j:])
	if isWordRune(r2) { // a letter, ʼ (U+02BC) among them
		return false
	}
	if !isApos(r2) || j+n2 >= len(text) {
		return true
	}
	r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
	return !isWordRune(r3) || (r3 == 's' || r3 == 'S') && !nextIsWord(text, j+n2+n3)
}

// foldWord scans the word starting at start, any text, and appends its
// folded form (kb.Fold) to buf[:0]. It returns the end of the word, the
// hash of the folded form (hashBytes) and buf. The word runs over
// letters, digits and nonspacing marks, and internal apostrophes
// (O'Brien, Sana'a) but not a possessive 's.
func foldWord(text string, start int, buf []byte) (int, uint64, []byte) {
	j := start
	ascii := true // every letter and digit is ASCII
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
			r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
			if isWordRune(r3) && !((r3 == 's' || r3 == 'S') && !nextIsWord(text, j+n2+n3)) {
				j += n2
				continue
			}
		}
		break
	}
	w := text[start:j]
	buf = buf[:0]
	if ascii {
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
	} else if b, ok := appendFoldLatin(buf, w); ok {
		buf = b
	} else {
		buf = append(buf, kb.Fold(w)...)
	}
	return j, hashBytes(buf), buf
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
