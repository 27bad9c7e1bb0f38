package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
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
	// naming: the word is a naming verb (namingVerbs): namingReport
	// looks no further at a word without it.
	naming bool
	// cue: cues.Has(w), found with report by the same lookup, so that
	// the passes that ask it of a token need no lookup of their own.
	cue bool
}

// wordFlags returns a word's report, naming and cue flags (tok.report,
// tok.naming, tok.cue); w is lower case. One prefilter (mayReport) turns
// most words away for all three.
func wordFlags(w string) (report, naming, cue bool) {
	if !mayReport(w) {
		return false, false, false
	}
	return reportFlags(w)
}

// reportFlags is wordFlags for a word that passed mayReport (lexRun
// calls it after testing mayReport inline): one lookup answers all
// three.
func reportFlags(w string) (report, naming, cue bool) {
	c := reportClass(w)
	return c&classReport != 0, c&classNaming != 0, c&classCue != 0
}

// reportWord reports whether the lower-case word w is one the indirect
// pass acts on: a cue, a participle, a progressive, "according" or
// "quoted".
func reportWord(w string) bool {
	return reportClass(w)&classReport != 0
}

// reportClass returns the classes of the lower-case word w (reportWords);
// 0 for any other word.
func reportClass(w string) uint8 {
	if w == "said" {
		return saidClass // the commonest report word in news: no hashing, no lookup
	}
	if len(w) < 2 {
		return 0
	}
	h := reportHash(w)
	if reportBits[h>>58]&(1<<(h>>52&63)) == 0 || reportBits[h>>46&63]&(1<<(h>>40&63)) == 0 {
		return 0 // no such word has this hash: most words stop here
	}
	for s := h & (reportSlots - 1); reportTable[s].w != ""; s = (s + 1) & (reportSlots - 1) {
		if reportTable[s].w == w {
			return reportTable[s].c
		}
	}
	return 0
}

// saidClass is reportWords["said"].
var saidClass = reportWords["said"]

// Bits of reportWords.
const (
	classReport = 1 << iota // eachReportWord lists the word
	classCue                // cues holds it
	classNaming             // namingVerbs holds it
)

// reportWords holds the words eachReportWord lists and the naming verbs,
// with their classes: one lookup for a word that passes the prefilters
// instead of one per list.
var reportWords = func() map[string]uint8 {
	m := map[string]uint8{}
	eachReportWord(func(w string) { m[w] |= classReport })
	for w := range cues.All() {
		m[w] |= classCue
	}
	for w := range namingVerbs.All() {
		m[w] |= classNaming
	}
	return m
}()

// reportSlots is the size of reportTable, a power of two at least twice
// the number of reportWords.
const reportSlots = 1024

// A reportSlot is a word of reportWords with its classes.
type reportSlot struct {
	w string
	c uint8
}

// reportTable holds reportWords open-addressed by reportHash (its low
// bits, which the filter does not read), so that a word past the
// filter is found without hashing it again.
var reportTable = func() (t [reportSlots]reportSlot) {
	if 2*len(reportWords) > reportSlots {
		panic("quote: too many report words for reportTable")
	}
	for w, c := range reportWords {
		if len(w) < 2 {
			panic("quote: report word too short for the table: " + w)
		}
		s := reportHash(w) & (reportSlots - 1)
		for t[s].w != "" {
			s = (s + 1) & (reportSlots - 1)
		}
		t[s] = reportSlot{w, c}
	}
	return
}()

// mayReport is a prefilter for reportWord and for namingVerbs, cheap
// enough to inline: false when no report word or naming verb has w's
// length and the low five bits of its first and of its last byte (most
// words: the pair of ends tells more words apart than either end
// alone).
func mayReport(w string) bool {
	n := len(w)
	return n < 32 && n > 0 && reportEnds[int(w[0]&31)<<5|int(w[n-1]&31)]&(1<<n) != 0
}

