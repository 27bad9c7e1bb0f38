package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// datelineWindow is how far into the text datelines are looked for.
const datelineWindow = 600

// ParseDateline finds the article date in the dateline at the start of a
// (normalised) text and returns it as a UTC day with the span of the date
// expression in text. It recognises
//
//	BEIJING, March 10, 2023 - …
//	SHARM EL-SHEIKH, Egypt, Sept 14, 2021 — …
//	Aug 1, 2024 (Reuters) - …
//	LONDON, 3 May 2022 (AFP) – …
//	NAIROBI, Kenya (AP) — March 3, 2025 — …
//
// with any of -, --, – and — (or a colon) after it, in the first few lines
// of the text. A dateline that names only the place ("WASHINGTON (AP) — ")
// takes its date from a line of the header above it ("March 3, 2022",
// "Published Thursday, March 3, 2022"), as does a text whose first line is
// a date on its own. Dates without a year ("BEIJING, March 10 (Reuters)")
// are not resolved. ok is false when no date was found.
func ParseDateline(text string) (date time.Time, span doc.Span, ok bool) {
	head := text
	if len(head) > datelineWindow {
		head = head[:datelineWindow]
	}
	var headerDate time.Time
	var headerSpan doc.Span
	haveHeader := false
	lines := 0
	for i := 0; i < len(head) && lines < 6; {
		end := strings.IndexByte(head[i:], '\n')
		if end < 0 {
			end = len(head)
		} else {
			end += i
		}
		line := head[i:end]
		if strings.TrimSpace(line) != "" {
			lines++
			d, sp, kind := datelineAt(text, i, end)
			switch kind {
			case lineDateline:
				return d, sp, true
			case linePlaceOnly:
				if haveHeader {
					return headerDate, headerSpan, true
				}
				// "WASHINGTON (Reuters) - …" with the date on a
				// "Published …" line at the foot of the article
				return publishedLine(text)
			case lineDate:
				if !haveHeader {
					headerDate, headerSpan, haveHeader = d, sp, true
				}
			case lineBody:
				// A long body line ends the header; a date line seen
				// above it still counts.
				if haveHeader {
					return headerDate, headerSpan, true
				}
				if end-i > 120 {
					return time.Time{}, doc.Span{}, false
				}
			}
		}
		i = end + 1
	}
	if haveHeader {
		return headerDate, headerSpan, true
	}
	return time.Time{}, doc.Span{}, false
}

// publishedLine finds the article date on a short line of its own that
// opens with "Published", "Updated", "Posted" or "First published"
// within the first few kilobytes or the last few hundred bytes of text
// ("Published January 10, 2025" at the foot of a wire story whose
// dateline names only the place).
func publishedLine(text string) (time.Time, doc.Span, bool) {
	scan := func(from, to int) (time.Time, doc.Span, bool) {
		for i := from; i < to; {
			end := strings.IndexByte(text[i:to], '\n')
			if end < 0 {
				end = to
			} else {
				end += i
			}
			k := skipSpaces(text[:end], i)
			if w, _ := word(text, k); publishWords[strings.ToLower(w)] {
				if t, sp, kind := dateInShortLine(text[:end], k); kind == lineDate {
					return t, sp, true
				}
			}
			i = end + 1
		}
		return time.Time{}, doc.Span{}, false
	}
	head := min(len(text), 4096)
	if t, sp, ok := scan(0, head); ok {
		return t, sp, true
	}
	tail := len(text) - 600
	if tail <= head {
		return time.Time{}, doc.Span{}, false
	}
	j := strings.IndexByte(text[tail:], '\n') // start at a line
	if j < 0 {
		return time.Time{}, doc.Span{}, false
	}
	return scan(tail+j+1, len(text))
}

// publishWords open a line that states when an article appeared.
var publishWords = map[string]bool{"published": true, "updated": true, "posted": true, "first": true}

// Kinds of header lines.
const (
	lineBody      = iota // anything else
	lineDateline         // a dateline with a date
	linePlaceOnly        // a dateline without a date: "WASHINGTON (AP) —"
	lineDate             // a line that is a date, perhaps with a word or two
)

