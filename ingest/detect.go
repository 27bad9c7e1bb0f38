package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// sniffLen is how many leading bytes Detect looks at.
const sniffLen = 8 << 10

// A binaryError says why an input was taken for a binary file. It matches
// ErrBinary under errors.Is.
type binaryError struct{ why string }

func (e *binaryError) Error() string        { return "binary file (" + e.why + "), skipped" }
func (e *binaryError) Is(target error) bool { return target == ErrBinary }

// magic lists signatures of common non-text files.
var magic = []struct {
	sig  string
	what string
}{
	{"\x7fELF", "ELF executable"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\xfe\xed\xfa\xcf", "Mach-O executable"},
	{"MZ\x90\x00", "Windows executable"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "zip archive"},
	{"\x1f\x8b", "gzip data"},
	{"\x89PNG", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF8", "GIF image"},
	{"SQLite format 3\x00", "SQLite database"},
}

// Detect returns the format of an input from its first bytes (up to 8 KB
// is enough): FormatJSONFeed, FormatJSONL, FormatRSS, FormatAtom,
// FormatHTML or FormatText. It returns an error matching ErrEmpty for
// blank input, ErrBinary for binary data (NUL bytes, executables, images,
// archives) and ErrNotArticle for XML or JSON documents that are not
// article containers.
func Detect(prefix []byte) (string, error) {
	if len(prefix) > sniffLen {
		prefix = prefix[:sniffLen]
	}
	for _, m := range magic {
		if bytes.HasPrefix(prefix, []byte(m.sig)) {
			return "", &binaryError{m.what}
		}
	}
	if bytes.IndexByte(prefix, 0) >= 0 {
		return "", &binaryError{"NUL bytes"}
	}
	ctl := 0
	for _, c := range prefix {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	if ctl > 0 && ctl*20 > len(prefix) {
		return "", &binaryError{"control characters"}
	}
	p := bytes.TrimPrefix(prefix, []byte("\xef\xbb\xbf"))
	p = bytes.TrimLeft(p, " \t\r\n\f\v")
	if len(p) == 0 {
		return "", ErrEmpty
	}
	switch p[0] {
	case '{':
		return detectJSON(p)
	case '[':
		return "", fmt.Errorf("%w: a JSON array (JSON Lines wants one object per line)", ErrNotArticle)
	case '<':
		return detectMarkup(p)
	}
	if tabular(p) {
		return "", fmt.Errorf("%w: tabular data (CSV or TSV)", ErrNotArticle)
	}
	return FormatText, nil
}

// tabular reports whether text starts like a table: at least five lines,
// each with the same number (two or more) of tabs, or of commas or
// semicolons outside quotes, and no blank line among them.
func tabular(p []byte) bool {
	lines := bytes.SplitN(p, []byte("\n"), 12)
	if len(lines) < 6 {
		return false
	}
	lines = lines[:len(lines)-1] // the last may be cut by the sniff
	for _, sep := range []byte{'\t', ',', ';'} {
		want := -1
		ok := true
		for _, l := range lines {
			n := fieldSeps(l, sep)
			if want < 0 {
				want = n
			}
			if n != want || n < 2 || len(bytes.TrimSpace(l)) == 0 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// fieldSeps counts sep in line outside double quotes.
func fieldSeps(line []byte, sep byte) int {
	n, quoted := 0, false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case c == sep && !quoted:
			n++
		}
	}
	return n
}

// detectJSON tells a JSON Feed from JSON Lines; p starts with '{'.
func detectJSON(p []byte) (string, error) {
	if bytes.Contains(p, []byte("jsonfeed.org/version")) {
		return FormatJSONFeed, nil
	}
	line := p
	if i := bytes.IndexByte(p, '\n'); i >= 0 {
		line = p[:i]
	} else if len(p) >= sniffLen-4 {
		return FormatJSONL, nil // one long first line: judge it when reading
	}
	line = bytes.TrimSpace(line)
	if !json.Valid(line) {
		// A pretty-printed document opens with "{" alone or a line
		// ending in an opener or a comma; a damaged record does not.
		if len(line) <= 1 || bytes.HasSuffix(line, []byte("{")) || bytes.HasSuffix(line, []byte("[")) || bytes.HasSuffix(line, []byte(",")) {
			return "", fmt.Errorf("%w: a JSON document that is neither a JSON Feed nor JSON Lines", ErrNotArticle)
		}
		return FormatJSONL, nil // let the reader report the bad line
	}
	var rec map[string]json.RawMessage
	if json.Unmarshal(line, &rec) == nil {
		_, text := rec["text"]
		_, html := rec["html"]
		if !text && !html {
			return "", fmt.Errorf("%w: JSON records without a \"text\" or \"html\" field", ErrNotArticle)
		}
	}
	return FormatJSONL, nil
}

// htmlTags are element names whose presence at the top marks HTML.
var htmlTags = []string{"html", "head", "body", "meta", "title", "p", "div", "article", "section", "main", "header", "h1", "h2", "link", "script", "style", "span", "table"}

// detectMarkup tells feeds from HTML; p starts with '<'.
func detectMarkup(p []byte) (string, error) {
	rest := p
	for len(rest) > 0 {
		rest = bytes.TrimLeft(rest, " \t\r\n\f\v")
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			i := bytes.Index(rest, []byte("?>"))
			if i < 0 {
				return "", fmt.Errorf("%w: unterminated XML declaration", ErrNotArticle)
			}
			rest = rest[i+2:]
			continue
		case bytes.HasPrefix(rest, []byte("<!--")):
			i := bytes.Index(rest, []byte("-->"))
			if i < 0 {
				return FormatHTML, nil // comment longer than the sniff
			}
			rest = rest[i+3:]
			continue
		case bytes.HasPrefix(rest, []byte("<!")):
			if bytes.HasPrefix(bytes.ToLower(rest), []byte("<!doctype html")) {
				return FormatHTML, nil
			}
			i := bytes.IndexByte(rest, '>')
			if i < 0 {
				return "", fmt.Errorf("%w: unterminated declaration", ErrNotArticle)
			}
			rest = rest[i+1:]
			continue
		}
		break
	}
	if len(rest) < 2 || rest[0] != '<' {
		return FormatText, nil
	}
	end := 1
	for end < len(rest) && !strings.ContainsRune(" \t\r\n/>", rune(rest[end])) {
		end++
	}
	name := strings.ToLower(string(rest[1:end]))
	switch name {
	case "rss", "rdf:rdf":
		return FormatRSS, nil
	case "feed":
		return FormatAtom, nil
	}
	if slices.Contains(htmlTags, name) {
		return FormatHTML, nil
	}
	low := bytes.ToLower(p)
	if bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<body")) || bytes.Contains(low, []byte("<p>")) {
		return FormatHTML, nil
	}
	return "", fmt.Errorf("%w: an XML document (<%s>) that is not a feed", ErrNotArticle, name)
}

// checkFormat validates an Options.Format value; "" and "auto" mean detect.
func checkFormat(f string) (string, error) {
	f = strings.ToLower(strings.TrimSpace(f))
	switch f {
	case "", "auto":
		return "", nil
	case "text", "plain":
		return FormatText, nil
	case "json-feed":
		return FormatJSONFeed, nil
	case "ndjson":
		return FormatJSONL, nil
	case "htm":
		return FormatHTML, nil
	}
	if slices.Contains(Formats, f) {
		return f, nil
	}
	return "", fmt.Errorf("%w %q (want one of %s, or auto)", ErrUnknownFormat, f, strings.Join(Formats, ", "))
}

// CheckFormat reports whether name is a valid Options.Format value,
// returning an error matching ErrUnknownFormat that lists the valid names
// when it is not.
func CheckFormat(name string) error {
	_, err := checkFormat(name)
	return err
}
