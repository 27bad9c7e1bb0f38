package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/store/backend"
)

// ingestBenchReport is the machine form of an ingest benchmark.
type ingestBenchReport struct {
	Corpus      []string `json:"corpus"`
	Store       string   `json:"store"`
	GOMAXPROCS  int      `json:"gomaxprocs"`
	Workers     int      `json:"workers"`
	Articles    int      `json:"articles"` // read from the generated corpus
	Bytes       int64    `json:"bytes"`    // of article text
	Ingested    int      `json:"ingested"`
	Duplicates  int      `json:"duplicates"`
	Failed      int      `json:"failed"`
	Seconds     float64  `json:"seconds"`
	ArticlesPS  float64  `json:"articles_per_s"`
	MBps        float64  `json:"mb_per_s"`
	CPUSeconds  float64  `json:"cpu_seconds"`        // user + system, the whole process during the ingest
	CPUms       float64  `json:"cpu_ms_per_article"` // CPUSeconds / Articles
	PeakRSSMB   float64  `json:"peak_rss_mb"`
	KBLoad      float64  `json:"kb_load_seconds"`
	CorpusBuild float64  `json:"corpus_build_seconds"`
}

// benchEditions are the outlets that "publish" the copies of the corpus.
var benchEditions = []string{"Sitrep Wire", "Harbour Post", "Daily Ledger", "Evening Courier", "Global Monitor"}

// benchIngest times "sitrep ingest" end to end: it repeats the corpus at
// paths into n distinct articles (each copy after the first gains a
// closing line naming its edition and a URL of its own, so that none is a
// duplicate of another), writes them as one JSON Lines file and ingests
// that into the store at url (default: a new temporary SQLite file) with
// the ingest command's own reader, pipeline, encoders and writer.
func benchIngest(ctx context.Context, env *Env, paths []string, url string, n, workers int, kbs kbPaths, asJSON bool) error {
	if n < 1 || workers < 1 {
		return &usageError{cmd: "bench", msg: "--articles and --workers must be positive"}
	}
	dir, err := os.MkdirTemp("", "sitrep-bench-ingest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if url == "" {
		url = filepath.Join(dir, "bench.db")
	}
	rep := ingestBenchReport{Corpus: paths, Store: url, GOMAXPROCS: runtime.GOMAXPROCS(0), Workers: workers}

	t0 := time.Now()
	corpus := filepath.Join(dir, "corpus.jsonl")
	if rep.Bytes, err = writeBenchCorpus(ctx, env, paths, corpus, n); err != nil {
		return err
	}
	rep.CorpusBuild = time.Since(t0).Seconds()

	t0 = time.Now()
	k, err := openKB(kbs)
	if err != nil {
		return err
	}
	rep.KBLoad = time.Since(t0).Seconds()
	p, err := pipeline.New(nil, analysis.Stages(k)...)
	if err != nil {
		return err
	}
	st, err := backend.Open(ctx, url)
	if err != nil {
		return err
	}
	defer st.Close()
	if pct := pipelineGCPercent(os.Getenv); pct > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(pct))
	}

	in := ingester{
		env: env, store: st, pipeline: p, workers: workers, batch: ingestBatch,
		opts: ingest.Options{Format: ingest.FormatJSONL, MaxBytes: ingest.DefaultMaxBytes},
	}
	cpu0 := processCPUSeconds()
	t0 = time.Now()
	sum, err := in.run(ctx, []string{corpus})
	if err != nil {
		return err
	}
	rep.Seconds = time.Since(t0).Seconds()
	rep.CPUSeconds = processCPUSeconds() - cpu0
	rep.Articles, rep.Ingested, rep.Duplicates, rep.Failed = sum.Read, sum.Ingested, sum.Duplicates, sum.Failed
	if rep.Seconds > 0 {
		rep.ArticlesPS = float64(rep.Articles) / rep.Seconds
		rep.MBps = float64(rep.Bytes) / (1 << 20) / rep.Seconds
	}
	if rep.Articles > 0 && rep.CPUSeconds > 0 {
		rep.CPUms = 1000 * rep.CPUSeconds / float64(rep.Articles)
	}
	rep.PeakRSSMB = peakRSSMB()

	if asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	w := env.Stdout
	fmt.Fprintf(w, "corpus      %s repeated to %d distinct articles (%.1f MB of text)\n", strings.Join(paths, " "), rep.Articles, float64(rep.Bytes)/(1<<20))
	fmt.Fprintf(w, "store       %s\n", storeLabel(url, dir))
	fmt.Fprintf(w, "machine     GOMAXPROCS=%d, %d worker(s)\n", rep.GOMAXPROCS, rep.Workers)
	fmt.Fprintf(w, "KB load     %.3f s\n", rep.KBLoad)
	fmt.Fprintf(w, "ingest      %.2f s   %.0f articles/s   %.1f MB/s\n", rep.Seconds, rep.ArticlesPS, rep.MBps)
	if rep.CPUSeconds > 0 {
		fmt.Fprintf(w, "CPU         %.2f s   %.2f ms/article\n", rep.CPUSeconds, rep.CPUms)
	}
	fmt.Fprintf(w, "stored      %d new, %d duplicates, %d failed\n", rep.Ingested, rep.Duplicates, rep.Failed)
	fmt.Fprintf(w, "peak RSS    %.0f MB\n", rep.PeakRSSMB)
	if rep.Failed > 0 {
		return errSomeFailed
	}
	return nil
}

// storeLabel names a store in the report: a temporary file as such.
func storeLabel(url, tmp string) string {
	if strings.HasPrefix(url, tmp) {
		return "temporary SQLite file (removed after the run)"
	}
	return url
}

// writeBenchCorpus writes n articles made from the corpus at paths to
// file as JSON Lines and returns the bytes of article text written.
func writeBenchCorpus(ctx context.Context, env *Env, paths []string, file string, n int) (int64, error) {
	var arts []*ingest.Article
	err := ingest.Read(ctx, paths, ingest.Options{Stdin: env.Stdin}, func(a *ingest.Article) error {
		arts = append(arts, a)
		return nil
	}, func(error) {})
	if err != nil {
		return 0, err
	}
	if len(arts) == 0 {
		return 0, fmt.Errorf("no articles in %s", strings.Join(paths, ", "))
	}
	f, err := os.Create(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	var bytes int64
	type record struct {
		Text   string            `json:"text"`
		Title  string            `json:"title,omitempty"`
		URL    string            `json:"url"`
		Site   string            `json:"site,omitempty"`
		Author string            `json:"author,omitempty"`
		Date   string            `json:"date,omitempty"`
		Meta   map[string]string `json:"meta,omitempty"`
	}
	for i := range n {
		a := arts[i%len(arts)]
		edition := i / len(arts)
		r := record{Text: a.Raw, Title: a.Title, Site: a.Site, Author: a.Author, Meta: a.Meta, URL: a.URL}
		if edition > 0 {
			site := benchEditions[edition%len(benchEditions)]
			r.Text += fmt.Sprintf("\n\nThis report was updated for edition %d of the %s digest.", edition, site)
			r.Site = site
		}
		if r.URL == "" {
			r.URL = fmt.Sprintf("https://bench.example.org/%d", i%len(arts))
		}
		if edition > 0 {
			r.URL += fmt.Sprintf("#edition-%d", edition)
		}
		if !a.Date.IsZero() {
			r.Date = a.Date.Format(time.DateOnly)
		}
		bytes += int64(len(r.Text))
		if err := enc.Encode(r); err != nil {
			return 0, err
		}
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return bytes, f.Close()
}
