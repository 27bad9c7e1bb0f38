package timex_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/stagetest"
)

// BenchmarkStage times the times stage alone on the sample corpus
// (../examples, read as sitrep bench reads it) analysed by the stages
// before it, as the pipeline runs it: each document's text lower-cased
// once (segment.LowerASCII), lexed and parsed against its article date.
func BenchmarkStage(b *testing.B) {
	stagetest.BenchDefault(b, "../examples", "times")
}
