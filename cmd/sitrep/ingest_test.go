package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/sqlite"
	"github.com/sitrep-project/sitrep/store/storetest"
)

// writeCorpus writes n articles as JSON Lines: distinct texts naming
// countries and leaders, with every tenth article a light edit of the one
// before (a near-duplicate), and returns the path.
func writeCorpus(t testing.TB, dir string, n int) string {
	t.Helper()
	countries := []string{"Israel", "Iran", "Syria", "Lebanon", "Turkey", "Egypt", "France", "Germany", "Russia", "Ukraine", "China", "India"}
	var b strings.Builder
	prev := ""
	for i := 0; i < n; i++ {
		a, c := countries[i%len(countries)], countries[(i*7+3)%len(countries)]
		text := fmt.Sprintf("%s and %s held talks on %d July. \"We want peace,\" the foreign minister of %s said.\n\n%s",
			a, c, 1+i%28, a, storetest.Text(uint64(i)+1, 120))
		if i%10 == 9 {
			text = prev + " Additional reporting by staff."
		}
		prev = text
		rec := map[string]string{
			"title": fmt.Sprintf("Article %d", i), "text": text,
			"date": fmt.Sprintf("2024-07-%02d", 1+i%28), "url": fmt.Sprintf("https://news%d.example/a/%d", i%5, i),
		}
		line, _ := json.Marshal(rec)
		b.Write(line)
		b.WriteByte('\n')
	}
	p := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func ingestSummaryOf(t *testing.T, stdout string) ingestSummary {
	t.Helper()
	var s ingestSummary
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, stdout)
	}
	return s
}

func TestIngestIdempotent(t *testing.T) {
	dir := t.TempDir()
	corpus := writeCorpus(t, dir, 40)
	db := filepath.Join(dir, "s.db")
	out, errOut, code := runSitrep(t, "ingest", "--store", db, "--json", "--workers", "2", corpus)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errOut)
	}
	s := ingestSummaryOf(t, out)
	if s.Read != 40 || s.Ingested != 40 || s.Duplicates != 0 || s.Failed != 0 {
		t.Errorf("first ingest = %+v; want 40 read and ingested", s)
	}
	if s.NearDuplicates != 4 {
		t.Errorf("near-duplicates = %d; want 4 (every tenth article is a light edit)", s.NearDuplicates)
	}
	stats1 := storeStats(t, db)

	out, errOut, code = runSitrep(t, "ingest", "--store", db, "--json", corpus, corpus)
	if code != 0 {
		t.Fatalf("re-ingest exit %d: %s", code, errOut)
	}
	s = ingestSummaryOf(t, out)
	if s.Ingested != 0 || s.Duplicates != 80 {
		t.Errorf("re-ingest = %+v; want 0 ingested, 80 duplicates", s)
	}
	if stats2 := storeStats(t, db); stats2 != stats1 {
		t.Errorf("re-ingest changed the store: %+v → %+v", stats1, stats2)
	}
	if stats1.Articles != 40 || stats1.Stories != 36 {
		t.Errorf("stats = %+v; want 40 articles in 36 stories", stats1)
	}
}

