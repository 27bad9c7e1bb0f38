package event_test

import (
	"context"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/event"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
)

// BenchmarkStage times the events stage alone, with the shipped KB and
// dictionary, on the sample corpus (../examples, read as sitrep bench
// reads it) analysed by the stages before it. Bytes are the normalised
// text; sentences/s is the figure the throughput target uses.
func BenchmarkStage(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, size, sents := analysedCorpus(b, k)
	c := event.New(k, event.DefaultDict())
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := c.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// analysedCorpus reads ../examples and runs the stages before events over
// it; it returns the documents, their text size and sentence count.
func analysedCorpus(b *testing.B, k *kb.KB) (docs []*doc.Doc, size, sents int) {
	p, err := pipeline.New(nil, textnorm.NewStage(), ingest.DatelineStage{}, segment.New(), timex.New(),
		mention.New(k, mention.Options{}), quote.New(), geo.NewStage(geo.MustNew(k)))
	if err != nil {
		b.Fatal(err)
	}
	err = ingest.Read(context.Background(), []string{"../examples"}, ingest.Options{}, func(a *ingest.Article) error {
		d := a.Doc()
		if err := p.Run(d, nil); err != nil {
			return err
		}
		docs = append(docs, d)
		size += len(d.Text)
		sents += len(d.Sentences)
		return nil
	}, func(error) {})
	if err != nil {
		b.Fatal(err)
	}
	if len(docs) == 0 {
		b.Skip("no sample articles in ../examples")
	}
	return docs, size, sents
}
