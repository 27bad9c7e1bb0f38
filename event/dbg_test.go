package event

import (
	"fmt"
	"os"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/segment"
)

func TestDbg(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	k, _ := kb.Default()
	d := &doc.Doc{Text: text}
	d.Fill(doc.LayerText)
	segment.New().Process(d)
	mention.New(k, mention.Options{}).Process(d)
	c := New(k, nil)
	for _, tk := range d.Tokens {
		fmt.Printf("[%s]", d.Slice(tk.Span))
	}
	fmt.Println()
	s := &scratch{}
	toks := c.sentenceTokens(d, d.Sentences[0], s)
	for _, tk := range toks {
		fmt.Printf("<%s>", tk.low)
	}
	fmt.Println()
	acts := c.mentionActors(d, d.Sentences[0], toks, kb.Date{}, true, nil)
	fmt.Println("acts", acts)
	actorAt := make([]int, len(toks))
	for i := range actorAt {
		actorAt[i] = -1
	}
	for ai, a := range acts {
		for t := a.t0; t < a.t1; t++ {
			actorAt[t] = ai
		}
	}
	for _, m := range c.findMatches(toks, acts, actorAt, nil) {
		fmt.Println("match", m.p.Code, m.p.Text, m.start, m.end, m.head)
	}
	c.Process(d)
	for _, e := range d.Events {
		fmt.Println(brief(e), e.Trigger)
	}
}

func BenchmarkDbgPipeline(b *testing.B) {
	k, _ := kb.Default()
	text, _ := os.ReadFile("/work/shared/examples/seed-article.txt")
	var docs []*doc.Doc
	ms := mention.New(k, mention.Options{})
	files, _ := os.ReadDir("/work/main/examples")
	for _, f := range files {
		t, err := os.ReadFile("/work/main/examples/" + f.Name())
		if err != nil || len(t) == 0 {
			continue
		}
		_ = text
		d := &doc.Doc{Text: string(t)}
		d.Fill(doc.LayerText)
		segment.New().Process(d)
		ms.Process(d)
		docs = append(docs, d)
	}
	c := New(k, nil)
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Events = d.Events[:0]
			c.Process(d)
			n += len(d.Sentences)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
