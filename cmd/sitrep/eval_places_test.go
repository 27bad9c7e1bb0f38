package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updatePlaces = flag.Bool("update-places", false, "rewrite testdata/eval_places/*.golden")

// TestEvalPlacesGolden scores a small hand-made GeoVirus-format file (one
// character late offsets, as in the real corpus) and compares the table
// with testdata/eval_places/sample.golden (-update-places rewrites it).
func TestEvalPlacesGolden(t *testing.T) {
	in := filepath.Join("testdata", "eval_places", "sample.geovirus.xml")
	out, errs, code := runSitrep(t, "eval", "places", "--format", "geovirus", in)
	if code != 0 {
		t.Fatalf("eval places: exit %d, stderr %s", code, errs)
	}
	golden := filepath.Join("testdata", "eval_places", "sample.golden")
	if *updatePlaces {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/sitrep -run EvalPlaces -update-places)", err)
	}
	if out != string(want) {
		t.Errorf("eval places output differs from %s:\n%s", golden, out)
	}

	out, errs, code = runSitrep(t, "eval", "places", "--json", in)
	if code != 0 {
		t.Fatalf("eval places --json: exit %d, stderr %s", code, errs)
	}
	var s struct {
		Articles int     `json:"articles"`
		Gold     int     `json:"gold"`
		Found    int     `json:"found"`
		Accuracy float64 `json:"accuracy_at_161km"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("eval places --json: %v\n%s", err, out)
	}
	if s.Articles != 2 || s.Gold != 7 || s.Found == 0 || s.Accuracy == 0 {
		t.Errorf("eval places --json = %+v", s)
	}
}

// TestEvalPlacesErrorsContext checks that --errors lists disagreements
// on stderr and --context adds each one's surrounding text.
func TestEvalPlacesErrorsContext(t *testing.T) {
	in := filepath.Join("testdata", "eval_places", "sample.geovirus.xml")
	_, plain, code := runSitrep(t, "eval", "places", "--errors", "50", in)
	if code != 0 || !strings.Contains(plain, "\tmissed\t") && !strings.Contains(plain, "\tspurious\t") && !strings.Contains(plain, "\tfar\t") {
		t.Fatalf("eval places --errors: exit %d, stderr %q; want disagreement lines", code, plain)
	}
	_, withCtx, code := runSitrep(t, "eval", "places", "--errors", "50", "--context", "20", in)
	if code != 0 {
		t.Fatalf("eval places --errors --context: exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(withCtx), "\n")
	if n := len(strings.Split(strings.TrimSpace(plain), "\n")); len(lines) != 2*n {
		t.Fatalf("--context gave %d lines for %d disagreements; want a context line after each:\n%s", len(lines), n, withCtx)
	}
	for i := 1; i < len(lines); i += 2 {
		if !strings.HasPrefix(lines[i], "\t\"") {
			t.Errorf("line %d %q: want a tab-indented quoted context", i+1, lines[i])
		}
	}
}

func TestEvalPlacesUsage(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "places"},
		{"eval", "places", "--format", "conll", "x"},
	} {
		if _, _, code := runSitrep(t, args...); code != exitUsage {
			t.Errorf("sitrep %v: exit %d, want %d", args, code, exitUsage)
		}
	}
	if _, errs, code := runSitrep(t, "eval", "places", filepath.Join("testdata", "eval_places", "missing.xml")); code != exitFailed || errs == "" {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}
