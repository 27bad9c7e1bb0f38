package event

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
)

// TestEventForCode checks that eventFor takes the CAMEO fields of the
// code it is given, whether that is the pattern's own (read from the
// pattern, see Pattern.cc) or another a rule chose ("180" for "190").
func TestEventForCode(t *testing.T) {
	dict, err := ParseDict("t", strings.NewReader("[patterns]\n190 - SRC attacked TGT\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := dict.Patterns[0]
	c := New(nil, dict)
	d := &doc.Doc{Text: "A attacked B"}
	toks := []tok{{start: 0, end: 1, low: "a"}, {start: 2, end: 10, low: "attacked"}, {start: 11, end: 12, low: "b"}}
	m := &match{p: p, head: 1, headEnd: 2}
	for _, code := range []string{"190", "180", "0831", "", "999"} {
		var e doc.Event
		c.eventFor(&e, d, 0, doc.Span{End: len(d.Text)}, toks, code, nil, nil, m, "")
		want, _ := cameo.Lookup(code)
		if e.Cameo != code || e.Plover != want.Plover || e.Mode != want.Mode || e.Goldstein != want.Goldstein || e.QuadClass != cameo.QuadClass(code) {
			t.Errorf("code %q: %q %q %q %v %d, want %q %q %v %d", code, e.Cameo, e.Plover, e.Mode, e.Goldstein, e.QuadClass,
				want.Plover, want.Mode, want.Goldstein, cameo.QuadClass(code))
		}
		if e.Trigger != "attacked" {
			t.Errorf("code %q: trigger %q", code, e.Trigger)
		}
	}
}
