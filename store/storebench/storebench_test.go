package storebench_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/postgres"
	"github.com/sitrep-project/sitrep/store/sqlite"
	"github.com/sitrep-project/sitrep/store/storebench"
)

// TestGenerateAndMeasure checks the generator and runs every query on a
// small store. With SITREP_BENCH_EVENTS=1000000 it is the query
// benchmark of the issue: it reports p50/p95 per query and fails when a
// p95 exceeds 100 ms. SITREP_BENCH_STORE picks the store (a SQLite path
// or postgres:// URL; default a temporary SQLite file).
func TestGenerateAndMeasure(t *testing.T) {
	n := 5000
	if s := os.Getenv("SITREP_BENCH_EVENTS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("SITREP_BENCH_EVENTS=%q: %v", s, err)
		}
		n = v
	}
	ctx := context.Background()
	var st store.Store
	var err error
	switch u := os.Getenv("SITREP_BENCH_STORE"); {
	case u == "":
		st, err = sqlite.Open(ctx, filepath.Join(t.TempDir(), "bench.db"))
	case len(u) > 11 && u[:11] == "postgres://":
		st, err = postgres.Open(ctx, u)
	default:
		st, err = sqlite.Open(ctx, u)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if s, err := st.Stats(ctx); err == nil && s.Events >= n && os.Getenv("SITREP_BENCH_STORE") != "" {
		t.Logf("%s already holds %d events: measuring only", os.Getenv("SITREP_BENCH_STORE"), s.Events)
		measure(t, st, n, s.Events)
		return
	}
	start := time.Now()
	stored, err := storebench.Generate(ctx, st, n)
	if err != nil {
		t.Fatal(err)
	}
	if stored > 0 {
		t.Logf("generated %d articles (%d events) in %v", stored, stored*storebench.EventsPerArticle, time.Since(start).Round(time.Millisecond))
	}
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Events < n {
		t.Fatalf("store holds %d events; want at least %d", s.Events, n)
	}
	if n < 100000 {
		again, err := storebench.Generate(ctx, st, 100)
		if err != nil || again != 10 {
			t.Errorf("Generate(100) on a filled store stored %d, %v; want 10 new articles", again, err)
		}
	}
	measure(t, st, n, s.Events)
}

func measure(t *testing.T, st store.Store, n, events int) {
	ctx := context.Background()
	rounds := 20
	if n >= 100000 {
		rounds = 100
	}
	res, err := storebench.Measure(ctx, st, rounds)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Logf("%-34s p50 %8v  p95 %8v  max %8v", r.Name, r.P50.Round(10*time.Microsecond), r.P95.Round(10*time.Microsecond), r.Max.Round(10*time.Microsecond))
		if os.Getenv("SITREP_BENCH_EVENTS") != "" && r.P95 > 100*time.Millisecond {
			t.Errorf("%s: p95 %v over 100 ms at %d events", r.Name, r.P95, events)
		}
	}
}
