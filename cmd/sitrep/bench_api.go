package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"
)

// apiReport is the machine form of an API load test.
type apiReport struct {
	URL        string  `json:"url"`
	Clients    int     `json:"clients"`
	Seconds    float64 `json:"seconds"`
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	PerSecond  float64 `json:"requests_per_s"`
	P50ms      float64 `json:"p50_ms"`
	P95ms      float64 `json:"p95_ms"`
	P99ms      float64 `json:"p99_ms"`
	MaxMs      float64 `json:"max_ms"`
	FirstError string  `json:"first_error,omitempty"`
}

// benchAPI runs clients concurrent clients against a sitrep server for d,
// each sending the dashboard's read requests back to back, and reports
// throughput, errors and latency quantiles. It stops by itself.
func benchAPI(ctx context.Context, env *Env, base string, clients int, d time.Duration, asJSON bool) error {
	if clients < 1 || d <= 0 {
		return &usageError{cmd: "bench", msg: "--clients and --duration must be positive"}
	}
	if d > 10*time.Minute {
		return &usageError{cmd: "bench", msg: "--duration is at most 10m"}
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &usageError{cmd: "bench", msg: fmt.Sprintf("--url %q: want http://host:port", base)}
	}
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients, IdleConnTimeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	// Learn some real ids and actors to ask for.
	var arts struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
	}
	if err := getJSON(ctx, client, base+"/api/articles?limit=50", &arts); err != nil {
		return fmt.Errorf("--url %s does not answer as a sitrep server: %w", base, err)
	}
	var net struct {
		Edges []struct {
			Source string `json:"source"`
			Target string `json:"target"`
		} `json:"edges"`
	}
	getJSON(ctx, client, base+"/api/network?limit=50", &net)
	paths := []string{"/healthz", "/api/articles?limit=20", "/api/events?limit=50", "/api/network?limit=100", "/api/findings?verdict=contradicted&limit=20", "/api/quotes?limit=20", "/api/search?q=talks&limit=20"}
	for _, a := range arts.Items {
		paths = append(paths, "/api/articles/"+a.ID)
	}
	for _, e := range net.Edges {
		paths = append(paths, "/api/events?actor="+url.QueryEscape(e.Source)+"&limit=50",
			"/api/dyads/"+url.PathEscape(e.Source)+"/"+url.PathEscape(e.Target)+"/timeline?interval=week")
	}

	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		mu       sync.Mutex
		lat      []time.Duration
		errs     int
		firstErr string
		wg       sync.WaitGroup
	)
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 99))
			var mine []time.Duration
			bad := 0
			first := ""
			for ctx.Err() == nil {
				p := paths[r.IntN(len(paths))]
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+p, nil)
				resp, err := client.Do(req)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				if ctx.Err() != nil {
					break // the run ended mid-request: not an error
				}
				mine = append(mine, time.Since(t0))
				if err != nil || resp.StatusCode >= 400 {
					bad++
					if first == "" {
						if err != nil {
							first = err.Error()
						} else {
							first = fmt.Sprintf("GET %s: %s", p, resp.Status)
						}
					}
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			if firstErr == "" {
				firstErr = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		i := int(p*float64(len(lat))+0.5) - 1
		i = max(0, min(i, len(lat)-1))
		return float64(lat[i].Microseconds()) / 1000
	}
	rep := apiReport{URL: base, Clients: clients, Seconds: elapsed.Seconds(), Requests: len(lat), Errors: errs,
		PerSecond: float64(len(lat)) / elapsed.Seconds(), P50ms: q(0.50), P95ms: q(0.95), P99ms: q(0.99), MaxMs: q(1), FirstError: firstErr}
	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	w := env.Stdout
	fmt.Fprintf(w, "url        %s\nclients    %d for %.0f s\nrequests   %d (%.0f/s)\nerrors     %d\n", base, clients, rep.Seconds, rep.Requests, rep.PerSecond, rep.Errors)
	fmt.Fprintf(w, "latency    p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms\n", rep.P50ms, rep.P95ms, rep.P99ms, rep.MaxMs)
	if rep.FirstError != "" {
		fmt.Fprintf(w, "first error: %s\n", rep.FirstError)
	}
	return nil
}

func getJSON(ctx context.Context, c *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
