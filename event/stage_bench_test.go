package event_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/stagetest"
)

// BenchmarkStage times the events stage alone, with the shipped KB and
// dictionary, on the sample corpus (../examples, read as sitrep bench
// reads it) analysed by the stages before it. Bytes are the normalised
// text; sentences/s is the figure the throughput target uses.
func BenchmarkStage(b *testing.B) {
	stagetest.BenchDefault(b, "../examples", "events")
}
