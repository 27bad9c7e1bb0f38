package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// A jsonlRecord is one JSON Lines article. Either Text or HTML is
// required; the rest is optional.
type jsonlRecord struct {
	ID     any               `json:"id"` // string or number
	Text   string            `json:"text"`
	HTML   string            `json:"html"`
	URL    string            `json:"url"`
	Title  string            `json:"title"`
	Date   string            `json:"date"`
	Author string            `json:"author"`
	Site   string            `json:"site"`
	Meta   map[string]string `json:"meta"`
}

// jsonl reads one article per line; a bad line is reported with its line
// number and the other lines go on.
func (r *reader) jsonl(name string, br *bufio.Reader) error {
	for lineNo := 1; ; lineNo++ {
		line, err := readLine(br, r.max)
		if errors.Is(err, ErrTooLarge) {
			r.fail(&Error{Path: name, Line: lineNo, Err: err}, false)
			continue
		}
		if err != nil && err != io.EOF {
			r.fail(inputError(name, lineNo, err), false)
			return nil
		}
		if len(bytes.TrimSpace(line)) > 0 {
			a, perr := parseJSONLRecord(line)
			if perr != nil {
				r.fail(&Error{Path: name, Line: lineNo, Err: perr}, false)
			} else {
				a.Source = jsonlSource(name, lineNo, a)
				if serr := r.emit(a); serr != nil {
					return serr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line (without its newline) of at most max bytes. A
// longer line is skipped to its end and reported as ErrTooLarge. At the
// end of the input it returns the last line with io.EOF.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	over := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !over {
			if int64(len(line)+len(chunk)) > max+1 {
				over, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == nil:
			if over {
				return nil, tooLarge(max)
			}
			return bytes.TrimSuffix(line, []byte("\n")), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			if over {
				return nil, tooLarge(max)
			}
			return line, err
		}
	}
}

// parseJSONLRecord turns one JSON Lines record into an article.
func parseJSONLRecord(line []byte) (*Article, error) {
	// A line that is not UTF-8 is decoded as a whole (its JSON syntax is
	// ASCII in every encoding the decoder accepts), and the decoding is
	// recorded so that the article reports it like a text file would.
	enc := ""
	if !utf8.Valid(line) {
		s, e, err := decodeText(line)
		if err != nil {
			return nil, err
		}
		line, enc = []byte(s), e
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("bad JSON: %v", jsonErrorText(err))
	}
	a := &Article{Format: FormatJSONL, URL: strings.TrimSpace(rec.URL), Author: rec.Author, Site: rec.Site, Decoding: enc}
	switch {
	case strings.TrimSpace(rec.Text) != "":
		if strings.TrimSpace(rec.Title) == "" {
			p := ParseText(rec.Text)
			a.Title, a.Raw, a.Meta = p.Title, p.Raw, p.Meta
			a.Date, a.DateSource, a.Warnings = p.Date, p.DateSource, p.Warnings
			if a.Author == "" {
				a.Author = p.Author
			}
		} else {
			a.Raw = strings.TrimSpace(strings.ReplaceAll(rec.Text, "\r\n", "\n"))
		}
	case strings.TrimSpace(rec.HTML) != "":
		if looksLikePage(rec.HTML) {
			h, err := articleFromHTML(rec.HTML)
			if err != nil {
				return nil, err
			}
			a.Raw, a.Title, a.Meta, a.Date, a.DateSource = h.Raw, h.Title, h.Meta, h.Date, h.DateSource
			if a.URL == "" {
				a.URL = h.URL
			}
			if a.Author == "" {
				a.Author = h.Author
			}
			if a.Site == "" {
				a.Site = h.Site
			}
		} else {
			a.Raw = htmlFragmentText(rec.HTML)
		}
	case bytes.Contains(line, []byte(`"text"`)) || bytes.Contains(line, []byte(`"html"`)):
		return nil, errors.New(`record has an empty "text" or "html"`)
	default:
		return nil, errors.New(`record has neither "text" nor "html"`)
	}
	if strings.TrimSpace(a.Raw) == "" {
		return nil, errors.New("record has no article text")
	}
	if t := strings.TrimSpace(rec.Title); t != "" {
		a.Title = t
	}
	if len(rec.Meta) > 0 && a.Meta == nil {
		a.Meta = map[string]string{}
	}
	for k, v := range rec.Meta {
		a.Meta[k] = v
	}
	if id := idString(rec.ID); id != "" {
		if a.Meta == nil {
			a.Meta = map[string]string{}
		}
		a.Meta["id"] = id
	}
	if rec.Date != "" {
		if t, ok := parseDate(rec.Date); ok {
			a.Date, a.DateSource = t, doc.DateFromMetadata
		} else {
			a.Warnings = append(a.Warnings, fmt.Sprintf("date %q is not a date I can read; ignored", rec.Date))
		}
	}
	return a, nil
}

// jsonErrorText shortens encoding/json's messages to one line.
func jsonErrorText(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		return "unexpected end of line"
	}
	return err.Error()
}

func idString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// jsonlSource names a JSON Lines article: its URL, else path#id, else
// path:line.
func jsonlSource(name string, line int, a *Article) string {
	switch {
	case a.URL != "":
		return a.URL
	case a.Meta["id"] != "":
		return name + "#" + a.Meta["id"]
	}
	return name + ":" + strconv.Itoa(line)
}
