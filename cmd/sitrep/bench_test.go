package main

import (
	"encoding/json"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBenchIngest runs the ingest benchmark on a small corpus: every
// generated copy must be stored as a new article (none a duplicate of
// another), into the store given.
func TestBenchIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "b.db")
	out, errOut, code := runSitrep(t, "bench", "--mode", "ingest", "--articles", "45", "--workers", "2", "--store", db, "--json", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep ingestBenchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Articles != 45 || rep.Ingested != 45 || rep.Duplicates != 0 || rep.Failed != 0 {
		t.Errorf("read %d, ingested %d, duplicates %d, failed %d; want 45 read and stored", rep.Articles, rep.Ingested, rep.Duplicates, rep.Failed)
	}
	if rep.Store != db || rep.ArticlesPS <= 0 || rep.Bytes <= 0 {
		t.Errorf("report %+v", rep)
	}
	// The same corpus again: everything is a duplicate now.
	out, _, code = runSitrep(t, "bench", "--mode", "ingest", "--articles", "45", "--store", db, "--json", "../../examples")
	if code != 0 {
		t.Fatalf("second run: exit %d", code)
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Ingested != 0 || rep.Duplicates != 45 {
		t.Errorf("second run: ingested %d, duplicates %d; want 0 and 45", rep.Ingested, rep.Duplicates)
	}
	_, errOut, code = runSitrep(t, "bench", "--mode", "ingest", "--articles", "0")
	if code != 2 || !strings.Contains(errOut, "--articles") {
		t.Errorf("--articles 0: exit %d, %q; want a usage error", code, errOut)
	}
}

// TestBenchPipeline runs the pipeline benchmark on a small corpus: every
// article runs through every stage, and the report's rates agree with its
// counts and times.
func TestBenchPipeline(t *testing.T) {
	out, errOut, code := runSitrep(t, "bench", "--mb", "0.2", "--json", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Articles == 0 || rep.Sentences < rep.Articles || rep.Failed != 0 || rep.Bytes < 200_000 {
		t.Fatalf("report %+v; want the examples repeated to 0.2 MB, none failed", rep)
	}
	if want := float64(rep.Sentences) / rep.Seconds; math.Abs(rep.SentencesPS-want) > 1e-6*want {
		t.Errorf("sentences/s %v; want %v", rep.SentencesPS, want)
	}
	if rep.CPUSeconds > 0 && math.Abs(rep.SentencesPerCPUS-float64(rep.Sentences)/rep.CPUSeconds) > 1e-6*rep.SentencesPerCPUS {
		t.Errorf("sentences per CPU second %v with %d sentences in %v s", rep.SentencesPerCPUS, rep.Sentences, rep.CPUSeconds)
	}
	names := map[string]bool{}
	for _, s := range rep.Stages {
		names[s.Name] = true
	}
	for _, n := range []string{"normalize", "segment", "mentions", "events", "verify"} {
		if !names[n] {
			t.Errorf("stage %q missing from %v", n, rep.Stages)
		}
	}
}

// TestBenchRuns times the pipeline three times: the report lists every
// run's rate and shows the median one; a run count out of range is a
// usage error.
func TestBenchRuns(t *testing.T) {
	out, errOut, code := runSitrep(t, "bench", "--mb", "0.05", "--runs", "3", "--json", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Runs != 3 || len(rep.RunsSentencesPS) != 3 {
		t.Fatalf("runs %d, rates %v; want 3 of each", rep.Runs, rep.RunsSentencesPS)
	}
	sorted := slices.Sorted(slices.Values(rep.RunsSentencesPS))
	if math.Abs(rep.SentencesPS-sorted[1]) > 1e-6*sorted[1] {
		t.Errorf("sentences/s %v; want the median of %v", rep.SentencesPS, rep.RunsSentencesPS)
	}
	if rep.Articles == 0 || rep.Failed != 0 {
		t.Errorf("report %+v", rep)
	}
	for _, bad := range []string{"0", "101"} {
		_, errOut, code := runSitrep(t, "bench", "--runs", bad, "../../examples")
		if code != 2 || !strings.Contains(errOut, "--runs") {
			t.Errorf("--runs %s: exit %d, %q; want a usage error", bad, code, errOut)
		}
	}
}

// TestBenchErrors checks that bench's failures are one line with one
// "sitrep bench:" prefix, naming the input or the URL.
func TestBenchErrors(t *testing.T) {
	empty := t.TempDir()
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"bench", "--mb", "1", empty}, "sitrep bench: no articles in " + empty + "\n"},
		{[]string{"bench", "--mode", "api", "--url", "http://127.0.0.1:1", "--duration", "1s", "--clients", "1"}, "sitrep bench: --url http://127.0.0.1:1 does not answer as a sitrep server"},
	} {
		_, errs, code := runSitrep(t, tt.args...)
		if code != exitFailed || !strings.HasPrefix(errs, tt.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("sitrep %v: exit %d, %q; want exit 1 and one line starting %q", tt.args, code, errs, tt.want)
		}
	}
}
