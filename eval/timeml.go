package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// A TimexDoc is one document of a temporal gold corpus: the text the
// expressions point into, the document creation time used as the article
// date, and the gold expressions (the DCT itself excluded).
type TimexDoc struct {
	Name string
	Text string
	DCT  time.Time // zero when the document has none
	Gold []doc.Time
	// Ignore are spans scored as neither right nor wrong (the DCT when it
	// is part of the text, as in MEANTIME).
	Ignore []doc.Span
}

// ReadTimeML reads a TimeML (.tml) document as in TimeBank, AQUAINT and
// TempEval-3: the text is the content of <TEXT>, the gold expressions
// are its TIMEX3 elements, and the DCT is the TIMEX3 whose
// functionInDocument is CREATION_TIME.
func ReadTimeML(path string) (*TimexDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	td, err := parseTimeML(f)
	if err != nil {
		return nil, fmt.Errorf("timeml %s: %w", path, err)
	}
	td.Name = filepath.Base(path)
	return td, nil
}

func parseTimeML(r io.Reader) (*TimexDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	td := &TimexDoc{}
	var text strings.Builder
	inText := false
	sawText := false
	type open struct {
		start      int
		typ, val   string
		mod        string
		creation   bool
		insideText bool
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, sawText = true, true
			case "TIMEX3":
				o := open{start: text.Len(), insideText: inText}
				o.typ, o.val, o.mod, o.creation = timexAttrs(t.Attr)
				stack = append(stack, o)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "TIMEX3":
				if len(stack) == 0 {
					return nil, errors.New("unbalanced </TIMEX3>")
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.creation {
					if dct, ok := timexParseDCT(o.val); ok {
						td.DCT = dct
					}
					continue
				}
				if !o.insideText {
					continue
				}
				sp := timexTrimSpan(text.String(), doc.Span{Start: o.start, End: text.Len()})
				if sp.Len() == 0 {
					continue
				}
				td.Gold = append(td.Gold, doc.Time{Span: sp, Type: o.typ, Value: o.val, Mod: o.mod})
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	if !sawText {
		return nil, errors.New("no <TEXT> element")
	}
	td.Text = text.String()
	for i := range td.Gold {
		td.Gold[i].Text = td.Text[td.Gold[i].Span.Start:td.Gold[i].Span.End]
	}
	return td, nil
}

// timexParseDCT reads the day of a TIMEX3 value such as 1998-08-07 or
// 1998-08-07T10:35.
func timexParseDCT(v string) (time.Time, bool) {
	if len(v) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// timexTrimSpan shrinks s to exclude surrounding white space. Punctuation
// the annotators included (a sentence's full stop in "next week.") is
// kept: the gold extent is scored as written.
func timexTrimSpan(text string, s doc.Span) doc.Span {
	for s.Start < s.End && timexIsSpace(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && timexIsSpace(text[s.End-1]) {
		s.End--
	}
	return s
}

func timexIsSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// ReadTimexDir reads every document of a temporal corpus under dir in the
// given format ("timeml": *.tml files; "meantime": *.xml files), in
// path order.
func ReadTimexDir(dir, format string) ([]*TimexDoc, error) {
	var ext string
	var read func(string) (*TimexDoc, error)
	switch format {
	case "timeml":
		ext, read = ".tml", ReadTimeML
	case "meantime":
		ext, read = ".xml", ReadMEANTIME
	default:
		return nil, fmt.Errorf("unknown temporal gold format %q (want timeml or meantime)", format)
	}
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ext) && !strings.HasPrefix(d.Name(), "._") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no %s files found for format %s", dir, ext, format)
	}
	sort.Strings(paths)
	docs := make([]*TimexDoc, 0, len(paths))
	for _, p := range paths {
		td, err := read(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, td)
	}
	return docs, nil
}

// timexAttrs reads a TIMEX3 element's type, value and mod, and whether it
// is the document creation time.
func timexAttrs(attrs []xml.Attr) (typ, val, mod string, creation bool) {
	for _, a := range attrs {
		switch a.Name.Local {
		case "type":
			typ = a.Value
		case "value":
			val = a.Value
		case "mod":
			mod = a.Value
		case "functionInDocument":
			creation = a.Value == "CREATION_TIME"
		}
	}
	return typ, val, mod, creation
}
