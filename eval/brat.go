package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// A BratDoc is one annotated document in brat standoff format: the text
// of its .txt file and the attributions of one .ann file. Offsets in the
// .ann file count characters; they are converted to byte spans.
type BratDoc struct {
	Name         string // the .ann file name
	Text         string
	Attributions []BratAttribution
}

// A BratAttribution is one attribution relation (PolNeAR, PARC): the
// content reported, its source (speaker) and cue. Each part may be
// discontinuous; Source is empty for attributions without a source.
type BratAttribution struct {
	Content []doc.Span
	Source  []doc.Span
	Cue     []doc.Span
}

// Direct reports whether the content starts with a double quote mark:
// straight; curly in either direction (“ in English, ” opening in
// Swedish and in some news archives); the German „; guillemets « » ‹ ›
// either way round; or two apostrophes or grave accents in a row (the
// marks of some archives and tokenised corpora). A single ' or ‘ is not
// a direct quote: it is also an apostrophe or a scare quote.
func (a BratAttribution) Direct(text string) bool {
	if len(a.Content) == 0 {
		return false
	}
	s := text[a.Content[0].Start:]
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2039', '\u203a':
		return true
	}
	return strings.HasPrefix(s, "''") || strings.HasPrefix(s, "``")
}

// ReadBratDir reads every .ann file under dir with its text: the .txt of
// the same name, or, for annotator-suffixed files (name_ab12.ann) and the
// PolNeAR layout (attributions/ beside text/), the matching .txt there.
func ReadBratDir(dir string) ([]*BratDoc, error) {
	var anns []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".ann") {
			anns = append(anns, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("%s: no .ann files found", dir)
	}
	sort.Strings(anns)
	var docs []*BratDoc
	for _, a := range anns {
		txt, err := bratTextFor(a)
		if err != nil {
			return nil, err
		}
		bd, err := ReadBrat(txt, a)
		if err != nil {
			return nil, err
		}
		docs = append(docs, bd)
	}
	return docs, nil
}

func bratTextFor(ann string) (string, error) {
	dir, base := filepath.Split(ann)
	stem := strings.TrimSuffix(base, ".ann")
	cands := []string{stem}
	if i := strings.LastIndexByte(stem, '_'); i > 0 {
		cands = append(cands, stem[:i])
	}
	for _, d := range []string{dir, filepath.Join(dir, "..", "text")} {
		for _, c := range cands {
			p := filepath.Join(d, c+".txt")
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
	}
	return "", fmt.Errorf("brat %s: no matching .txt file", ann)
}

// ReadBrat reads one brat document: text from txtPath, attributions from
// annPath. Attribution events (E lines) tie Content, Source and Cue text
// bound annotations (T lines).
func ReadBrat(txtPath, annPath string) (*BratDoc, error) {
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return nil, err
	}
	ann, err := os.ReadFile(annPath)
	if err != nil {
		return nil, err
	}
	bd, err := ParseBrat(string(text), string(ann))
	if err != nil {
		return nil, fmt.Errorf("brat %s: %w", annPath, err)
	}
	bd.Name = filepath.Base(annPath)
	return bd, nil
}

// ParseBrat parses the standoff annotations ann of text. Offsets count
// characters (code points) and become byte spans; an offset beyond the
// text or a malformed line is an error naming the line.
func ParseBrat(text, ann string) (*BratDoc, error) {
	off := make([]int, 0, len(text)+1)
	for i := range text {
		off = append(off, i)
	}
	off = append(off, len(text))
	type tann struct {
		typ   string
		spans []doc.Span
	}
	ts := map[string]tann{}
	var events [][]string
	sc := bufio.NewScanner(strings.NewReader(ann))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		parts := strings.SplitN(l, "\t", 3)
		if len(parts) < 2 {
			return nil, fmt.Errorf("line %d: malformed line %q", line, l)
		}
		switch l[0] {
		case 'T':
			f := strings.Fields(parts[1])
			if len(f) < 3 {
				return nil, fmt.Errorf("line %d: malformed text-bound annotation %q", line, l)
			}
			var spans []doc.Span
			for _, frag := range strings.Split(strings.Join(f[1:], " "), ";") {
				se := strings.Fields(frag)
				if len(se) != 2 {
					return nil, fmt.Errorf("line %d: bad offsets %q", line, frag)
				}
				s, err1 := strconv.Atoi(se[0])
				e, err2 := strconv.Atoi(se[1])
				if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(off) {
					return nil, fmt.Errorf("line %d: offsets %q out of range", line, frag)
				}
				spans = append(spans, doc.Span{Start: off[s], End: off[e]})
			}
			ts[parts[0]] = tann{typ: f[0], spans: spans}
		case 'E':
			events = append(events, strings.Fields(parts[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	bd := &BratDoc{Text: text}
	for _, ev := range events {
		var a BratAttribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			t, ok := ts[id]
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				a.Content = append(a.Content, t.spans...)
			case "Source":
				a.Source = append(a.Source, t.spans...)
			case "Cue":
				a.Cue = append(a.Cue, t.spans...)
			}
		}
		if len(a.Content) > 0 {
			sort.Slice(a.Content, func(i, j int) bool { return a.Content[i].Start < a.Content[j].Start })
			bd.Attributions = append(bd.Attributions, a)
		}
	}
	return bd, nil
}
