package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// ReadCoNLL reads named-entity gold data in CoNLL column form: one token
// per line with its tag in the last column (space or tab separated), a
// blank line between sentences, and "-DOCSTART-" lines between documents
// (a file without them is one document). Tags may be IOB1 or IOB2
// ("I-PER", "B-Organisation") or bare types where contiguous tokens of the
// same type form one mention (GUM: "person", "place"). Types are mapped
// with NERType; other types (time, event, Weapon …) are not names and are
// skipped. Gold spans follow the proper-name policy of nerTrimGold.
func ReadCoNLL(r io.Reader, name string) ([]*NERDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var docs []*NERDoc
	var cur *conllDoc
	flush := func() {
		if cur != nil && len(cur.toks) > 0 {
			cur.closeSentence()
			docs = append(docs, cur.finish(fmt.Sprintf("%s#%d", name, len(docs)+1)))
		}
		cur = nil
	}
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			if cur != nil {
				cur.closeSentence()
			}
			continue
		}
		f := strings.Fields(l)
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("conll %s:%d: want TOKEN TAG, got %q", name, line, l)
		}
		if cur == nil {
			cur = &conllDoc{}
		}
		cur.add(f[0], f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll %s: %w", name, err)
	}
	flush()
	return docs, nil
}

// conllDoc collects one document's tokens and mentions as they are read.
type conllDoc struct {
	toks      []string
	sentStart []bool
	newSent   bool
	mentions  [][3]int // token start, end, type index into types
	types     []string
	open      int    // index into mentions of the open mention, -1
	openType  string // its raw type
}

func (c *conllDoc) closeSentence() {
	c.newSent = true
	c.open = -1
	c.openType = ""
}

func (c *conllDoc) add(tok, tag string) {
	if len(c.toks) == 0 {
		c.open = -1
		c.newSent = true
	}
	i := len(c.toks)
	c.toks = append(c.toks, tok)
	c.sentStart = append(c.sentStart, c.newSent)
	c.newSent = false
	if tag == "O" || tag == "_" {
		c.open, c.openType = -1, ""
		return
	}
	begin := false
	typ := tag
	if len(tag) > 2 && (tag[:2] == "B-" || tag[:2] == "I-" || tag[:2] == "E-" || tag[:2] == "S-") {
		begin = tag[0] == 'B' || tag[0] == 'S'
		typ = tag[2:]
	}
	if !begin && c.open >= 0 && c.openType == typ {
		c.mentions[c.open][1] = i + 1
		return
	}
	c.types = append(c.types, typ)
	c.mentions = append(c.mentions, [3]int{i, i + 1, len(c.types) - 1})
	c.open, c.openType = len(c.mentions)-1, typ
}

func (c *conllDoc) finish(name string) *NERDoc {
	var t nerText
	d := &NERDoc{Name: name}
	sentStart := 0
	for i, tok := range c.toks {
		if c.sentStart[i] && i > 0 {
			d.Sentences = append(d.Sentences, doc.Span{Start: sentStart, End: t.spans[i-1].End})
			t.newline()
			sentStart = t.b.Len()
		}
		t.add(tok)
	}
	if len(c.toks) > 0 {
		d.Sentences = append(d.Sentences, doc.Span{Start: sentStart, End: t.spans[len(t.spans)-1].End})
	}
	d.Text = t.b.String()
	for _, m := range c.mentions {
		typ := NERType(c.types[m[2]])
		if typ == "" {
			d.Other = append(d.Other, doc.Span{Start: t.spans[m[0]].Start, End: t.spans[m[1]-1].End})
			continue
		}
		i, j, ok := nerTrimGold(c.toks, m[0], m[1])
		if !ok || i >= j {
			continue
		}
		d.Gold = append(d.Gold, NERSpan{Span: doc.Span{Start: t.spans[i].Start, End: t.spans[j-1].End}, Type: typ})
	}
	return d
}

// ReadNERPath reads gold NER documents from a file or a directory (every
// regular file in it, sorted, skipping README, SOURCE and LICENSE files)
// in the given format: "conll" or "meantime".
func ReadNERPath(path, format string) ([]*NERDoc, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var files []string
	if fi.IsDir() {
		err := filepath.WalkDir(path, func(p string, e os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.Type().IsRegular() && nerDataFile(e.Name(), format) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
	} else {
		files = []string{path}
	}
	var docs []*NERDoc
	for _, f := range files {
		switch format {
		case "conll":
			r, err := os.Open(f)
			if err != nil {
				return nil, err
			}
			ds, err := ReadCoNLL(r, filepath.Base(f))
			r.Close()
			if err != nil {
				return nil, err
			}
			docs = append(docs, ds...)
		case "meantime":
			d, err := ReadMeantimeNER(f)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
		default:
			return nil, fmt.Errorf("unknown NER format %q (want conll or meantime)", format)
		}
	}
	return docs, nil
}

func nerDataFile(name, format string) bool {
	up := strings.ToUpper(name)
	for _, skip := range []string{"README", "SOURCE", "LICENSE", "MANIFEST", "ATTRIBUTION", "ENTITY-LIST"} {
		if strings.HasPrefix(up, skip) {
			return false
		}
	}
	if strings.HasPrefix(name, ".") {
		return false
	}
	if format == "meantime" {
		return strings.HasSuffix(name, ".xml")
	}
	return !strings.HasSuffix(name, ".xsd") && !strings.HasSuffix(name, ".csv")
}
