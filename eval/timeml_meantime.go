package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// ReadMEANTIME reads a document of the NewsReader MEANTIME corpus (CAT
// XML): a list of <token t_id sentence> elements followed by markables
// that point at token ids. The text is rebuilt from the tokens with
// ordinary English spacing (no space before "," or "'s", one line per
// sentence); the gold TIMEX3 markables become spans into it. The TIMEX3
// with functionInDocument CREATION_TIME is the DCT; its own span is
// ignored in scoring. The DCT is read from its text (the date line) when
// that is a full date, else from its value; when no TIMEX3 is the
// creation time, a gold date that forms the
// whole date line (the second line) gives the article date.
//
// MEANTIME annotates only the first sentences of each article (the title,
// the date line and about four more), so the text is cut after the last
// sentence that holds any markable; otherwise every expression in the
// unannotated rest would count as spurious.
func ReadMEANTIME(path string) (*TimexDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	td, err := parseMEANTIME(f)
	if err != nil {
		return nil, fmt.Errorf("meantime %s: %w", path, err)
	}
	td.Name = filepath.Base(path)
	return td, nil
}

type meantimeTimex struct {
	typ, val, mod string
	creation      bool
	tokens        []string
}

func parseMEANTIME(r io.Reader) (*TimexDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	type tok struct {
		id, sent string
		text     strings.Builder
	}
	var toks []*tok
	var cur *tok
	var timexes []*meantimeTimex
	var tx *meantimeTimex
	sawDoc := false
	var anchored []string // every token id any markable points at
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "Document":
				sawDoc = true
			case "token":
				cur = &tok{}
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "t_id":
						cur.id = a.Value
					case "sentence":
						cur.sent = a.Value
					}
				}
				toks = append(toks, cur)
			case "TIMEX3":
				tx = &meantimeTimex{}
				tx.typ, tx.val, tx.mod, tx.creation = timexAttrs(e.Attr)
				timexes = append(timexes, tx)
			case "token_anchor":
				for _, a := range e.Attr {
					if a.Name.Local == "t_id" {
						anchored = append(anchored, a.Value)
						if tx != nil {
							tx.tokens = append(tx.tokens, a.Value)
						}
					}
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "token":
				cur = nil
			case "TIMEX3":
				tx = nil
			}
		case xml.CharData:
			if cur != nil {
				cur.text.Write(e)
			}
		}
	}
	if !sawDoc {
		return nil, errors.New("no <Document> element")
	}
	// The last annotated sentence.
	sentOf := make(map[string]string, len(toks))
	for _, t := range toks {
		sentOf[t.id] = t.sent
	}
	lastSent := -1
	for _, id := range anchored {
		if n, err := strconv.Atoi(sentOf[id]); err == nil && n > lastSent {
			lastSent = n
		}
	}
	// Rebuild the text.
	var b strings.Builder
	spans := make(map[string]doc.Span, len(toks))
	prevSent := ""
	prevText := ""
	inDouble := false
	for i, t := range toks {
		s := t.text.String()
		if n, err := strconv.Atoi(t.sent); err == nil && lastSent >= 0 && n > lastSent {
			break
		}
		if i > 0 {
			switch {
			case t.sent != prevSent:
				b.WriteByte('\n')
			case meantimeNoSpaceBefore(s, inDouble) || meantimeNoSpaceAfter(prevText, inDouble):
			default:
				b.WriteByte(' ')
			}
		}
		if s == "\"" {
			inDouble = !inDouble
		}
		start := b.Len()
		b.WriteString(s)
		spans[t.id] = doc.Span{Start: start, End: b.Len()}
		prevSent, prevText = t.sent, s
	}
	td := &TimexDoc{Text: b.String()}
	for _, x := range timexes {
		if len(x.tokens) == 0 {
			continue
		}
		sp := doc.Span{Start: -1}
		for _, id := range x.tokens {
			ts, ok := spans[id]
			if !ok {
				return nil, fmt.Errorf("TIMEX3 points at unknown token %q", id)
			}
			if sp.Start < 0 || ts.Start < sp.Start {
				sp.Start = ts.Start
			}
			if ts.End > sp.End {
				sp.End = ts.End
			}
		}
		if x.creation {
			// the date line as the article shows it ("October 10,
			// 2008") is the article date; the value is read only when
			// the text is not a full date. A few values are in another
			// order ("03-02-2009") or mistyped (2008-10-20 for a date
			// line of October 10, 2008, against which the document's
			// other values are resolved).
			dct, ok := meantimeDateText(td.Text[sp.Start:sp.End])
			if !ok {
				dct, ok = timexParseDCT(x.val)
			}
			if ok {
				td.DCT = dct
			}
			td.Ignore = append(td.Ignore, sp)
			continue
		}
		td.Gold = append(td.Gold, doc.Time{Span: sp, Text: td.Text[sp.Start:sp.End], Type: x.typ, Value: x.val, Mod: x.mod})
	}
	if td.DCT.IsZero() {
		td.DCT = meantimeDateLine(td)
	}
	return td, nil
}

// meantimeDateText parses a date line as Wikinews writes it ("February
// 03, 2009", "March 1, 2008").
func meantimeDateText(s string) (time.Time, bool) {
	for _, layout := range []string{"January 2, 2006", "January 02, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// meantimeDateLine returns the article date of a document whose date line
// is annotated as an ordinary TIMEX3 rather than CREATION_TIME: a gold
// expression that is the whole second line (after the title) with a
// full-date value. It stays gold; only the article date is taken from it.
func meantimeDateLine(td *TimexDoc) time.Time {
	first := strings.IndexByte(td.Text, '\n')
	if first < 0 {
		return time.Time{}
	}
	second := strings.IndexByte(td.Text[first+1:], '\n')
	if second < 0 {
		second = len(td.Text) - first - 1
	}
	line := doc.Span{Start: first + 1, End: first + 1 + second}
	for _, g := range td.Gold {
		if g.Span != line {
			continue
		}
		if t, ok := timexParseDCT(g.Value); ok && len(g.Value) == 10 {
			return t
		}
	}
	return time.Time{}
}

// meantimeNoSpaceBefore reports whether token s attaches to the token before it.
func meantimeNoSpaceBefore(s string, inDouble bool) bool {
	switch s {
	case ",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''", "...":
		return true
	case "\"":
		return inDouble // a closing mark
	}
	return false
}

// meantimeNoSpaceAfter reports whether the token after prev attaches to it.
func meantimeNoSpaceAfter(prev string, inDouble bool) bool {
	switch prev {
	case "(", "[", "$", "US$", "``", "#":
		return true
	case "\"":
		return inDouble // an opening mark
	}
	return false
}
