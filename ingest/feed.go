package ingest

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"

	"github.com/sitrep-project/sitrep/doc"
)

// A recorder hands bytes to an xml.Decoder one at a time and keeps those
// from a mark onwards, so that the raw text of one feed item can be cut
// out of the stream and parsed on its own. At most limit bytes are kept;
// past that, over is set and recording stops until the next mark.
type recorder struct {
	r     *bufio.Reader
	total int64  // bytes read so far
	start int64  // absolute offset of buf[0]
	buf   []byte // bytes from start to total, unless over
	limit int
	over  bool
}

func (rc *recorder) ReadByte() (byte, error) {
	c, err := rc.r.ReadByte()
	if err != nil {
		return c, err
	}
	rc.total++
	if !rc.over {
		if len(rc.buf) >= rc.limit {
			rc.over, rc.buf = true, rc.buf[:0]
		} else {
			rc.buf = append(rc.buf, c)
		}
	}
	return c, nil
}

func (rc *recorder) Read(p []byte) (int, error) {
	for i := range p {
		c, err := rc.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = c
	}
	return len(p), nil
}

// mark drops what was recorded before absolute offset off and starts
// recording afresh from there.
func (rc *recorder) mark(off int64) {
	if rc.over || off < rc.start || off > rc.total {
		rc.buf = rc.buf[:0]
		rc.start = rc.total
		rc.over = false
		return
	}
	n := copy(rc.buf, rc.buf[off-rc.start:])
	rc.buf = rc.buf[:n]
	rc.start = off
}

// slice returns the recorded bytes [from,to), or nil when they were not
// kept.
func (rc *recorder) slice(from, to int64) []byte {
	if rc.over || from < rc.start || to > rc.total || from > to {
		return nil
	}
	return rc.buf[from-rc.start : to-rc.start]
}

// startTag returns the raw start tag <…> of an element whose text begins
// at the start of b.
func startTag(b []byte) []byte {
	if i := bytes.IndexByte(b, '>'); i >= 0 {
		return bytes.Clone(b[:i+1])
	}
	return nil
}

// tagName returns the qualified name in a raw start tag.
func tagName(tag []byte) string {
	t := bytes.TrimPrefix(tag, []byte("<"))
	end := bytes.IndexAny(t, " \t\r\n/>")
	if end < 0 {
		return string(t)
	}
	return string(t[:end])
}

// xmlFeed streams an RSS or Atom feed item by item. Each item is cut out
// of the stream, wrapped in the feed's root (and channel) start tags so
// that namespace prefixes resolve, and parsed by gofeed. Damage (a syntax
// error, a truncated file) ends the feed; the items before it are kept
// and the damage is reported with its line.
func (r *reader) xmlFeed(name string, br *bufio.Reader, format string) error {
	in := br
	prefix, _ := br.Peek(1024)
	if cs := declaredCharset(prefix); cs != "" && cs != "utf-8" && cs != "utf8" {
		e, _ := charset.Lookup(cs)
		if e == nil {
			r.fail(&Error{Path: name, Err: fmt.Errorf("unknown charset %q", cs)}, false)
			return nil
		}
		in = bufio.NewReaderSize(e.NewDecoder().Reader(br), 64<<10)
	}
	rec := &recorder{r: in, limit: int(min(r.max, 1<<30)) + 1}
	dec := xml.NewDecoder(rec)
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil } // already UTF-8

	var (
		stack      []string // local names of open elements
		rootTag    []byte
		channelTag []byte
		site       string
		items      int
		itemStart  int64
		itemLine   int
		itemDepth  = -1
		parser     = gofeed.NewParser()
	)
	for {
		off := dec.InputOffset()
		if itemDepth < 0 {
			rec.mark(off)
		}
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if err == io.EOF {
			if items == 0 {
				r.fail(&Error{Path: name, Err: fmt.Errorf("%w: feed without items", ErrNoArticles)}, false)
			}
			return nil
		}
		if err != nil {
			var se *xml.SyntaxError
			errLine := line
			msg := err.Error()
			if errors.As(err, &se) {
				errLine, msg = se.Line, se.Msg
			}
			if itemDepth >= 0 {
				msg = fmt.Sprintf("feed damaged inside item %d: %s", items+1, msg)
			} else {
				msg = "feed damaged: " + msg
			}
			if items > 0 {
				msg += " (" + itemsRead(items) + ")"
			}
			r.fail(&Error{Path: name, Line: errLine, Err: errors.New(msg)}, false)
			return nil
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth := len(stack)
			stack = append(stack, t.Name.Local)
			switch {
			case depth == 0:
				rootTag = startTag(rec.slice(off, dec.InputOffset()))
			case depth == 1 && t.Name.Local == "channel":
				channelTag = startTag(rec.slice(off, dec.InputOffset()))
			case itemDepth < 0 && (t.Name.Local == "item" || t.Name.Local == "entry"):
				itemDepth, itemStart, itemLine = depth, off, line
			case itemDepth < 0 && t.Name.Local == "title" && site == "" && (stack[depth-1] == "channel" || stack[depth-1] == "feed"):
				var s string
				if err := dec.DecodeElement(&s, &t); err == nil {
					site = strings.TrimSpace(htmlFragmentText(s))
				}
				stack = stack[:depth]
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if len(stack) != itemDepth {
				continue
			}
			itemDepth = -1
			items++
			raw := rec.slice(itemStart, dec.InputOffset())
			if raw == nil {
				r.fail(&Error{Path: name, Line: itemLine, Err: fmt.Errorf("item %d: %w", items, tooLarge(r.max))}, false)
				continue
			}
			a, err := feedItem(parser, wrapItem(rootTag, channelTag, raw), format)
			if err != nil {
				r.fail(&Error{Path: name, Line: itemLine, Err: fmt.Errorf("item %d: %w", items, err)}, false)
				continue
			}
			r.finishItem(a, name, items, site)
			if err := r.emit(a); err != nil {
				return err
			}
		}
	}
}

