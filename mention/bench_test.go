package mention

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
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
