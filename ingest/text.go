package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/textnorm"
)

// headerKeys are the keys of "Key: value" lines that are taken as metadata
// at the top of a plain-text article even when there is only one of them.
// A block of two or more "Key: value" lines followed by a blank line is
// metadata whatever its keys.
var headerKeys = map[string]bool{
	"topic": true, "topics": true, "section": true, "category": true, "categories": true,
	"tags": true, "keywords": true, "subject": true, "desk": true, "slug": true, "type": true,
	"source": true, "publisher": true, "site": true, "outlet": true, "agency": true,
	"author": true, "authors": true, "by": true, "byline": true, "writer": true,
	"date": true, "published": true, "publication date": true, "pubdate": true, "updated": true,
	"dateline": true, "location": true, "place": true, "region": true, "country": true,
	"language": true, "lang": true, "title": true, "headline": true,
	"url": true, "link": true, "id": true,
}

// decodeText decodes undeclared bytes, turning textnorm's errors into
// ingest's so that callers can tell "skip" from "broken".
func decodeText(b []byte) (string, string, error) {
	return decoded(textnorm.Decode(b))
}

// decoded maps a textnorm decoder's result to ingest's: its empty and
// binary errors become ErrEmpty and a binaryError, and the encoding is ""
// for UTF-8 input (only a conversion is worth reporting).
func decoded(s, enc string, err error) (string, string, error) {
	switch {
	case errors.Is(err, textnorm.ErrEmpty):
		return "", "", ErrEmpty
	case errors.Is(err, textnorm.ErrBinary):
		return "", "", &binaryError{"NUL bytes or control characters"}
	case err != nil:
		return "", "", err
	}
	if enc == textnorm.EncUTF8 {
		enc = ""
	}
	return s, enc, nil
}

// parseText reads a plain-text article.
func parseText(b []byte) (*Article, error) {
	s, enc, err := decodeText(b)
	if err != nil {
		return nil, err
	}
	a := ParseText(s)
	a.Decoding = enc
	if strings.TrimSpace(a.Raw) == "" {
		if a.Title == "" {
			return nil, ErrEmpty
		}
		// A lone line: it is the text, not a title over nothing.
		a.Raw, a.Title = a.Title, ""
	}
	return a, nil
}

// ParseText splits a plain-text article into header metadata, title and
// body. Header lines ("Topic: World - Middle East") at the top go to Meta;
// well-known keys also set fields (Title/Headline, Date/Published, URL,
// Author/By, Source/Site). Then a first headline-like line (short, not
// ending in a full stop, not a dateline, followed by more text) is the
// title, and a "By NAME" line under it the author. The rest is Raw. A
// Markdown "# " before the title is dropped.
func ParseText(s string) *Article {
	a := &Article{Format: FormatText}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	rest := parseHeader(s, a)
	rest = strings.TrimLeft(rest, " \t\n\r")
	if by, t, body, ok := splitBylineDate(rest); ok {
		// "By Jane Doe | March 20, 2011" opening the text
		if a.Author == "" {
			a.Author = by
		}
		if a.Date.IsZero() {
			a.Date, a.DateSource = t, doc.DateFromMetadata
		}
		rest = strings.TrimLeft(body, " \t\n\r")
	}
	rest = dropDateLine(rest, a)
	if a.Title == "" {
		if title, body, ok := splitTitle(rest); ok {
			a.Title = title
			rest = body
			if by, t, body, ok := splitBylineDate(rest); ok {
				if a.Author == "" {
					a.Author = by
				}
				if a.Date.IsZero() {
					a.Date, a.DateSource = t, doc.DateFromMetadata
				}
				rest = body
			} else if by, body, ok := splitByline(rest); ok {
				if a.Author == "" {
					a.Author = by
				}
				rest = body
			}
			// Header lines may also sit under the headline.
			rest = parseHeader(rest, a)
			rest = dropDateLine(strings.TrimLeft(rest, " \t\n\r"), a)
		}
	}
	a.Raw = dropCorrections(cutEndMark(strings.TrimRight(strings.TrimLeft(rest, "\n"), " \t\n\r")))
	return a
}

