package event

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// goldenText exercises the constructions the coder handles; its events
// are kept in testdata/events.golden (go test -run Golden -update).
const goldenText = `Israel and Iran held direct talks in Oman on Monday. Israel's strikes on Syrian targets killed dozens. ` +
	`Syria was struck by Israel again. Iran threatened to strike Israel. Russia did not attack Ukraine. ` +
	`Hezbollah reportedly attacked Israel. Turkey visited Egypt. "We will strike Israel," Iran said. ` +
	`Egypt and the United States condemned the alleged attacks on Israel by Hamas. Police arrested protesters in Egypt.`

func TestGolden(t *testing.T) {
	d := testDoc(goldenText)
	at := strings.Index(goldenText, "Monday")
	d.Times = []doc.Time{{Span: doc.Span{Start: at, End: at + len("Monday")}, Text: "Monday", Type: "DATE", Value: "2024-07-29"}}
	d.Fill(doc.LayerTimes)
	if err := New(nil, nil).Process(d); err != nil {
		t.Fatal(err)
	}
	if d.Slice(d.Times[0].Span) != "Monday" {
		t.Fatalf("time span %v is %q", d.Times[0].Span, d.Slice(d.Times[0].Span))
	}
	got, err := json.MarshalIndent(d.Events, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "events.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("events differ from %s (go test -run Golden -update to accept):\n%s", path, got)
	}
}