func TestIngestReportsFailures(t *testing.T) {
	dir := t.TempDir()
	good := writeCorpus(t, dir, 3)
	bin := filepath.Join(dir, "x.bin")
	os.WriteFile(bin, []byte("\x7fELF\x00\x00binary"), 0o644)
	db := filepath.Join(dir, "s.db")
	out, errOut, code := runSitrep(t, "ingest", "--store", db, good, bin, filepath.Join(dir, "missing.txt"))
	if code != exitFailed {
		t.Errorf("exit %d; want %d", code, exitFailed)
	}
	if n := strings.Count(strings.TrimSpace(errOut), "\n") + 1; n != 2 {
		t.Errorf("stderr has %d lines; want one per failed input:\n%s", n, errOut)
	}
	for _, want := range []string{"ingested:        3", "failed:          2"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func storeStats(t *testing.T, path string) store.Stats {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestIngestBadStore(t *testing.T) {
	dir := t.TempDir()
	corpus := writeCorpus(t, dir, 2)
	corrupt := filepath.Join(dir, "corrupt.db")
	garbage := []byte(strings.Repeat("this is not a database\n", 400))
	os.WriteFile(corrupt, garbage, 0o644)
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	tests := []struct {
		name, store, want string
	}{
		{"corrupt file", corrupt, "not a SQLite database"},
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "s.db"), "does not exist"},
		{"parent is a file", filepath.Join(notDir, "s.db"), "not a directory"},
		{"directory as file", dir, "is a directory"},
		{"postgres down", "postgres://sitrep@127.0.0.1:1/sitrep?connect_timeout=2", "not reachable"},
	}
	if os.Geteuid() != 0 { // root writes anywhere
		ro := filepath.Join(dir, "readonly")
		os.Mkdir(ro, 0o555)
		tests = append(tests, struct{ name, store, want string }{"unwritable directory", filepath.Join(ro, "s.db"), "cannot open or create"})
		rofile := filepath.Join(dir, "readonly.db")
		if db, err := sqlite.Open(context.Background(), rofile); err == nil {
			db.Close()
		}
		os.Remove(rofile + "-wal")
		os.Remove(rofile + "-shm")
		os.Chmod(rofile, 0o444)
		tests = append(tests, struct{ name, store, want string }{"read-only file", rofile, "read-only"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runSitrep(t, "ingest", "--store", tt.store, corpus)
			if code != exitFailed {
				t.Errorf("exit %d; want %d", code, exitFailed)
			}
			msg := strings.TrimSpace(errOut)
			if strings.Contains(msg, "\n") || !strings.Contains(msg, tt.want) {
				t.Errorf("stderr = %q; want one line containing %q", msg, tt.want)
			}
			if out != "" {
				t.Errorf("stdout = %q; want nothing", out)
			}
		})
	}
	if b, _ := os.ReadFile(corrupt); string(b) != string(garbage) {
		t.Errorf("the corrupt file was modified")
	}
	if _, err := os.Stat(corrupt + "-wal"); err == nil {
		t.Errorf("a WAL file was created beside the corrupt database")
	}
}

// TestIngestKill9 kills ingest with SIGKILL at random moments, re-runs it
// each time, and checks that the final store equals a clean run's: nothing
// lost, nothing stored twice, integrity_check ok.
func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it 20 times; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "sitrep")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := writeCorpus(t, dir, 1000)
	ingest := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "ingest", "--store", db, "--batch", "50", "--workers", "2", "--json", corpus)
		cmd.Env = append(os.Environ(), "CI=1")
		return cmd
	}

	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if out, err := ingest(clean).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	full := time.Since(start)
	want := storeStats(t, clean)
	if want.Articles != 1000 {
		t.Fatalf("clean run stored %d articles; want 1000", want.Articles)
	}

	db := filepath.Join(dir, "killed.db")
	rng := rand.New(rand.NewPCG(1, 2))
	// A kill lands on average half a clean run after the start, and runs
	// that finish first cost a whole one, so 20 kills take up to 20 clean
	// runs: the budget scales with the clean run, or a loaded machine (a
	// clean run of 5 s instead of 1.5 s) lands too few kills to judge.
	deadline := time.Now().Add(max(35*time.Second, 20*full))
	kills := 0
	for kills < 20 && time.Now().Before(deadline) {
		cmd := ingest(db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill points cover start-up (opening and migrating the store),
		// mid-run and the final batches; each run redoes the work not yet
		// committed, so later points land later in the corpus.
		wait := time.Duration(rng.Int64N(int64(full)))
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
			// Finished before the kill point: the store is complete.
		case <-time.After(wait):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			kills++
		}
	}
	t.Logf("killed ingest %d times (a clean run takes %v)", kills, full.Round(time.Millisecond))
	if kills < 10 {
		t.Errorf("only %d kills landed", kills)
	}
	if out, err := ingest(db).CombinedOutput(); err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	got := storeStats(t, db) // includes PRAGMA integrity_check
	if got != want {
		t.Errorf("after %d kills and a re-run the store holds %+v; a clean run holds %+v", kills, got, want)
	}
}

func TestIngestDateFlag(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("Officials met in Geneva on Monday to discuss the ceasefire, a spokesman said.\n"), 0o644)
	db := filepath.Join(dir, "s.db")
	if _, errOut, code := runSitrep(t, "ingest", "--store", db, "--date", "2021-03-04", txt); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	out, _, _ := runSitrep(t, "query", "--store", db, "articles", "--json")
	var as []store.ArticleSummary
	if err := json.Unmarshal([]byte(out), &as); err != nil || len(as) != 1 || as[0].Date != "2021-03-04" {
		t.Errorf("articles = %s (%v); want one dated 2021-03-04", out, err)
	}
	if _, errOut, code := runSitrep(t, "ingest", "--store", db, "--date", "March 4", txt); code != exitUsage || !strings.Contains(errOut, "--date") {
		t.Errorf("bad --date: exit %d, %q", code, errOut)
	}
	for _, bad := range [][]string{{"--workers", "100000"}, {"--batch", "100000000"}, {"--batch", "0"}} {
		if _, errOut, code := runSitrep(t, append([]string{"ingest", "--store", db}, append(bad, txt)...)...); code != exitUsage || !strings.Contains(errOut, bad[0]+" "+bad[1]+": want 1 to ") {
			t.Errorf("ingest %v: exit %d, %q; want a usage error with the bounds", bad, code, errOut)
		}
	}
}

