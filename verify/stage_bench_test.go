package verify_test

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
	"github.com/sitrep-project/sitrep/topic"
	"github.com/sitrep-project/sitrep/verify"
)

// BenchmarkStage times the verify stage alone, with the shipped KB, on
// the sample corpus (../examples, read as sitrep bench reads it: feeds
// and JSON Lines included) analysed by every stage before it, as in
// sitrep analyze.
func BenchmarkStage(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, size := analysedCorpus(b, k)
	v := verify.New(k)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := v.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// analysedCorpus reads ../examples and runs the stages before verify over
// it; it returns the documents and their text size.
func analysedCorpus(b *testing.B, k *kb.KB) (docs []*doc.Doc, size int) {
	p, err := pipeline.New(nil, textnorm.NewStage(), ingest.DatelineStage{}, segment.New(), timex.New(),
		mention.New(k, mention.Options{}), quote.New(), geo.NewStage(geo.MustNew(k)), event.New(k, event.DefaultDict()), topic.New(k))
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
		return nil
	}, func(error) {})
	if err != nil {
		b.Fatal(err)
	}
	if len(docs) == 0 {
		b.Skip("no sample articles in ../examples")
	}
	return docs, size
}
