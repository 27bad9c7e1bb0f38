package mention

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/sampletext"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

// benchText returns the project's plain-text example articles (and the
// mention test sample), joined.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	files = append(files, filepath.Join("testdata", "sample.txt"))
	var sb strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkMentions measures the mention stage alone (sentences are
// computed once, outside the timer) over the shipped KB.
func BenchmarkMentions(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	s := New(k, Options{})
	text := benchText(b)
	d0 := &doc.Doc{Text: text}
	d0.Fill(doc.LayerText)
	if err := segment.New().Process(d0); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := &doc.Doc{Text: text, Sentences: d0.Sentences}
		d.Fill(doc.LayerText)
		d.Fill(doc.LayerSentences)
		if err := s.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures building the matcher over the shipped KB.
func BenchmarkNew(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		New(k, Options{})
	}
}

// benchArticles returns the example articles one by one, as the pipeline
// sees them: each plain-text example and each article text of the JSON
// Lines example.
func benchArticles(b *testing.B) []string {
	return sampletext.Texts(b, filepath.Join("..", "examples"))
}

// BenchmarkMentionsArticles measures the mention stage the way the
// pipeline runs it: one short article per Process call, so per-document
// costs count as they do in `sitrep bench`.
func BenchmarkMentionsArticles(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	s := New(k, Options{})
	arts := benchArticles(b)
	docs := make([]*doc.Doc, len(arts))
	n := 0
	for i, t := range arts {
		d := &doc.Doc{Text: t}
		d.Fill(doc.LayerText)
		if err := segment.New().Process(d); err != nil {
			b.Fatal(err)
		}
		docs[i] = d
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, d0 := range docs {
			d := &doc.Doc{Text: d0.Text, Sentences: d0.Sentences}
			d.Fill(doc.LayerText)
			d.Fill(doc.LayerSentences)
			if err := s.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLowerIndex measures building the per-document index of words
// written in lower case, and one query, over the example articles (find
// scans the tokens for a document's first queries: build is called
// here).
func BenchmarkLowerIndex(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	s := New(k, Options{})
	var ps []*proc
	n := 0
	for _, t := range benchArticles(b) {
		p := &proc{s: s, text: t}
		p.setTokens(tokenize(t, nil, s.v, nil))
		ps = append(ps, p)
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range ps {
			p.lowers.reset()
			p.lowers.build(p)
			p.lowers.find(p, "The", false)
		}
	}
}

// BenchmarkTokenize measures tokenize, the stage's first pass over the
// text, on the example articles with their sentences.
func BenchmarkTokenize(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	s := New(k, Options{})
	var docs []*doc.Doc
	n := 0
	for _, t := range benchArticles(b) {
		d := &doc.Doc{Text: t}
		d.Fill(doc.LayerText)
		if err := segment.New().Process(d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += len(t)
	}
	b.SetBytes(int64(n))
	var toks []token
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			toks = benchTokenize(d, s.v, toks[:0])
		}
	}
}

// benchTokenize is tokenize, kept out of line so a profiler can count
// the benchmark's loop apart from New's.
//
//go:noinline
func benchTokenize(d *doc.Doc, v *vocab, toks []token) []token {
	return tokenize(d.Text, d.Sentences, v, toks)
}
