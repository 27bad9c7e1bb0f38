package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestAnalyzeFullGolden checks the complete v1 analysis of the sample
// corpus — every layer of every stage — against a golden file, so a change
// in any stage's output shows up as a reviewed diff. Regenerate with
// go test ./cmd/sitrep -run TestAnalyzeFullGolden -update and read the diff.
func TestAnalyzeFullGolden(t *testing.T) {
	out, errs, code := runMain(t, context.Background(), "", "analyze", "--json", "--workers", "2", "../../examples")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	// The text itself is in examples.golden (TestAnalyzeExamplesGolden);
	// this file holds every layer over it.
	var lines bytes.Buffer
	for _, m := range decodeLines(t, out) {
		delete(m, "text")
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		lines.Write(b)
		lines.WriteByte('\n')
	}
	out = lines.String()
	path := filepath.Join("testdata", "analyze", "examples-full.golden")
	if *updateAnalyze {
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/sitrep -run TestAnalyzeFullGolden -update)", err)
	}
	if out == string(want) {
		return
	}
	// Say which article and which layers changed, not a 200 KB diff.
	got, exp := decodeLines(t, out), decodeLines(t, string(want))
	if len(got) != len(exp) {
		t.Fatalf("%d analyses; golden has %d (rerun with -update and review the diff)", len(got), len(exp))
	}
	for i := range got {
		var keys []string
		for k := range exp[i] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			a, _ := json.Marshal(got[i][k])
			b, _ := json.Marshal(exp[i][k])
			if !bytes.Equal(a, b) {
				t.Errorf("%s: %q differs from the golden file", exp[i]["source"], k)
			}
		}
	}
	t.Log("rerun with -update if the change is intended, and review the diff with git diff")
}