// benchDocs returns n analysed articles for the writer benchmarks: the
// examples analysed once, copied with a distinct title per copy (so each
// has its own id; copies of one example are near-duplicates, as wire
// copies are).
func benchDocs(b *testing.B, n int) []*doc.Doc {
	b.Helper()
	k, err := openKB(nil)
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(nil, analysis.Stages(k)...)
	if err != nil {
		b.Fatal(err)
	}
	var base []*doc.Doc
	err = ingest.Read(context.Background(), []string{"../../examples"}, ingest.Options{MaxBytes: ingest.DefaultMaxBytes}, func(a *ingest.Article) error {
		d := a.Doc()
		if err := p.Run(d, nil); err != nil {
			return err
		}
		base = append(base, d)
		return nil
	}, func(err error) { b.Fatal(err) })
	if err != nil || len(base) == 0 {
		b.Fatalf("examples: %d articles, %v", len(base), err)
	}
	docs := make([]*doc.Doc, n)
	for i := range docs {
		d := *base[i%len(base)]
		if c := i / len(base); c > 0 {
			d.Title += fmt.Sprintf(" (edition %d)", c)
		}
		d.SetID()
		docs[i] = &d
	}
	return docs
}

// BenchmarkIngestWrite times the two halves of storing what ingest
// analysed: encoding on a worker (store.Encode) and the one writer's
// PutEncoded in batches of ingestBatch, into a new SQLite store each
// round. Reported per article: the bytes written and the CPU time (user and system, all
// threads, so garbage collection is included) of each, which a busy
// machine disturbs less than wall time.
func BenchmarkIngestWrite(b *testing.B) {
	const n = 2000
	docs := benchDocs(b, n)
	ctx := context.Background()
	var encode, write time.Duration
	var written int64
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "w.db")
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cpuTime()
		enc := make([]*store.Encoded, n)
		for i, d := range docs {
			if enc[i], err = store.Encode(d); err != nil {
				b.Fatal(err)
			}
		}
		encode += cpuTime() - start
		start = cpuTime()
		written -= bytesWritten()
		for lo := 0; lo < n; lo += ingestBatch {
			if _, err := db.PutEncoded(ctx, enc[lo:min(lo+ingestBatch, n)]); err != nil {
				b.Fatal(err)
			}
		}
		write += cpuTime() - start
		written += bytesWritten()
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	per := float64(n * b.N)
	b.ReportMetric(float64(encode.Microseconds())/1000/per, "encode-cpu-ms/article")
	b.ReportMetric(float64(write.Microseconds())/1000/per, "write-cpu-ms/article")
	if written > 0 {
		b.ReportMetric(float64(written)/1024/per, "written-KB/article")
	}
}

// bytesWritten is what the process has passed to write system calls so
// far (wchar in /proc/self/io), 0 where that is not available. The
// writer's bytes are its WAL frames and checkpoints: a count that does
// not depend on how busy the machine is.
func bytesWritten() int64 {
	b, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "wchar: "); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n
		}
	}
	return 0
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestIngestGCPercent(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want int
	}{
		{nil, pipelineGC},
		{map[string]string{"GOGC": "50"}, -1},
		{map[string]string{"GOGC": "off"}, -1},
		{map[string]string{"GOMEMLIMIT": "1GiB"}, -1},
	}
	for _, tt := range tests {
		if got := pipelineGCPercent(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("pipelineGCPercent(%v) = %d; want %d", tt.env, got, tt.want)
		}
	}
}

// TestIngestEmptyStoreFlag checks that --store "" means the default store
// and that the summary names it.
func TestIngestEmptyStoreFlag(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("Officials met in Geneva on Monday to discuss the ceasefire, a spokesman said.\n"), 0o644)
	t.Chdir(dir)
	out, errs, code := runSitrep(t, "ingest", "--store", "", "--json", txt)
	var sum struct{ Store string }
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || sum.Store != "sitrep.db" {
		t.Errorf("ingest --store '': exit %d, %q %q; want the summary to name sitrep.db", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "sitrep.db")); err != nil {
		t.Errorf("no ./sitrep.db: %v", err)
	}
}
