package analysis_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/pipeline"
)

// BenchmarkPipeline times the whole default pipeline from raw text, as
// sitrep bench does, on the sample corpus: every iteration analyses a
// fresh Doc per article. Bytes are the raw text; allocations are
// reported because the garbage collector's share grows with them.
func BenchmarkPipeline(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(nil, analysis.Stages(k)...)
	if err != nil {
		b.Fatal(err)
	}
	var arts []*ingest.Article
	var size int64
	err = ingest.Read(context.Background(), []string{"../examples"}, ingest.Options{}, func(a *ingest.Article) error {
		arts = append(arts, a)
		size += int64(len(a.Raw))
		return nil
	}, func(error) {})
	if err != nil {
		b.Fatal(err)
	}
	if len(arts) == 0 {
		b.Skip("no sample articles in ../examples")
	}
	b.SetBytes(size)
	b.ReportAllocs()
	sentences := 0
	for b.Loop() {
		for _, a := range arts {
			d := a.Doc()
			if err := p.Run(d, nil); err != nil {
				b.Fatal(err)
			}
			sentences += len(d.Sentences)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkPipelineLong times the pipeline on one long document: the
// sample corpus's article texts joined, then repeated until the
// document holds at least 1 MB. Its MB/s beside BenchmarkPipeline's
// shows how the per-document passes scale: a pass over every name for
// every name shows here as a collapse of throughput, not in the short
// articles of the corpus.
func BenchmarkPipelineLong(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(nil, analysis.Stages(k)...)
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	err = ingest.Read(context.Background(), []string{"../examples"}, ingest.Options{}, func(a *ingest.Article) error {
		texts = append(texts, a.Raw)
		return nil
	}, func(error) {})
	if err != nil {
		b.Fatal(err)
	}
	if len(texts) == 0 {
		b.Skip("no sample articles in ../examples")
	}
	one := strings.Join(texts, "\n\n")
	raw := one
	for len(raw) < 1<<20 {
		raw += "\n\n" + one
	}
	b.SetBytes(int64(len(raw)))
	sentences := 0
	for b.Loop() {
		d := &doc.Doc{Raw: raw, Date: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
		if err := p.Run(d, nil); err != nil {
			b.Fatal(err)
		}
		sentences += len(d.Sentences)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