// headerLine splits "Key: value"; ok is false when line is not one.
func headerLine(line string) (key, value string, ok bool) {
	i := strings.IndexByte(line, ':')
	if i < 1 || i > 30 || i+1 >= len(line) || line[i+1] != ' ' && line[i+1] != '\t' {
		return "", "", false
	}
	key = strings.TrimSpace(line[:i])
	value = strings.TrimSpace(line[i+1:])
	if value == "" || len(value) > 300 || len(strings.Fields(key)) > 3 {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(key)
	if !unicode.IsLetter(r) {
		return "", "", false
	}
	for _, r := range key {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '-' || r == '_') {
			return "", "", false
		}
	}
	return key, value, true
}

// parseHeader takes the "Key: value" lines at the top of s into a and
// returns the rest of s.
func parseHeader(s string, a *Article) string {
	type kv struct{ k, v string }
	var block []kv
	known := true
	i := 0 // start of the first line not in the header
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		next := len(s)
		if end < 0 {
			end = len(s)
		} else {
			end += pos
			next = end + 1
		}
		line := s[pos:end]
		if strings.TrimSpace(line) == "" {
			if len(block) > 0 {
				break
			}
			pos = next
			continue
		}
		k, v, ok := headerLine(line)
		if !ok {
			break
		}
		block = append(block, kv{k, v})
		known = known && headerKeys[strings.ToLower(k)]
		pos, i = next, next
	}
	if len(block) == 0 {
		return s
	}
	if !known {
		// Unknown keys: only a block of two or more lines followed by a
		// blank line ("Analysis: Why the talks failed" is a headline).
		rest := s[i:]
		blankAfter := strings.TrimSpace(rest) == "" || strings.TrimSpace(rest[:strings.IndexByte(rest+"\n", '\n')]) == ""
		if len(block) < 2 || !blankAfter {
			return s
		}
	}
	if a.Meta == nil {
		a.Meta = make(map[string]string, len(block))
	}
	updated := false // the date is an "Updated:" line's, which a publication date overrides
	for _, p := range block {
		a.Meta[p.k] = p.v
		switch strings.ToLower(p.k) {
		case "title", "headline":
			a.Title = p.v
		case "date", "published", "publication date", "pubdate":
			if t, ok := parseDate(p.v); ok && (a.Date.IsZero() || updated) {
				a.Date, a.DateSource, updated = t, doc.DateFromMetadata, false
			} else if !ok {
				a.Warnings = append(a.Warnings, fmt.Sprintf("header %s: %q is not a date I can read", p.k, p.v))
			}
		case "updated", "last updated", "posted", "modified":
			// "Updated: March 20, 2011, 02:15 a.m." dates an article
			// that states no publication date.
			if t, ok := parseDate(p.v); ok && a.Date.IsZero() {
				a.Date, a.DateSource, updated = t, doc.DateFromMetadata, true
			}
		case "url", "link":
			a.URL = p.v
		case "author", "authors", "by", "byline", "writer":
			a.Author = p.v
		case "source", "publisher", "site", "outlet":
			a.Site = p.v
		}
	}
	return s[i:]
}

// dropDateLine takes off s a first line that only states when the
// article appeared ("Published 14:32 GMT, 5 Aug 2024", "Last Updated:
// Aug 5, 2024 | 16:40 IST", "Mon 5 Aug 2024 16.40 BST", "August 5, 2024
// at 4:40 p.m. EDT") when more text follows: the date dates the article
// when nothing has yet, and the publication time is no time of the
// story. Other lines leave s as it is.
func dropDateLine(s string, a *Article) string {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 || strings.TrimSpace(s[nl+1:]) == "" {
		return s
	}
	line := strings.TrimRight(s[:nl], " \t\r")
	t, _, kind := datelineAt(line, 0, len(line))
	if kind != lineDate {
		return s
	}
	if a.Date.IsZero() {
		a.Date, a.DateSource = t, doc.DateFromDateline // as ParseDateline reads such a line
	}
	return strings.TrimLeft(s[nl+1:], " \t\n\r")
}

