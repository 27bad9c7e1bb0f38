package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// Sentences returns the sentences of text. Paragraphs are found first so
// that no sentence spans a paragraph break.
func Sentences(text string) []doc.Span {
	var out []doc.Span
	for _, p := range Paragraphs(text) {
		out = appendSentences(out, text, p)
	}
	return out
}

// titles are abbreviations that precede a name and never end a sentence.
var titles = wordSet("mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig sen rep gov pres amb hon rev fr st mt ft sr jr mme mlle smt sheikh supt insp det approx dept est vs v ca cf")

// numbered are abbreviations that precede a number ("No. 5").
var numbered = wordSet("no nos art vol pp fig ch sec op para p")

// months are month abbreviations; followed by a number they never end a
// sentence.
var months = wordSet("jan feb mar apr jun jul aug sep sept oct nov dec")

// sometimesFinal are abbreviations that end a sentence when the next word
// is a typical sentence opener.
var sometimesFinal = wordSet("inc corp ltd co bros llc plc etc al jr sr ave blvd")

// openers are words that typically start a sentence; after an
// ambiguous abbreviation ("U.S.", "Inc.") they signal a boundary.
var openers = wordSet("the a an he she it they we i you in on at but and however this that these those his her their our its there when while after before as if some many most officials police both one two three meanwhile also yet still so for since though although earlier later last according")

// Abbreviation classes, the sets above as bits of one map, so that the
// word before a period is looked up once.
const (
	abTitle = 1 << iota
	abNumbered
	abMonth
	abSometimesFinal
)

var abbrevs = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []struct {
		words map[string]bool
		bit   uint8
	}{{titles, abTitle}, {numbered, abNumbered}, {months, abMonth}, {sometimesFinal, abSometimesFinal}} {
		for w := range set.words {
			m[w] |= set.bit
		}
	}
	return m
}()

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// appendSentences appends the sentences of paragraph p to out.
func appendSentences(out []doc.Span, text string, p doc.Span) []doc.Span {
	start := p.Start
	i := p.Start
	stops := newStopFinder(text, p.End)
	for i < p.End {
		// Only '.', '!', '?' and '…' (E2 80 A6) can end a sentence; a
		// byte search finds them, since no other rune's encoding holds
		// these bytes at a rune start.
		if i = stops.from(i); i >= p.End {
			break
		}
		c := text[i]
		var r rune
		n := 1
		switch {
		case c == '.' || c == '!' || c == '?':
			r = rune(c)
		case c == 0xE2 && i+2 < p.End && text[i+1] == 0x80 && text[i+2] == 0xA6:
			r, n = '…', 3
		default:
			i++
			continue
		}
		// The end of the terminator run and any closing quotes or
		// brackets after it.
		j := i + n
		for j < p.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:p.End])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || closesQuote(r2) || r2 == ')' || r2 == ']' {
				j += n2
				continue
			}
			break
		}
		// Must be followed by white space, then a sentence start.
		k := j
		for k < p.End && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n') {
			k++
		}
		if k == j || k >= p.End {
			i = j
			continue
		}
		if !startsSentence(text[k:p.End]) || !isBoundary(text, start, i, r, text[k:p.End]) {
			i = j
			continue
		}
		if s, e := trimSpan(text, start, j); s < e {
			out = append(out, doc.Span{Start: s, End: e})
		}
		start = k
		i = k
	}
	if s, e := trimSpan(text, start, p.End); s < e {
		out = append(out, doc.Span{Start: s, End: e})
	}
	return out
}

// stopBytes are the bytes that can begin a sentence terminator: '.',
// '!', '?' and the first byte of '…'.
var stopBytes = [4]byte{'.', '!', '?', 0xE2}

// A stopFinder finds the stop bytes in text[:end] with strings.IndexByte,
// one search per byte value, remembering where each occurs next.
type stopFinder struct {
	text string
	end  int
	next [len(stopBytes)]int // next occurrence at or after the last query, end when none; -1 before the first search
}

func newStopFinder(text string, end int) stopFinder {
	return stopFinder{text: text, end: end, next: [len(stopBytes)]int{-1, -1, -1, -1}}
}

// from returns the index of the first stop byte at or after i, or end.
func (f *stopFinder) from(i int) int {
	best := f.end
	for k, c := range stopBytes {
		if f.next[k] < i {
			if j := strings.IndexByte(f.text[i:f.end], c); j >= 0 {
				f.next[k] = i + j
			} else {
				f.next[k] = f.end
			}
		}
		best = min(best, f.next[k])
	}
	return best
}