// reportEnds[a<<5|b] has bit n set when a report word (eachReportWord)
// or a naming verb of n bytes begins with a byte whose low five bits are
// a and ends with one whose low five bits are b (4 KB, read with one
// load). It is built from the word lists themselves, so it follows them.
var reportEnds = func() (t [32 * 32]uint32) {
	add := func(w string) {
		if len(w) < 2 || len(w) >= 32 {
			panic("quote: report word length out of the prefilter's range: " + w)
		}
		t[int(w[0]&31)<<5|int(w[len(w)-1]&31)] |= 1 << len(w)
	}
	eachReportWord(add)
	for w := range namingVerbs.All() {
		add(w)
	}
	return
}()

// reportHash mixes a word's length and its first two and last two bytes;
// reportWord reads two 12-bit filter positions from its top 24 bits.
func reportHash(w string) uint64 {
	n := len(w)
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[1])<<16 | uint64(w[n-2])<<24 | uint64(w[n-1])<<32
	h *= 0x9E3779B97F4A7C15
	h ^= h >> 29
	return h * 0xBF58476D1CE4E5B9
}

// reportBits is a cheap prefilter for reportClass (a Bloom filter with
// two bits a word): both bits of each of reportWords are set.
var reportBits = func() (bits [4096 / 64]uint64) {
	add := func(w string) {
		if len(w) < 2 {
			panic("quote: report word too short for the filter: " + w)
		}
		h := reportHash(w)
		bits[h>>58] |= 1 << (h >> 52 & 63)
		bits[h>>46&63] |= 1 << (h >> 40 & 63)
	}
	eachReportWord(add)
	for w := range namingVerbs.All() {
		add(w)
	}
	return
}()

// eachReportWord calls add with every word reportWord knows: the cues,
// the participles and progressives that report, "according" and
// "quoted". Both prefilters are built from it.
func eachReportWord(add func(string)) {
	for w := range cues.All() {
		add(w)
	}
	for w := range participles.All() {
		add(w)
	}
	for w := range progressives.All() {
		add(w)
	}
	add("according")
	add("quoted")
}

func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes marks the ASCII letters and digits.
var wordBytes = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return
}()

