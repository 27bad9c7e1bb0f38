package geo_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/stagetest"
)

// BenchmarkStage times the places stage alone, with the shipped KB, on
// the sample corpus (../examples, read as sitrep bench reads it)
// analysed by the stages before it, mentions included.
func BenchmarkStage(b *testing.B) {
	stagetest.BenchDefault(b, "../examples", "places")
}