// wrapItem rebuilds a one-item feed from the raw start tags and item.
func wrapItem(rootTag, channelTag, item []byte) []byte {
	var b bytes.Buffer
	b.Write(rootTag)
	if channelTag != nil {
		b.Write(channelTag)
	}
	b.Write(item)
	if channelTag != nil {
		b.WriteString("</" + tagName(channelTag) + ">")
	}
	if rootTag != nil {
		b.WriteString("</" + tagName(rootTag) + ">")
	}
	return b.Bytes()
}

// feedItem parses a one-item feed with gofeed and turns the item into an
// article.
func feedItem(p *gofeed.Parser, data []byte, format string) (a *Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("bad item: %v", err)
	}
	if len(f.Items) == 0 {
		return nil, errors.New("bad item: not understood by the feed parser")
	}
	it := f.Items[0]
	a = &Article{Format: format, Title: strings.TrimSpace(htmlFragmentText(it.Title)), URL: strings.TrimSpace(it.Link)}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	a.Raw = htmlFragmentText(body)
	if a.Raw == "" {
		return nil, errors.New("item has neither content nor description")
	}
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		a.Author = it.Authors[0].Name
	}
	switch {
	case it.PublishedParsed != nil && it.PublishedParsed.Year() >= 1900:
		a.Date = day(*it.PublishedParsed)
	case it.UpdatedParsed != nil && it.UpdatedParsed.Year() >= 1900:
		a.Date = day(*it.UpdatedParsed)
	}
	if !a.Date.IsZero() {
		a.DateSource = doc.DateFromFeed
	} else if it.Published != "" {
		a.Warnings = append(a.Warnings, fmt.Sprintf("feed date %q is not a date I can read; ignored", it.Published))
	}
	meta := map[string]string{}
	if len(it.Categories) > 0 {
		meta["categories"] = strings.Join(it.Categories, ", ")
	}
	if it.GUID != "" && it.GUID != it.Link {
		meta["guid"] = it.GUID
	}
	if len(meta) > 0 {
		a.Meta = meta
	}
	return a, nil
}

// finishItem sets the fields an item takes from its feed.
func (r *reader) finishItem(a *Article, name string, n int, site string) {
	a.Site = site
	a.Source = a.URL
	if a.Source == "" {
		a.Source = name + "#item" + strconv.Itoa(n)
	}
}

// itemsRead says how many items were read before damage.
func itemsRead(n int) string {
	if n == 1 {
		return "1 item before it was read"
	}
	return strconv.Itoa(n) + " items before it were read"
}