// thousandsComma reports whether the comma at text[j] separates
// thousands in a number ("10,000"): a digit before it and exactly three
// digits after it, before the end e.
func thousandsComma(text string, j, e int) bool {
	if j == 0 || !isDigit(text[j-1]) {
		return false
	}
	for k := j + 1; k <= j+3; k++ {
		if k >= e || !isDigit(text[k]) {
			return false
		}
	}
	return j+4 >= e || !isDigit(text[j+4])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lexSpan appends the tokens of text[s:e]. A straight double quote is an
// opening mark when it starts the text or follows space or an opening
// bracket, and a closing mark otherwise; two apostrophes in a row count as a
// straight double quote (their token word is `"`).
func lexSpan(toks []tok, text, low string, s, e int) []tok {
	for i := s; i < e; {
		toks, i = lexOne(toks, text, low, s, e, i)
	}
	return toks
}

// lexOne lexes text[s:e] at byte i, s <= i < e, as lexSpan does: it
// appends the token starting at i, or skips one white-space rune, and
// returns where lexing goes on.
func lexOne(toks []tok, text, low string, s, e, i int) ([]tok, int) {
	t := text[:e] // t[j] for j < e needs no bounds check
	l := low[:e]  // nor l[i:j] for i <= j <= e
	c := t[i]
	if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
		i++
		return toks, i
	}
	if isWordByte(c) || c >= utf8.RuneSelf && isLetterAt(text, i) {
		j := i
		hyphen := false // particleName needs a hyphen
		for j < len(t) {
			cj := t[j]
			if wordBytes[cj] {
				j++
				// the rest of an ASCII word in a tight loop
				for j < len(t) && wordBytes[t[j]] {
					j++
				}
				continue
			}
			if cj >= utf8.RuneSelf {
				r, sz := utf8.DecodeRuneInString(text[j:])
				if letterOrDigit(r) {
					j += sz
					continue
				}
				if r == '\u2019' && j+sz < e && isWordByte(text[j+sz]) { // Iran’s
					j += sz
					continue
				}
				break
			}
			if cj == ',' && thousandsComma(text, j, e) {
				j++ // "10,000" is one word
				continue
			}
			if (cj == '\'' || cj == '-' || cj == '.' && j+1 < e && isWordByte(text[j+1]) && j+2 <= e && (j+2 == e || !isWordByte(text[j+2]) || text[j+2] == '.')) && j+1 < e && isWordByte(text[j+1]) {
				hyphen = hyphen || cj == '-'
				j++
				continue
			}
			break
		}
		var upper bool
		if c < utf8.RuneSelf {
			upper = 'A' <= c && c <= 'Z' || hyphen && 'a' <= c && c <= 'z' && particleName(text[i:j])
		} else {
			r, _ := utf8.DecodeRuneInString(text[i:])
			upper = unicode.IsUpper(r)
		}
		w := l[i:j]
		report, naming, cue := wordFlags(w)
		toks = append(toks, tok{s: i, e: j, w: w, kind: tWord, upper: upper, report: report, naming: naming, cue: cue})
		i = j
		return toks, i
	}
	// punctuation: an ASCII byte is its own rune, and of the ASCII
	// white space only \v and \f are left (unicode.IsSpace's), so
	// neither decoding nor the Unicode table is needed
	var r rune
	var sz int
	if c < utf8.RuneSelf {
		if c == '\v' || c == '\f' {
			i++
			return toks, i
		}
		r, sz = rune(c), 1
	} else {
		r, sz = utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += sz
			return toks, i
		}
	}
	if r == '`' && i+1 < e && text[i+1] == '`' {
		// two grave accents open a double quote in text tokenised
		// the Penn Treebank way (``We are ready,'' he said)
		toks = append(toks, tok{s: i, e: i + 2, w: low[i : i+2], kind: tOpen})
		i += 2
		return toks, i
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
		return toks, i
	}
	k := uint8(tPunct)
	switch r {
	case '\u201e':
		k = tOpen // „ opens in German, Polish, Czech, …
	case '\u201c', '\u00ab':
		// “ and « open, but close a quote in the styles that open
		// with „ or »: „…“ (German), »…« (German, Danish). A mark
		// after a word or punctuation and before a space or
		// punctuation closes.
		k = tOpen
		if !spaceBefore(text, s, i) && !wordAfter(text, i+sz, e) {
			k = tClose
		}
	case '\u201d', '\u00bb':
		// ” and » close, but open in the styles ”…” (Swedish,
		// Finnish) and »…« (German, Danish): a mark after a space and
		// before a word opens.
		k = tClose
		if spaceBefore(text, s, i) && wordAfter(text, i+sz, e) {
			k = tOpen
		}
	case '"':
		k = tClose
		if i == s || i > 0 && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '(' || text[i-1] == '[' || text[i-1] == '\t') {
			k = tOpen
		}
	}
	toks = append(toks, tok{s: i, e: i + sz, w: low[i : i+sz], kind: k})
	i += sz
	return toks, i
}

