package ingest

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
)

// jsonFeed streams a JSON Feed item by item: each element of "items" is
// decoded on its own and parsed by gofeed, so a damaged feed keeps the
// items before the damage.
func (r *reader) jsonFeed(name string, br *bufio.Reader) error {
	dec := json.NewDecoder(br)
	parser := gofeed.NewParser()
	items := 0
	site := ""
	damaged := func(err error) error {
		msg := "JSON Feed damaged: " + jsonErrorText(err)
		if items > 0 {
			msg += " (" + itemsRead(items) + ")"
		}
		r.fail(&Error{Path: name, Err: errors.New(msg)}, false)
		return nil
	}
	if tok, err := dec.Token(); err != nil {
		return damaged(err)
	} else if tok != json.Delim('{') {
		return damaged(errors.New("not a JSON object"))
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return damaged(err)
		}
		key, _ := tok.(string)
		switch key {
		case "title":
			var s string
			if err := dec.Decode(&s); err != nil {
				return damaged(err)
			}
			site = strings.TrimSpace(s)
		case "items":
			if tok, err := dec.Token(); err != nil {
				return damaged(err)
			} else if tok != json.Delim('[') {
				return damaged(errors.New(`"items" is not an array`))
			}
			for dec.More() {
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return damaged(err)
				}
				items++
				if int64(len(raw)) > r.max {
					r.fail(&Error{Path: name, Err: fmt.Errorf("item %d: %w", items, tooLarge(r.max))}, false)
					continue
				}
				wrapped := append([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[`), raw...)
				wrapped = append(wrapped, "]}"...)
				a, err := feedItem(parser, wrapped, FormatJSONFeed)
				if err != nil {
					r.fail(&Error{Path: name, Err: fmt.Errorf("item %d: %w", items, err)}, false)
					continue
				}
				r.finishItem(a, name, items, site)
				if err := r.emit(a); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return damaged(err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return damaged(err)
			}
		}
	}
	if _, err := dec.Token(); err != nil && err != io.EOF {
		return damaged(err)
	}
	if items == 0 {
		r.fail(&Error{Path: name, Err: fmt.Errorf("%w: JSON Feed without items", ErrNoArticles)}, false)
	}
	return nil
}