// splitTitle takes a headline-like first line off s.
func splitTitle(s string) (title, body string, ok bool) {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return "", s, false
	}
	line := strings.TrimSpace(s[:nl])
	rest := s[nl+1:]
	if strings.TrimSpace(rest) == "" {
		return "", s, false
	}
	line = strings.TrimSpace(strings.TrimLeft(line, "#"))
	if !headlineLike(line) {
		return "", s, false
	}
	// Without a blank line after it, the line may be the first line of a
	// hard-wrapped paragraph: then it must look like a headline (Title
	// Case or capitals) and be clearly shorter than the line after it.
	if !strings.HasPrefix(rest, "\n") && !strings.HasPrefix(strings.TrimLeft(rest, " \t"), "\n") {
		next := rest
		if k := strings.IndexByte(next, '\n'); k >= 0 {
			next = next[:k]
		}
		if !titleCase(line) || len(line) > len(next) && len(next) > 60 {
			return "", s, false
		}
	}
	return line, rest, true
}

// headlineLike reports whether line could be a headline.
func headlineLike(line string) bool {
	n := utf8.RuneCountInString(line)
	if n < 3 || n > 200 {
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return false
	}
	if _, _, kind := datelineAt(line, 0, len(line)); kind != lineBody && !labelledHeadline(line) || numericPublishLine(line) {
		return false
	}
	line = trimClosers(line)
	if pastSpeechColon(line) {
		return false
	}
	switch line[len(line)-1] {
	case ',', ';', ':', '-':
		return false
	case '.':
		// "… with U.S." is a headline; "… the talks." a sentence.
		f := strings.Fields(line)
		last := f[len(f)-1]
		if strings.Count(last, ".") < 2 {
			return false
		}
	}
	// A sentence with several full stops inside is body text.
	return strings.Count(line, ". ") < 2
}

// trimClosers drops the closing quote marks and brackets that end line,
// so that a sentence ending inside a quote ('… in Ankara: "We won."')
// is tested on its full stop. A line of closers only is returned whole.
func trimClosers(line string) string {
	t := strings.TrimRight(line, "\"')]”’»")
	if t == "" {
		return line
	}
	return t
}

// pastSpeechColon reports whether line introduces a quotation with a
// past-tense speech verb and a colon ('Erdogan told supporters in
// Ankara: "We won!"', 'The minister said: "Never."'): prose, since
// headlines put speech in the present tense ('Erdogan tells supporters:
// "We won"').
func pastSpeechColon(line string) bool {
	c := strings.LastIndex(line, ": ")
	if c < 0 || c+2 >= len(line) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line[c+2:]); !strings.ContainsRune("\"'“‘«", r) {
		return false
	}
	f := strings.Fields(line[:c])
	for k := len(f) - 1; k >= 0 && k >= len(f)-6; k-- {
		switch f[k] {
		case "said", "told", "added", "declared", "wrote", "announced", "insisted", "warned", "replied":
			return true
		}
	}
	return false
}

