package verify

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestStartWordAfter checks startPeriod's prefilter: it lets through
// each word startPeriod reads after up to twelve spaces and commas, and
// turns other text away.
func TestStartWordAfter(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"Prime Minister X since 2008", 16, true},
		{"Prime Minister X, since 2008", 16, true},
		{"became prime minister in 2020", 21, true},
		{"was sworn in as president on Monday", 26, true},
		{"president of the Council from 2010", 24, true},
		{"X,           ,since 2008", 1, false}, // thirteen spaces and commas: past startPeriod's reach
		{"X,          since 2008", 1, true},    // eleven
		{"Prime Minister X said", 16, false},
		{"Prime Minister X sincerely", 16, false},
		{"President X inside", 11, false},
		{"President X", 11, false},
		{"short", 9, true}, // past the text: startPeriod decides
	}
	for _, tt := range tests {
		if got := startWordAfter(tt.text, tt.at); got != tt.want {
			t.Errorf("startWordAfter(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

// TestKBBodyIn checks sourcing's prefilter of namedBody and
// namedDocument: a KB organisation or country mention inside the span.
func TestKBBodyIn(t *testing.T) {
	d := &doc.Doc{Text: "a UN report and a local official said", Mentions: []doc.Mention{
		{Span: doc.Span{Start: 2, End: 4}, Type: doc.TypeOrganization, KBID: "org.un"},
		{Span: doc.Span{Start: 18, End: 23}, Type: doc.TypePlace, KBID: "plc.x"},
	}}
	c := &checker{d: d}
	tests := []struct {
		span doc.Span
		want bool
	}{
		{doc.Span{Start: 0, End: 11}, true},   // "a UN report"
		{doc.Span{Start: 3, End: 11}, false},  // the mention is not inside
		{doc.Span{Start: 16, End: 32}, false}, // a place is no body
	}
	for _, tt := range tests {
		if got := c.kbBodyIn(tt.span); got != tt.want {
			t.Errorf("kbBodyIn(%v) = %v, want %v", tt.span, got, tt.want)
		}
	}
}