// datelineAt classifies the line text[i:end].
func datelineAt(text string, i, end int) (time.Time, doc.Span, int) {
	line := text[:end]
	i = skipSpaces(line, i)
	// "Aug 1, 2024 (Reuters) -": a date first.
	if t, e, ok := parseDateAt(line, i); ok {
		sp := doc.Span{Start: i, End: e}
		if k := afterDate(line, e); k >= 0 {
			return t, sp, lineDateline
		}
		if dateOnlyLine(line, i, i, e) {
			return t, sp, lineDate
		}
		return time.Time{}, doc.Span{}, lineBody
	}
	// PLACE[, Region…][, DATE] [(AGENCY)] DASH
	j, caps, ok := placeAt(line, i)
	if !ok {
		return dateInShortLine(line, i)
	}
	// "BRUSSELS/LONDON, Oct 17 (Reuters) -": places filed from jointly
	for n := 0; n < 3 && j < len(line) && line[j] == '/'; n++ {
		e, c2, ok := placeAt(line, j+1)
		if !ok || !c2 {
			break
		}
		j = e
	}
	for seg := 0; seg < 3; seg++ {
		k := skipSpaces(line, j)
		if k >= len(line) || line[k] != ',' {
			break
		}
		k = skipSpaces(line, k+1)
		if t, e, ok := parseDateAt(line, k); ok {
			if afterDate(line, e) >= 0 || lineEndsAt(line, e) {
				// "BAKU, 23 April 2023" alone on its line, perhaps with a
				// note in parentheses ("(Translated from Russian)")
				return t, doc.Span{Start: k, End: e}, lineDateline
			}
			return dateInShortLine(line, i)
		}
		e, _, ok := placeAt(line, k)
		if !ok {
			return time.Time{}, doc.Span{}, lineBody
		}
		j = e
	}
	// "DOHA, Qatar (June 10, 2017) -- …": the date in parentheses after
	// the place
	if k := skipSpaces(line, j); k < len(line) && line[k] == '(' {
		if t, e, ok := parseDateAt(line, skipSpaces(line, k+1)); ok {
			if c := skipSpaces(line, e); c < len(line) && line[c] == ')' && (afterDate(line, c+1) >= 0 || lineEndsAt(line, c+1)) {
				return t, doc.Span{Start: skipSpaces(line, k+1), End: e}, lineDateline
			}
		}
	}
	if k := afterDate(line, j); caps && k >= 0 {
		// "NAIROBI, Kenya (AP) — March 3, 2025" (then the body, on
		// this line after another dash or on the next)
		k = skipSpaces(line, k)
		if t, e, ok := parseDateAt(line, k); ok && (strings.TrimSpace(line[e:]) == "" || afterDate(line, e) >= 0) {
			return t, doc.Span{Start: k, End: e}, lineDateline
		}
		if t, sp, kind := dateInShortLine(line, k); kind == lineDate {
			return t, sp, lineDateline // "BELGRADE — Updated 14:20 GMT, 26 Sept 2023"
		}
		return time.Time{}, doc.Span{}, linePlaceOnly
	}
	return dateInShortLine(line, i)
}

// lineEndsAt reports whether nothing but spaces, or one note in
// parentheses, follows offset e on the line.
func lineEndsAt(line string, e int) bool {
	rest := strings.TrimSpace(line[e:])
	return rest == "" || len(rest) <= 40 && rest[0] == '(' && strings.IndexByte(rest, ')') == len(rest)-1
}

// dateInShortLine finds a date inside a short header line such as
// "Published Thursday, March 3, 2022 10:00 GMT".
func dateInShortLine(line string, i int) (time.Time, doc.Span, int) {
	if len(line)-i > 80 {
		return time.Time{}, doc.Span{}, lineBody
	}
	words := 0
	for k := i; k < len(line); k++ {
		if k == i || line[k-1] == ' ' {
			words++
			if t, e, ok := parseDateAt(line, k); ok && dateOnlyLine(line, i, k, e) && words <= 4 {
				return t, doc.Span{Start: k, End: e}, lineDate
			}
		}
	}
	return time.Time{}, doc.Span{}, lineBody
}

// dateOnlyLine reports whether the line starting at start holds, around a
// date at [s,e), little else: a time of day or zone, a word like
// "Updated", at most 4 words.
func dateOnlyLine(line string, start, s, e int) bool {
	rest := strings.TrimSpace(line[e:])
	if len(rest) > 30 || strings.ContainsAny(rest, ".!?\"“”") && !strings.Contains(rest, "a.m.") && !strings.Contains(rest, "p.m.") && !dottedTime(rest) {
		return false
	}
	return wordCount(line[start:s])+wordCount(rest) <= 4
}

