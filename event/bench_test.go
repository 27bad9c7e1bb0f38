package event

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
)

// BenchmarkCoder codes the seed article (sentences and mentions filled by
// the test helper) and reports sentences per second.
func BenchmarkCoder(b *testing.B) {
	text := benchText(b)
	d := testDoc(text)
	c := New(nil, nil)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Events = d.Events[:0]
		if err := c.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Sentences))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func benchText(b *testing.B) string {
	if p := shareddata.Dir(); p != "" {
		if t, err := os.ReadFile(p + "/examples/seed-article.txt"); err == nil {
			return string(t)
		}
	}
	return strings.Repeat("Israel and Iran held direct talks in Oman on Monday. Israel's strikes on Syrian targets killed dozens, officials said. Iran threatened to retaliate against Israel. ", 10)
}
