// Package segment splits normalised article text into paragraphs,
// sentences and tokens, all as byte spans into the text.
//
// Sentence splitting is rule-based and tuned for news: it knows titles
// (Gen., Dr., Sen.), month abbreviations (Sept.), initials (J. R.),
// acronyms with periods (U.S., p.m.) and closing quotes after the final
// mark, and no sentence ever spans a paragraph break. It runs at well over
// 50 MB/s on one core.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// Stage is the segment pipeline stage.
type Stage struct{}

// New returns the segment stage.
func New() Stage { return Stage{} }

func (Stage) Name() string          { return "segment" }
func (Stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerText} }
func (Stage) Provides() []doc.Layer {
	return []doc.Layer{doc.LayerParagraphs, doc.LayerSentences, doc.LayerTokens}
}

// Process fills d.Paragraphs, d.Sentences and d.Tokens.
func (Stage) Process(d *doc.Doc) error {
	d.Paragraphs = Paragraphs(d.Text)
	if cap(d.Sentences) == 0 && len(d.Paragraphs) > 0 {
		// room for the sentences of news (one every 100 to 150 bytes,
		// at least one a paragraph), so that appending seldom grows it
		d.Sentences = make([]doc.Span, 0, len(d.Text)/100+len(d.Paragraphs))
	}
	d.Sentences = d.Sentences[:0]
	for _, p := range d.Paragraphs {
		d.Sentences = appendSentences(d.Sentences, d.Text, p)
	}
	if cap(d.Tokens) == 0 {
		d.Tokens = make([]doc.Token, 0, len(d.Text)/5+1) // ~5 bytes a token in English news
	}
	d.Tokens = AppendTokens(d.Tokens[:0], d.Text, doc.Span{Start: 0, End: len(d.Text)})
	d.Fill(doc.LayerParagraphs)
	d.Fill(doc.LayerSentences)
	d.Fill(doc.LayerTokens)
	return nil
}

// Paragraphs returns the paragraphs of text, trimmed of surrounding
// space. A blank line always ends a paragraph. A single line break ends
// one too, unless the text looks hard-wrapped there: the line does not end
// a sentence and the next line starts in lower case.
func Paragraphs(text string) []doc.Span {
	// room for a paragraph every other line break (a blank line between
	// paragraphs), so that appending seldom grows out
	out := make([]doc.Span, 0, strings.Count(text, "\n")/2+1)
	start := -1 // start of the current paragraph, -1 when between paragraphs
	lineStart := 0
	for lineStart <= len(text) {
		end := indexByteFrom(text, '\n', lineStart)
		if end < 0 {
			end = len(text)
		}
		ls, le := trimSpan(text, lineStart, end)
		if ls == le { // blank line
			if start >= 0 {
				out = appendTrimmed(out, text, start, lineStart)
				start = -1
			}
		} else {
			if start >= 0 && !continues(text[start:lineStart], text[ls:le]) {
				out = appendTrimmed(out, text, start, lineStart)
				start = -1
			}
			if start < 0 {
				start = ls
			}
		}
		if end == len(text) {
			break
		}
		lineStart = end + 1
	}
	if start >= 0 {
		out = appendTrimmed(out, text, start, len(text))
	}
	if len(out) == 0 {
		return nil // no paragraph: nil, as before the preallocation
	}
	return out
}

// continues reports whether next continues the paragraph prev (a
// hard-wrapped line) rather than starting a new one.
func continues(prev, next string) bool {
	_, pe := trimSpan(prev, 0, len(prev))
	if pe == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev[:pe])
	switch last {
	case '.', '!', '?', ':', ')', ']', '…':
		return false
	}
	if closesQuote(last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsUpper(first) && labelLine(next) {
		return false // "Tel: +62 21 …", "Email: …", "Q: …" under a long line
	}
	return unicode.IsLower(first) || (pe > 50 && (unicode.IsLetter(first) || unicode.IsDigit(first)))
}

// labelLine reports whether line opens with one short word and a colon
// then a space ("Tel: +62 21 3441508", "Email: press@…", "Q: Why
// now?"): a field of a contact block or a turn of an interview, which
// starts a line of its own however long the line before it is.
func labelLine(line string) bool {
	for i := 0; i < len(line) && i <= 12; i++ {
		c := line[i]
		switch {
		case c == ':':
			return i > 0 && i+1 < len(line) && line[i+1] == ' '
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return false
}

func appendTrimmed(out []doc.Span, text string, s, e int) []doc.Span {
	s, e = trimSpan(text, s, e)
	if s < e {
		out = append(out, doc.Span{Start: s, End: e})
	}
	return out
}

func indexByteFrom(s string, c byte, from int) int {
	if from >= len(s) {
		return -1
	}
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// trimSpan narrows [s,e) to exclude leading and trailing white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			s++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if unicode.IsSpace(r) {
				s += n
				continue
			}
		}
		break
	}
	for e > s {
		c := text[e-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			e--
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if unicode.IsSpace(r) {
				e -= n
				continue
			}
		}
		break
	}
	return s, e
}
