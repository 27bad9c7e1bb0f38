package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/stagetest"
)

// BenchmarkStage times the verify stage alone, with the shipped KB, on
// the sample corpus (../examples, read as sitrep bench reads it: feeds
// and JSON Lines included) analysed by every stage before it; compare
// with the other stages' benchmarks for its share of analysis time.
func BenchmarkStage(b *testing.B) {
	stagetest.BenchDefault(b, "../examples", "verify")
}
