// Package stagetest prepares the input of one stage's benchmark: the
// sample corpus analysed by the stages before it, so that the stage can
// be timed alone.
package stagetest

import (
	"context"
	"testing"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/pipeline"
)

// A Corpus is analysed documents with their normalised text size and
// sentence count.
type Corpus struct {
	Docs      []*doc.Doc
	Bytes     int
	Sentences int
}

// Analysed reads the articles under dir as sitrep bench reads them (every
// input format) and runs stages over each. It skips tb when dir holds no
// article and fails it when a stage fails.
func Analysed(tb testing.TB, dir string, stages ...pipeline.Stage) Corpus {
	tb.Helper()
	p, err := pipeline.New(nil, stages...)
	if err != nil {
		tb.Fatal(err)
	}
	var c Corpus
	err = ingest.Read(context.Background(), []string{dir}, ingest.Options{}, func(a *ingest.Article) error {
		d := a.Doc()
		if err := p.Run(d, nil); err != nil {
			return err
		}
		c.Docs = append(c.Docs, d)
		c.Bytes += len(d.Text)
		c.Sentences += len(d.Sentences)
		return nil
	}, func(error) {})
	if err != nil {
		tb.Fatal(err)
	}
	if len(c.Docs) == 0 {
		tb.Skipf("no sample articles in %s", dir)
	}
	return c
}

// Bench times s over the corpus, reporting MB/s of normalised text and
// sentences/s.
func (c Corpus) Bench(b *testing.B, s pipeline.Stage) {
	b.Helper()
	b.SetBytes(int64(c.Bytes))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range c.Docs {
			if err := s.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(c.Sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchDefault times the stage called name of the default analysis
// pipeline (analysis.Stages over the shipped KB) alone, on the articles
// under dir analysed by every stage before it, as in sitrep analyze.
func BenchDefault(b *testing.B, dir, name string) {
	b.Helper()
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	stages := analysis.Stages(k)
	for i, s := range stages {
		if s.Name() == name {
			Analysed(b, dir, stages[:i]...).Bench(b, s)
			return
		}
	}
	b.Fatalf("no stage %q in the default pipeline", name)
}
