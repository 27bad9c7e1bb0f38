package topic_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/event"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/internal/stagetest"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/topic"
)

// BenchmarkStage times the topics stage alone, with the shipped KB, on
// the sample corpus (../examples, read as sitrep bench reads it) analysed
// by the stages before it, events included.
func BenchmarkStage(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	c := stagetest.Analysed(b, "../examples", textnorm.NewStage(), ingest.DatelineStage{}, segment.New(), timex.New(),
		mention.New(k, mention.Options{}), quote.New(), geo.NewStage(geo.MustNew(k)), event.New(k, event.DefaultDict()))
	c.Bench(b, topic.New(k))
}
