package event

import (
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
)

// Test helpers shared across event tests: the eventCase table checker
// and the KB quote pipeline.

// kbQuotePipeline is worldPipeline with the quotes stage that resolves
// descriptions ("the prime minister") through the KB, as analysis runs it.
var kbQuotePipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	return pipeline.New([]doc.Layer{doc.LayerText, doc.LayerDate}, append(beforeEvents(k, quote.NewKB(k)), New(k, DefaultDict()))...)
})

// eventCase is a sentence written for sitrep and the coded events
// ("SRCCODE TGTCODE CAMEO") it must and must not yield: want lists
// whole events, none lists substrings no event may contain.
type eventCase struct {
	name, date, text string
	want, none       []string
}

// checkEvents codes each case's sentence and checks its wants and nones.
func checkEvents(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := worldEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// wantEvents checks the coded events got of text: each of want is part
// of one of them, and none of them holds any of none.
func wantEvents(t *testing.T, text string, got, want, none []string) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.Contains(g, w)
		}
		if !found {
			t.Errorf("%q: want %q among %q", text, w, got)
		}
	}
	for _, n := range none {
		for _, g := range got {
			if strings.Contains(g, n) {
				t.Errorf("%q: got %q, want no event with %q", text, g, n)
			}
		}
	}
}

// eventsOn returns the events of d coded on trigger, and fails t when
// there is none.
func eventsOn(t *testing.T, d *doc.Doc, text, trigger string) []doc.Event {
	t.Helper()
	var on []doc.Event
	for _, e := range d.Events {
		if e.Trigger == trigger {
			on = append(on, e)
		}
	}
	if len(on) == 0 {
		t.Errorf("%q: no event on %q among %v", text, trigger, eventCodes(d))
	}
	return on
}