// labelledHeadline reports whether line opens with a news page's label
// and a colon or a dash ("LIVE: Rebels march on the capital", "WATCH: …",
// "EXCLUSIVE: …", "ANALYSIS - After the summit, …", the wires'
// "UPDATE 2-Rebels …"): a headline, though the label in capitals reads like
// a dateline's place ("KYIV: …", "KYIV - …").
func labelledHeadline(line string) bool {
	i := strings.IndexAny(line, ":-\u2013\u2014")
	if i < 2 || i > 16 {
		return false
	}
	label := strings.ToLower(strings.TrimRight(line[:i], " "))
	_, n := utf8.DecodeRuneInString(line[i:])
	rest := line[i+n:]
	if line[i] == ':' {
		if !strings.HasPrefix(rest, " ") {
			return false
		}
	} else if !strings.HasPrefix(rest, " ") && !upperStart(rest) {
		// "Label-Word" with no space around the dash is a hyphenated
		// word unless a capital follows ("UPDATE 2-Rebels")
		return false
	}
	if strings.TrimSpace(rest) == "" {
		return false
	}
	if w, num, ok := strings.Cut(label, " "); ok && (w == "update" || w == "refile") && num != "" && strings.Trim(num, "0123456789") == "" {
		return true // "UPDATE 3-…"
	}
	switch label {
	case "live", "live updates", "breaking", "breaking news", "watch", "update", "exclusive", "analysis",
		"explainer", "factbox", "fact check", "opinion", "video", "photos", "interview", "editorial",
		"feature", "insight", "special report", "wrapup", "preview", "column", "commentary", "timeline",
		"refile", "corrected":
		return true
	}
	return false
}

// upperStart reports whether s opens with an upper-case letter.
func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// numericPublishLine reports whether line is a "Published 04/11/2019"
// line whose all-numeric date has two readings (day or month first):
// no headline, and left in the text since no date can be read from it.
func numericPublishLine(line string) bool {
	w, j := word(line, 0)
	if !publishWords[strings.ToLower(w)] {
		return false
	}
	if j < len(line) && line[j] == ':' {
		j++
	}
	j = skipSpaces(line, j)
	a, k := number(line, j, 2)
	if a < 1 || k >= len(line) || !strings.ContainsRune("/.-", rune(line[k])) {
		return false
	}
	b, e := number(line, k+1, 2)
	return b >= 1 && e < len(line) && line[e] == line[k] && digitAt(line, e+1)
}

// titleCase reports whether most longer words of line start with a capital.
func titleCase(line string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(line) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*7
}

// splitByline takes a "By Jane Doe" line off the top of s.
func splitByline(s string) (author, body string, ok bool) {
	t := strings.TrimLeft(s, " \t\n")
	nl := strings.IndexByte(t, '\n')
	if nl < 0 {
		return "", s, false
	}
	line := strings.TrimSpace(t[:nl])
	if len(line) > 80 || !(strings.HasPrefix(line, "By ") || strings.HasPrefix(line, "BY ")) {
		return "", s, false
	}
	name := strings.TrimSpace(line[3:])
	if name == "" || strings.ContainsAny(name, ".!?\"“") && !strings.Contains(name, ". ") {
		return "", s, false
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return "", s, false
	}
	return bylineAuthors(name), t[nl+1:], true
}

// bylineSeps part a byline from the date written after it: "By Jane Doe
// | March 20, 2011", "By Jane Doe · 20 March 2011".
var bylineSeps = []string{" | ", " · ", " • ", " - ", " — ", " – ", ", "}

// splitBylineDate takes a "By NAME | DATE" line off the top of s and
// returns the name and the date. ok is false when the first line is no
// such byline.
func splitBylineDate(s string) (author string, date time.Time, body string, ok bool) {
	t := strings.TrimLeft(s, " \t\n")
	nl := strings.IndexByte(t, '\n')
	if nl < 0 {
		return "", time.Time{}, s, false
	}
	line := strings.TrimSpace(t[:nl])
	if len(line) > 120 || !(strings.HasPrefix(line, "By ") || strings.HasPrefix(line, "BY ")) {
		return "", time.Time{}, s, false
	}
	for _, sep := range bylineSeps {
		i := strings.Index(line, sep)
		if i < 0 {
			continue
		}
		name := strings.TrimSpace(line[3:i])
		rest := strings.TrimSpace(line[i+len(sep):])
		d, e, ok := parseDateAt(rest, 0)
		if !ok || !dateOnlyLine(rest, 0, 0, e) || name == "" || strings.ContainsAny(name, ".!?\"“|") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
			continue
		}
		return bylineAuthors(name), d, t[nl+1:], true
	}
	return "", time.Time{}, s, false
}
