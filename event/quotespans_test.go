package event

import (
	"reflect"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQuoteSpansIndex checks that quoteSpans reads the same quotes with
// the running latest end of text-ordered quotes as without: a long quote
// that reaches past shorter later ones, quotes before and after the
// sentence, and an indirect one.
func TestQuoteSpansIndex(t *testing.T) {
	d := &doc.Doc{Text: "0123456789012345678901234567890123456789"}
	d.Quotes = []doc.Quote{
		{Span: doc.Span{Start: 0, End: 3}},
		{Span: doc.Span{Start: 2, End: 30}}, // reaches the sentence
		{Span: doc.Span{Start: 4, End: 6}},
		{Span: doc.Span{Start: 12, End: 18}, Kind: "indirect"},
		{Span: doc.Span{Start: 14, End: 16}},
		{Span: doc.Span{Start: 20, End: 25}}, // after the sentence
	}
	d.Fill(doc.LayerQuotes)
	var toks []tok
	for i := 0; i < len(d.Text); i += 2 {
		toks = append(toks, tok{start: i, end: i + 2})
	}
	ends := quoteEnds(d.Quotes, nil)
	if len(ends) != len(d.Quotes) {
		t.Fatalf("quoteEnds = %v for quotes in text order", ends)
	}
	c := &Coder{}
	for _, sent := range []doc.Span{{Start: 10, End: 20}, {Start: 0, End: 4}, {Start: 30, End: 40}, {Start: 5, End: 6}} {
		want := c.quoteSpans(d, sent, toks, nil, nil)
		if got := c.quoteSpans(d, sent, toks, ends, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("quoteSpans(%v) = %v; want %v", sent, got, want)
		}
	}
	if got := c.quoteSpans(d, doc.Span{Start: 10, End: 20}, toks, ends, nil); len(got) != 2 {
		t.Errorf("quoteSpans(10-20) = %v; want the long quote and 14-16", got)
	}
}