// spaceBefore reports whether the mark at byte i starts the span (at s)
// or follows white space or an opening bracket.
func spaceBefore(text string, s, i int) bool {
	if i == s {
		return true
	}
	c := text[i-1]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == '['
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// wordAfter reports whether what follows byte i, before e, opens
// quoted words: a letter or digit, an ellipsis, an opening single mark
// or a currency sign ("…we", "‘Tis", "$5 billion").
func wordAfter(text string, i, e int) bool {
	if i >= e {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return isWordByte(c) || c == '\'' || c == '$'
	}
	r, _ := utf8.DecodeRuneInString(text[i:e])
	return letterOrDigit(r) || r == '\u2026' || r == '\u2018' || r == '\u20ac' || r == '\u00a3'
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return letterOrDigit(r)
}

// letterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r). The
// General Punctuation block (U+2000–U+206F: curly quotes, dashes,
// ellipsis) holds neither, and answers without the Unicode tables.
func letterOrDigit(r rune) bool {
	if 0x2000 <= r && r < 0x2070 {
		return false
	}
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
	if k == len(w) || w[k] != '-' || k+1 >= len(w) || !particles.Has(w[:k]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsUpper(r)
}

// lexTokens is lexSpan over the paragraph text[s:e] of a document whose
// segment tokens are segs (d.Tokens), from segs[k] on; it returns the
// tokens and the index of the first segment token past the paragraph,
// for the next one. It walks segment's tokens, not the bytes: a token
// made of ASCII letters and digits (doc.Token.Alnum) is a word here too
// unless one of this lexer's joiners goes on after it (wordEndsAt), and
// is taken as is, without scanning its bytes again; a plain punctuation
// byte (plainPunct) is taken in the same loop. Everything else, and any
// byte between tokens but a single space, goes to lexOne, so the tokens
// are lexSpan's whatever segs holds: only the Alnum flags are trusted.
// The indexes of the quote marks among the tokens (isMark), which only
// lexOne makes, are appended to notes.marks, and those of the tokens
// with report or naming set to notes.flagged.
func lexTokens(toks []tok, text, low string, s, e int, segs []doc.Token, k int, notes *lexNotes) ([]tok, int) {
	for k < len(segs) && segs[k].Span.Start < s {
		k++
	}
	i := s // where lexing goes on
	for ; k < len(segs); k++ {
		// the common tokens in a loop of its own, then the token it
		// stops at as below
		if toks, k, i = lexRun(toks, text, low, e, segs, k, i, &notes.flagged); k == len(segs) {
			break
		}
		st := segs[k].Span.Start
		if st < i {
			continue // inside the token lexed last
		}
		if st >= e {
			break
		}
		if st > i {
			if st == i+1 && text[i] == ' ' {
				i = st
			} else {
				for i < st {
					n := len(toks)
					toks, i = lexOne(toks, text, low, s, e, i)
					notes.note(toks, n)
				}
				if i > st {
					continue
				}
			}
		}
		if c := text[i]; segs[k].Alnum {
			if end := segs[k].Span.End; end == e || end < e && (endsWord[text[end]] || wordEndsAt(text, end, e)) {
				w := low[i:end]
				report, naming, cue := wordFlags(w)
				if report || naming {
					notes.flagged = append(notes.flagged, int32(len(toks)))
				}
				toks = append(toks, tok{s: i, e: end, w: w, kind: tWord, upper: 'A' <= c && c <= 'Z', report: report, naming: naming, cue: cue})
				i = end
				continue
			}
		} else if plainPunct[c] {
			toks = append(toks, tok{s: i, e: i + 1, w: low[i : i+1], kind: tPunct})
			i++
			continue
		}
		n := len(toks)
		toks, i = lexOne(toks, text, low, s, e, i)
		notes.note(toks, n)
	}
	for i < e {
		n := len(toks)
		toks, i = lexOne(toks, text, low, s, e, i)
		notes.note(toks, n)
	}
	return toks, k
}

// lexRun is the loop of lexTokens over the tokens it takes as they
// are, from segs[k] and byte i on: a word of ASCII letters and digits
// that ends where this lexer ends it, or a plain punctuation byte, with
// nothing or a single space before it. The indexes of the tokens with
// report or naming set go to *flagged. It returns the tokens, and the
// segment token it stopped at and the byte lexing goes on from, for
// lexTokens to handle that token as before. Apart from lexTokens, with
// few values live and each token stored into its slot whole, as one
// literal (no growth: it stops when toks is full), its loop keeps them
// in registers.
func lexRun(toks []tok, text, low string, e int, segs []doc.Token, k, i int, flagged *[]int32) ([]tok, int, int) {
	t, l := text[:e], low[:e] // len(t) is e: the loop tests against it, and t[i] needs no bounds check
	for ; k < len(segs); k++ {
		sg := &segs[k]
		if st := sg.Span.Start; st != i {
			if st != i+1 || uint(i) >= uint(len(t)) || t[i] != ' ' {
				break
			}
			i = st
		}
		if uint(i) >= uint(len(t)) {
			break // the paragraph's end (past a last space, which lexes to nothing)
		}
		n := len(toks)
		if n == cap(toks) {
			break
		}
		c := t[i]
		if sg.Alnum {
			end := sg.Span.End
			if end > len(t) || end < len(t) && !endsWord[t[end]] && !wordEndsAt(text, end, len(t)) {
				break
			}
			w := l[i:end]
			toks = toks[:n+1]
			toks[n] = tok{s: i, e: end, w: w, kind: tWord, upper: c-'A' < 26}
			if mayReport(w) { // wordFlags, with its prefilter inlined
				p := &toks[n]
				if p.report, p.naming, p.cue = reportFlags(w); p.report || p.naming {
					*flagged = append(*flagged, int32(n))
				}
			}
			i = end
			continue
		}
		if !plainPunct[c] {
			break
		}
		toks = toks[:n+1]
		toks[n] = tok{s: i, e: i + 1, w: l[i : i+1], kind: tPunct}
		i++
	}
	return toks, k, i
}

// plainPunct marks the ASCII punctuation bytes that lexOne makes a
// tPunct token of one byte whatever surrounds them: not a quote mark,
// apostrophe or grave accent, a letter, digit or white space.
var plainPunct = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		b := byte(c)
		t[c] = b > ' ' && b < 0x7f && !wordBytes[b] && b != '"' && b != '\'' && b != '`'
	}
	return
}()

