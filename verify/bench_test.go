package verify_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/verify"
)

// BenchmarkVerify times the verify stage alone on the sample corpus,
// analysed up to the stage before it; compare with the other stages'
// benchmarks for its share of analysis time.
func BenchmarkVerify(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(nil, textnorm.NewStage(), ingest.DatelineStage{}, segment.New(), timex.New(), mention.New(k, mention.Options{}), quote.New(), geo.NewStage(geo.MustNew(k)))
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../examples/*.txt")
	var docs []*doc.Doc
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := &doc.Doc{Raw: string(data), Source: f}
		if err := p.Run(d, nil); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	if len(docs) == 0 {
		b.Skip("no sample articles in ../examples")
	}
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
