package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

var updateNER = flag.Bool("update-ner", false, "rewrite testdata/eval_ner/*.golden")

// TestEvalNERGolden scores a small hand-made CoNLL file and compares the
// table with testdata/eval_ner/sample.golden (-update-ner rewrites it).
func TestEvalNERGolden(t *testing.T) {
	in := filepath.Join("testdata", "eval_ner", "sample.conll")
	out, errs, code := runSitrep(t, "eval", "ner", "--format", "conll", in)
	if code != 0 {
		t.Fatalf("eval ner: exit %d, stderr %s", code, errs)
	}
	golden := filepath.Join("testdata", "eval_ner", "sample.golden")
	if *updateNER {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/sitrep -run EvalNER -update-ner)", err)
	}
	if out != string(want) {
		t.Errorf("eval ner output differs from %s:\n%s", golden, out)
	}

	out, errs, code = runSitrep(t, "eval", "ner", "--json", in)
	if code != 0 {
		t.Fatalf("eval ner --json: exit %d, stderr %s", code, errs)
	}
	var rows []nerRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("eval ner --json: %v\n%s", err, out)
	}
	if len(rows) != 1 || rows[0].Docs != 1 || rows[0].Types["PER"]["tp"] == 0 {
		t.Errorf("eval ner --json rows = %+v", rows)
	}
}

func TestEvalNERUsage(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "ner"},
		{"eval", "ner", "--format", "xml", "x"},
	} {
		if _, _, code := runSitrep(t, args...); code != exitUsage {
			t.Errorf("sitrep %v: exit %d, want %d", args, code, exitUsage)
		}
	}
	if _, errs, code := runSitrep(t, "eval", "ner", filepath.Join("testdata", "eval_ner", "missing.conll")); code != exitFailed || errs == "" {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}

// TestEvalNERProperOnlyAndErrors: --proper-only runs and --errors shows
// each disagreement with the text around it, the span in brackets.
func TestEvalNERProperOnlyAndErrors(t *testing.T) {
	in := filepath.Join(t.TempDir(), "x.conll")
	if err := os.WriteFile(in, []byte("They\tO\nmet\tO\nin\tO\nParis\tI-PER\n.\tO\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runSitrep(t, "eval", "ner", "--proper-only", "--errors", "5", in)
	if code != 0 {
		t.Fatalf("eval ner --proper-only: exit %d, stderr %s", code, errs)
	}
	if !strings.Contains(out, "micro") || !strings.Contains(out, "They met in [Paris].") {
		t.Errorf("want a score table and the error in context:\n%s", out)
	}
}

func TestErrorContext(t *testing.T) {
	text := "Über alles\nin Paris, said the mayor of the town."
	i := strings.Index(text, "Paris")
	if got, want := errorContext(text, doc.Span{Start: i, End: i + 5}), "Über alles in [Paris], said the mayor of the town."; got != want {
		t.Errorf("errorContext = %q; want %q", got, want)
	}
}