// startsSentence reports whether rest begins like a sentence: an upper
// case letter or digit, possibly after opening quotes or brackets.
func startsSentence(rest string) bool {
	for _, r := range rest {
		switch r {
		case '"', '“', '‘', '\'', '(', '[', '«', '¿', '¡', '—', '–', '-':
			continue
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.Is(unicode.Lo, r)
	}
	return false
}

// isBoundary decides whether the terminator at i ends a sentence, given
// the sentence start and what follows.
func isBoundary(text string, sentStart, i int, term rune, rest string) bool {
	if term != '.' {
		return true
	}
	// The word before the period, back to white space or an opening
	// bracket or quote.
	ws := i
	for ws > sentStart {
		if c := text[ws-1]; c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' || c == '(' || c == '"' || c == '[' {
				break // unicode.IsSpace for ASCII, or an opening mark
			}
			ws--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[sentStart:ws])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '‘' || r == '[' {
			break
		}
		ws -= n
	}
	word := text[ws:i]
	if word == "" {
		return true
	}
	// (the next word is read only by the rules that need it: most
	// periods end a plain word, which needs none)
	var buf, nbuf [16]byte
	lw := lowerWord(buf[:0], word)
	class := abbrevs[string(lw)]
	switch {
	case class&abTitle != 0:
		// "… by his father, Hun Sen. He is 45.": a title's letters
		// ending a name end the sentence before a typical opener
		// (not before an initial: "Democratic Rep. A. Donald McEachin")
		next := firstWord(rest)
		return len(next) > 1 && capitalisedBefore(text, sentStart, ws) && openers[string(lowerWord(nbuf[:0], next))]
	case class&abNumbered != 0 && startsWithDigit(rest):
		return false
	case class&abMonth != 0:
		// "Sept. 14" continues; "in Sept. The talks" ends.
		return !startsWithDigit(rest) && openers[string(lowerWord(nbuf[:0], firstWord(rest)))]
	case class&abSometimesFinal != 0:
		return openers[string(lowerWord(nbuf[:0], firstWord(rest)))]
	}
	// A single letter is an initial ("J. R. Tolkien"), unless a typical
	// opener follows ("Plan B. The…").
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return openers[string(lowerWord(nbuf[:0], firstWord(rest)))]
	}
	// A clock time late in a sentence ends it before a capitalised word
	// that is no day, month or zone ("attacked the home at about 1 a.m.
	// First Lady Martine Moïse was wounded"; not "at 9 a.m. Monday", "10
	// p.m. EST", nor "At 3 p.m. President Biden will speak").
	if (string(lw) == "a.m" || string(lw) == "p.m") && clockEnd(text, sentStart, ws, firstWord(rest)) && !zoneTime(rest) {
		return true
	}
	// Acronyms and abbreviations with inner periods (U.S., p.m., e.g.)
	// end a sentence only before a typical opener.
	if strings.Contains(word, ".") {
		return openers[string(lowerWord(nbuf[:0], firstWord(rest)))]
	}
	return true
}

// clockDays are the words a clock time may run on into: days, months,
// zones written as words, and parts of the day.
var clockDays = wordSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec local eastern pacific central mountain greenwich moscow beijing tokyo today tomorrow yesterday")

// clockEnd reports whether a clock time ending at ws, after a digit and
// six words or more of its sentence, ends the sentence before next: a
// capitalised word that is no day, month or zone and not all capitals.
func clockEnd(text string, sentStart, ws int, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if next == "" || !unicode.IsUpper(r) || strings.ToUpper(next) == next {
		return false
	}
	var buf [16]byte
	if clockDays[string(lowerWord(buf[:0], next))] {
		return false
	}
	b := ws
	for b > sentStart && text[b-1] == ' ' {
		b--
	}
	if b == ws || b == sentStart || text[b-1] < '0' || text[b-1] > '9' {
		return false // "1 a.m.": a number before it
	}
	return strings.Count(text[sentStart:b], " ") >= 6
}

// zoneTime reports whether rest opens with a place's clock: capitalised
// words and "time" ("Sydney time", "New York time").
func zoneTime(rest string) bool {
	for n, w := range strings.Fields(rest) {
		if n > 3 {
			return false
		}
		if w == "time" || w == "time," || w == "time." {
			return n > 0 // "time", "time," or "time." after the place
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return false
}

// lowerWord returns strings.ToLower(w) as bytes, appended to buf. An
// ASCII word is lowered into buf, so that a map lookup with
// string(lowerWord(buf[:0], w)) does not allocate when w fits in buf.
func lowerWord(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// firstWord returns the first run of letters in s after opening
// punctuation.
func firstWord(s string) string {
	st := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if st < 0 {
				st = i
			}
			continue
		}
		if st >= 0 {
			return s[st:i]
		}
		if unicode.IsSpace(r) || unicode.IsDigit(r) {
			return ""
		}
	}
	if st >= 0 {
		return s[st:]
	}
	return ""
}

// closesQuote reports whether r can close a quotation right after a
// sentence terminator: straight and curly marks, and the closing marks of
// European styles (German „…“ and ‚…‘, guillemets either way round).
func closesQuote(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '“', '‘', '»', '«', '›', '‹':
		return true
	}
	return false
}

// capitalisedBefore reports whether the word before the one starting at
// ws (after one space) is a capitalised word with no period: then a
// title abbreviation's letters at ws are the last word of a name ("Hun
// Sen."), not a title before one ("Maj. Gen. Smith", "said Sen. Smith").
func capitalisedBefore(text string, sentStart, ws int) bool {
	e := ws - 1
	if e <= sentStart || text[e] != ' ' {
		return false
	}
	b := e
	for b > sentStart && text[b-1] != ' ' && text[b-1] != '\n' {
		b--
	}
	w := text[b:e]
	if w == "" || strings.ContainsAny(w, ".,;:") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
