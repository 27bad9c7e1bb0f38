package timex

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/sampletext"
)

// scanQuoteEvery is scanQuote as a walk over every token ahead of i
// rather than over parser.stops alone: the two walks must agree, so no
// token that is not a stop can end the scan.
func (p *parser) scanQuoteEvery(i int) {
	q := &p.quote
	q.from, q.to, q.day = i-1, 0, time.Time{}
	for k := i; k < len(p.t) && k < i+quoteReach; k++ {
		if p.quoteStop(i, k) {
			return
		}
	}
	q.scanned = min(len(p.t), i+quoteReach)
}

// checkScanQuote compares scanQuote with scanQuoteEvery at every token
// of text, forward and then backward (run only reads forward; the
// cursor over the stops must not depend on it).
func checkScanQuote(t *testing.T, text string, anchor time.Time) {
	t.Helper()
	got, want := newParser(text, anchor), newParser(text, anchor)
	defer got.release()
	defer want.release()
	order := make([]int, 0, 2*len(got.t)+2)
	for i := 0; i <= len(got.t); i++ {
		order = append(order, i)
	}
	for i := len(got.t); i >= 0; i-- {
		order = append(order, i)
	}
	for _, i := range order {
		got.scanQuote(i)
		want.scanQuoteEvery(i)
		g, w := got.quote, want.quote
		g.stop, w.stop = 0, 0
		if g != w {
			t.Fatalf("scanQuote(%d) in %q = %+v, want %+v", i, text, g, w)
		}
	}
}

func TestScanQuoteStops(t *testing.T) {
	thu := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"",
		"\n",
		"\"\n\"",
		"\"We met yesterday,\" she said on Monday. \"Tomorrow we sign.\"\nHe said on Tuesday: \"We will win on Sunday.\"",
		"“I met him yesterday,” she told the court on Monday.\n\n”Next”, he said Friday: “We leave Sunday.”",
		"a \"quote\" with no end\n\nand \"another,\" he said Wednesday\r\n\"",
		// marks and newlines further apart than quoteReach
		strings.Repeat("a ", 130) + "\"b,\" he said on Monday. " + strings.Repeat("c ", 130) + "\n" + strings.Repeat("d ", 125) + "\"e\"",
	}
	texts = append(texts, probeTexts(t)...)
	texts = append(texts, sampletext.Texts(t, filepath.Join("..", "examples"))...)
	for _, text := range texts {
		checkScanQuote(t, text, thu)
		checkScanQuote(t, text, time.Time{})
	}
}

func FuzzScanQuote(f *testing.F) {
	f.Add("\"We met yesterday,\" she said on Monday. \"Tomorrow we sign.\"\nHe said on Tuesday: \"We will win on Sunday.\"")
	f.Add("“I met him yesterday,” she told the court on Monday.\n\n”Next”")
	f.Fuzz(func(t *testing.T, text string) {
		checkScanQuote(t, text, time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC))
	})
}