// endsWord marks the ASCII bytes that end a word whatever follows them:
// not a letter, digit or joiner (an apostrophe, hyphen, period or comma),
// so that lexTokens answers most words without calling wordEndsAt.
var endsWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		b := byte(c)
		t[c] = !wordBytes[b] && b != '\'' && b != '-' && b != '.' && b != ','
	}
	return
}()

// wordEndsAt reports whether lexOne ends a word that runs over ASCII
// letters and digits to byte j at j: j is the paragraph end e, or what
// follows is neither a letter or digit of any script nor a joiner with a
// word byte after it (an apostrophe, hyphen, period or thousands comma
// before a letter or digit, or a curly apostrophe before one).
func wordEndsAt(text string, j, e int) bool {
	if j >= e {
		return true
	}
	c := text[j]
	if c < utf8.RuneSelf {
		switch {
		case wordBytes[c]:
			return false
		case c == ',' || c == '\'' || c == '-' || c == '.':
			return j+1 >= e || !wordBytes[text[j+1]]
		}
		return true
	}
	r, sz := utf8.DecodeRuneInString(text[j:]) // as lexOne decodes it
	if r == '\u2019' {
		return j+sz >= e || !wordBytes[text[j+sz]]
	}
	return !letterOrDigit(r)
}

// isMark reports whether t is a quote mark the region passes read: a
// double mark (tOpen, tClose) or a single one (‘ ’ ' ‚ ‹ › `).
func isMark(t *tok) bool {
	switch t.kind {
	case tOpen, tClose:
		return true
	case tPunct:
		switch t.w {
		case "\u2018", "\u2019", "'", "\u201a", "\u2039", "\u203a", "`":
			return true
		}
	}
	return false
}

// lexNotes are the token indexes lexTokens notes as it lexes: the quote
// marks (isMark) and the tokens with report or naming set, each in order.
type lexNotes struct {
	marks, flagged []int32
}

// note notes the marks and the flagged tokens among toks[from:].
func (n *lexNotes) note(toks []tok, from int) {
	for k := from; k < len(toks); k++ {
		if isMark(&toks[k]) {
			n.marks = append(n.marks, int32(k))
		}
		if toks[k].report || toks[k].naming {
			n.flagged = append(n.flagged, int32(k))
		}
	}
}
