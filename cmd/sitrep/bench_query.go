package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep-project/sitrep/store/backend"
	"github.com/sitrep-project/sitrep/store/storebench"
)

// queryReport is the machine form of a query benchmark.
type queryReport struct {
	Store     string         `json:"store"`
	Events    int            `json:"events"`
	Generated float64        `json:"generate_seconds"`
	Queries   []queryLatency `json:"queries"`
}

type queryLatency struct {
	Name  string  `json:"name"`
	Runs  int     `json:"runs"`
	P50ms float64 `json:"p50_ms"`
	P95ms float64 `json:"p95_ms"`
	MaxMs float64 `json:"max_ms"`
}

// benchQuery times the store's read queries over a large generated event
// table.
func benchQuery(ctx context.Context, env *Env, url string, nEvents, rounds int, asJSON bool) error {
	if nEvents < 1 || rounds < 1 {
		return &usageError{cmd: "bench", msg: "--events and --rounds must be positive"}
	}
	if url == "" {
		dir, err := os.MkdirTemp("", "sitrep-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		url = filepath.Join(dir, "bench.db")
	}
	st, err := backend.Open(ctx, url)
	if err != nil {
		return err
	}
	defer st.Close()
	rep := queryReport{Store: url}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Events < nEvents {
		fmt.Fprintf(env.Stderr, "generating %d events into %s …\n", nEvents-stats.Events, url)
		start := time.Now()
		if _, err := storebench.Generate(ctx, st, nEvents-stats.Events); err != nil {
			return err
		}
		rep.Generated = time.Since(start).Seconds()
		if stats, err = st.Stats(ctx); err != nil {
			return err
		}
	}
	rep.Events = stats.Events
	res, err := storebench.Measure(ctx, st, rounds)
	if err != nil {
		return err
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for _, r := range res {
		rep.Queries = append(rep.Queries, queryLatency{Name: r.Name, Runs: r.Runs, P50ms: ms(r.P50), P95ms: ms(r.P95), MaxMs: ms(r.Max)})
	}
	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	w := env.Stdout
	fmt.Fprintf(w, "store    %s\nevents   %d", url, rep.Events)
	if rep.Generated > 0 {
		fmt.Fprintf(w, " (generated in %.1f s)", rep.Generated)
	}
	fmt.Fprintf(w, "\n\n%-34s %6s %9s %9s %9s\n", "query", "runs", "p50 ms", "p95 ms", "max ms")
	for _, q := range rep.Queries {
		fmt.Fprintf(w, "%-34s %6d %9.1f %9.1f %9.1f\n", q.Name, q.Runs, q.P50ms, q.P95ms, q.MaxMs)
	}
	return nil
}