// wordCount counts the words of s, not counting the marks that stand
// alone between them ("," in "Dec. 16, 2021 , 4:35 p.m.", "|", "·").
func wordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// afterDate checks for the end of a dateline after a date or place at
// line[i:]: an optional agency in parentheses or slashes, then a dash or
// colon. An agency may also be set off by full stops, as TASS and EFE
// write it ("MOSCOW, April 20, 2024. /TASS/. …", "(EFE).- …"). It
// returns the offset after the dash, or -1.
func afterDate(line string, i int) int {
	i = skipSpaces(line, i)
	if i+1 < len(line) && line[i] == '.' && line[i+1] == ' ' {
		if k := skipSpaces(line, i+1); k < len(line) && line[k] == '/' {
			i = k // ". /TASS/"
		}
	}
	if i < len(line) && (line[i] == '(' || line[i] == '/') {
		closer := byte(')')
		if line[i] == '/' {
			closer = '/'
		}
		k := strings.IndexByte(line[i+1:], closer)
		if k < 0 || k > 40 {
			return -1
		}
		i = skipSpaces(line, i+1+k+1)
		if i < len(line) && line[i] == '.' {
			if i+1 == len(line) || line[i+1] == ' ' {
				return i + 1 // "/TASS/. Russia's …"
			}
			i++ // "(EFE).- …"
		}
	}
	for _, d := range []string{"--", "-", "—", "–", "―", ":", "_"} {
		if strings.HasPrefix(line[i:], d) {
			k := i + len(d)
			// A colon or an underscore (old AP wires: "(AP) _") must
			// be followed by a space or the end of the line.
			if (d == ":" || d == "_") && k < len(line) && line[k] != ' ' {
				return -1
			}
			return k
		}
	}
	return -1
}

// placeAt scans a place name at line[i:]: words of letters (with . - '
// inside), either ALL CAPS or Title Case ("el", "al", "de", "of" may be
// lower case), up to 48 bytes, ended by a comma, parenthesis or dash. It
// returns the end of the name and whether it is in capitals.
func placeAt(line string, i int) (end int, caps, ok bool) {
	upper, lower := 0, 0
	j := i
	wordStart := true
	titleOK := true
	for j < len(line) && j-i <= 48 {
		r, n := utf8.DecodeRuneInString(line[j:])
		switch {
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
				if wordStart && !lowerPlaceWord(line[j:]) {
					titleOK = false
				}
			}
			wordStart = false
		case r == ' ':
			wordStart = true
		case r == '.' || r == '\'' || r == '’' || r == '-' && j+1 < len(line) && line[j+1] != ' ' && line[j+1] != '-':
			if r == '-' {
				wordStart = true
			}
		default:
			goto done
		}
		j += n
	}
done:
	name := strings.TrimRight(line[i:j], " ")
	end = i + len(name)
	if upper == 0 || len(name) < 2 {
		return i, false, false
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return i, false, false
	}
	caps = lower == 0 && upper >= 2
	return end, caps, caps || titleOK
}

// lowerPlaceWord reports whether s starts with a particle that may be lower
// case inside a place name.
func lowerPlaceWord(s string) bool {
	for _, p := range []string{"el ", "al ", "al-", "el-", "de ", "da ", "do ", "of ", "la ", "le ", "es ", "an "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// DatelineStage is the pipeline stage that settles the article date. It
// requires doc.LayerText and provides doc.LayerDate. A date already set
// (by --date, HTML metadata, a feed or JSON Lines record) is kept; when
// there is none it looks for a dateline with ParseDateline, then for a
// date in the article's URL path with URLDate (DateSource "url"), then
// for one in its file's name with FileNameDate (DateSource "filename");
// failing that it leaves the date zero with DateSource "none".
type DatelineStage struct{}

func (DatelineStage) Name() string          { return "dateline" }
func (DatelineStage) Requires() []doc.Layer { return []doc.Layer{doc.LayerText} }
func (DatelineStage) Provides() []doc.Layer { return []doc.Layer{doc.LayerDate} }
func (DatelineStage) Process(d *doc.Doc) error {
	defer d.Fill(doc.LayerDate)
	if d.HasDate() {
		if d.DateSource == "" || d.DateSource == doc.DateFromNone {
			d.DateSource = doc.DateFromMetadata
		}
		return nil
	}
	if t, _, ok := ParseDateline(d.Text); ok {
		d.Date, d.DateSource = t, doc.DateFromDateline
		return nil
	}
	// the weakest source: "https://example.com/world/2023/08/30/…"
	if t, ok := URLDate(d.URL); ok {
		d.Date, d.DateSource = t, DateFromURL
		return nil
	}
	// "nyt_2016-09-08_obama-on-climate.txt"
	if t, ok := FileNameDate(d.Source); ok {
		d.Date, d.DateSource = t, DateFromFileName
		return nil
	}
	d.Date, d.DateSource = time.Time{}, doc.DateFromNone
	return nil
}

// dottedTime reports whether rest, what follows a date on its line,
// opens with a time of day written with a full stop ("02.15 GMT", as in
// "Sun 20 Mar 2011 02.15 GMT") and has no other full stop.
func dottedTime(rest string) bool {
	h, j := number(rest, 0, 2)
	if h < 0 || h > 23 || j >= len(rest) || rest[j] != '.' {
		return false
	}
	m, k := number(rest, j+1, 2)
	if m < 0 || m > 59 || k-j-1 != 2 {
		return false
	}
	return !strings.ContainsAny(rest[k:], ".!?\"“”")
}
