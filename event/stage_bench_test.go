package event_test

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
	c := stagetest.Analysed(b, "../examples", textnorm.NewStage(), ingest.DatelineStage{}, segment.New(), timex.New(),
		mention.New(k, mention.Options{}), quote.New(), geo.NewStage(geo.MustNew(k)))
	c.Bench(b, event.New(k, event.DefaultDict()))
}
