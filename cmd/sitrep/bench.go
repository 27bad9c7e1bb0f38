package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/pipeline"
)

const benchAbout = `
Measures sitrep's speed. Modes:

  pipeline (default)  reads a corpus (default: ./examples), repeats it until it
                      holds at least --mb megabytes of article text, runs the
                      analysis pipeline and prints articles/s, sentences/s,
                      MB/s, the time and throughput of each stage, the KB load
                      time and the peak resident memory. For one-core figures
                      run GOMAXPROCS=1 sitrep bench. --stages limits the
                      pipeline to some stages, e.g. normalize,dateline,segment.
                      --runs N times the pipeline N times and reports the run
                      with the median sentences/s (and the lowest and
                      highest): one run on a busy or virtual machine can be
                      off by a fifth.
  query               fills a store (--store, default a temporary SQLite file)
                      with --events generated events unless it holds them
                      already, then times the API's read queries (event
                      filters, dyad timelines, network): p50, p95, max.
  ingest              repeats the corpus (default: ./examples) into --articles
                      distinct articles (each copy gains an edition line and a
                      URL of its own) and ingests them into a store (--store,
                      default a temporary SQLite file) exactly as "sitrep
                      ingest" does, on --workers goroutines (default
                      GOMAXPROCS): articles/s, MB/s, CPU ms per article, peak
                      resident memory.
  api                 load-tests a running "sitrep serve" at --url with
                      --clients concurrent clients for --duration: requests/s,
                      errors, p50, p95, p99.`

// benchReport is the machine form of a bench run.
type benchReport struct {
	Corpus      []string `json:"corpus"`
	GOMAXPROCS  int      `json:"gomaxprocs"`
	GOGC        int      `json:"gogc"` // the collector's percentage during the run (-1: off)
	Workers     int      `json:"workers"`
	Articles    int      `json:"articles"`
	Bytes       int64    `json:"bytes"`
	Sentences   int      `json:"sentences"`
	Events      int      `json:"events"`
	KBLoad      float64  `json:"kb_load_seconds"`
	IngestSecs  float64  `json:"ingest_seconds"`
	IngestMBps  float64  `json:"ingest_mb_per_s"`
	Seconds     float64  `json:"seconds"`
	ArticlesPS  float64  `json:"articles_per_s"`
	SentencesPS float64  `json:"sentences_per_s"`
	MBps        float64  `json:"mb_per_s"`
	// CPUSeconds is the process's CPU time during the pipeline run, and
	// SentencesPerCPUS the sentences per CPU second: on a shared or
	// virtual machine, time the process waited for a CPU counts in
	// Seconds but not here (0 where the platform has no getrusage).
	CPUSeconds       float64      `json:"cpu_seconds"`
	SentencesPerCPUS float64      `json:"sentences_per_cpu_s"`
	PeakRSSMB        float64      `json:"peak_rss_mb"`
	Stages           []benchStage `json:"stages"`
	Failed           int          `json:"failed"`
	// Runs is how many times the pipeline was timed (--runs); the
	// figures above are the run with the median sentences/s, and
	// RunsSentencesPS lists every run's, in order.
	Runs            int       `json:"runs"`
	RunsSentencesPS []float64 `json:"runs_sentences_per_s"`
}

// A benchRun is one timed pass of the pipeline over the corpus.
type benchRun struct {
	bytes                       int64
	articles, sentences, events int
	failed                      int
	ingestSecs, seconds, cpu    float64
	timings                     *pipeline.Timings
}

func (r benchRun) sentencesPS() float64 { return float64(r.sentences) / r.seconds }

// medianRun returns the run with the median sentences/s (the lower
// middle one of an even count).
func medianRun(runs []benchRun) benchRun {
	sorted := slices.Clone(runs)
	slices.SortFunc(sorted, func(a, b benchRun) int { return cmp.Compare(a.sentencesPS(), b.sentencesPS()) })
	return sorted[(len(sorted)-1)/2]
}

// benchPipelineOnce reads the corpus at paths as many times as it takes
// to reach target bytes, keeping the articles in memory, then times the
// pipeline over them alone.
func benchPipelineOnce(ctx context.Context, env *Env, p *pipeline.Pipeline, paths []string, target int64, workers int) (benchRun, error) {
	var run benchRun
	var docs []*doc.Doc
	t0 := time.Now()
	for run.bytes < target {
		before := len(docs)
		err := ingest.Read(ctx, paths, ingest.Options{Stdin: env.Stdin}, func(a *ingest.Article) error {
			d := a.Doc()
			run.bytes += int64(len(d.Raw))
			docs = append(docs, d)
			return nil
		}, func(err error) { run.failed++ })
		if err != nil {
			return run, err
		}
		if len(docs) == before {
			return run, fmt.Errorf("no articles in %s", strings.Join(paths, ", "))
		}
	}
	run.ingestSecs = time.Since(t0).Seconds()
	t0 = time.Now()
	cpu0 := processCPUSeconds()
	r := pipeline.NewRunner(p, workers, false, func(res pipeline.Result) error {
		if res.Err != nil {
			run.failed++
			return nil
		}
		run.articles++
		run.sentences += len(res.Doc.Sentences)
		run.events += len(res.Doc.Events)
		return nil
	})
	for i, d := range docs {
		if err := r.Submit(ctx, d); err != nil {
			return run, err
		}
		docs[i] = nil // let finished docs be collected
	}
	timings, err := r.Close()
	if err != nil {
		return run, err
	}
	run.seconds = time.Since(t0).Seconds()
	run.cpu = processCPUSeconds() - cpu0
	run.timings = timings
	return run, nil
}

type benchStage struct {
	Name    string  `json:"name"`
	Seconds float64 `json:"seconds"` // summed over workers
	MBps    float64 `json:"mb_per_s"`
	Share   float64 `json:"share"`
}

func runBench(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "bench", "bench [--mode pipeline|query|ingest|api] [flags] [PATH...]", benchAbout)
	mode := fs.String("mode", "pipeline", "what to measure: pipeline, query, ingest or api")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	storeURL := fs.String("store", "", "query and ingest modes: store `URL` (default: a temporary SQLite file)")
	articles := fs.Int("articles", 5000, "ingest mode: distinct articles to ingest")
	events := fs.Int("events", 1000000, "query mode: events to generate")
	rounds := fs.Int("rounds", 50, "query mode: runs of each query")
	apiURL := fs.String("url", "http://127.0.0.1:8080", "api mode: base `URL` of a running sitrep serve")
	clients := fs.Int("clients", 200, "api mode: concurrent clients")
	duration := fs.Duration("duration", 60*time.Second, "api mode: how long to run")
	mb := fs.Float64("mb", 20, "repeat the corpus until it holds at least this many `MB` of text")
	workers := fs.Int("workers", 0, "articles analysed in parallel (default 1; ingest mode: GOMAXPROCS)")
	only := fs.String("stages", "", "comma-separated stage `names`: run only these (in pipeline order)")
	cpuProfile := fs.String("cpuprofile", "", "pipeline mode: write a CPU profile of the pipeline run to `FILE` (go tool pprof)")
	nruns := fs.Int("runs", 1, "pipeline mode: time the pipeline this many times and report the median run")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	if *workers < 0 || *workers > maxWorkers {
		return &usageError{cmd: "bench", msg: fmt.Sprintf("--workers %d: want 1 to %d", *workers, maxWorkers)}
	}
	if *workers == 0 {
		*workers = 1
		if *mode == "ingest" {
			*workers = runtime.GOMAXPROCS(0)
		}
	}
	corpus := func() error {
		if len(paths) == 0 {
			if _, err := os.Stat("examples"); err != nil {
				return &usageError{cmd: "bench", msg: "no corpus: give a PATH (the default ./examples is not here)"}
			}
			paths = []string{"examples"}
		}
		return nil
	}
	switch *mode {
	case "pipeline":
	case "query":
		return benchQuery(ctx, env, *storeURL, *events, *rounds, *asJSON)
	case "ingest":
		if *articles < 1 {
			return &usageError{cmd: "bench", msg: "--articles must be positive"}
		}
		if err := corpus(); err != nil {
			return err
		}
		return benchIngest(ctx, env, paths, *storeURL, *articles, *workers, kbs, *asJSON)
	case "api":
		return benchAPI(ctx, env, *apiURL, *clients, *duration, *asJSON)
	default:
		return &usageError{cmd: "bench", msg: fmt.Sprintf("--mode %q: want pipeline, query, ingest or api", *mode)}
	}
	if err := corpus(); err != nil {
		return err
	}
	if *mb <= 0 {
		return &usageError{cmd: "bench", msg: "--mb must be positive"}
	}
	if *nruns < 1 || *nruns > 100 {
		return &usageError{cmd: "bench", msg: fmt.Sprintf("--runs %d: want 1 to 100", *nruns)}
	}

	t0 := time.Now()
	k, err := openKB(kbs)
	if err != nil {
		return err
	}
	rep := benchReport{Corpus: paths, GOMAXPROCS: runtime.GOMAXPROCS(0), Workers: *workers, KBLoad: time.Since(t0).Seconds()}

	stages := analysis.Stages(k)
	if *only != "" {
		want := map[string]bool{}
		for _, n := range strings.Split(*only, ",") {
			want[strings.TrimSpace(n)] = true
		}
		var kept []pipeline.Stage
		for _, s := range stages {
			if want[s.Name()] {
				kept = append(kept, s)
				delete(want, s.Name())
			}
		}
		if len(want) > 0 {
			var names []string
			for _, s := range stages {
				names = append(names, s.Name())
			}
			return &usageError{cmd: "bench", msg: fmt.Sprintf("--stages: unknown stage(s); the pipeline has %s", strings.Join(names, ", "))}
		}
		stages = kept
	}
	p, err := pipeline.New(nil, stages...)
	if err != nil {
		return err
	}

	// the collector as analyze and ingest set it (pipelineGC)
	rep.GOGC = pipelineGCPercent(os.Getenv)
	if rep.GOGC > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(rep.GOGC))
	} else {
		rep.GOGC = debug.SetGCPercent(-1)
		debug.SetGCPercent(rep.GOGC)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	// Each run reads the corpus afresh (the pipeline fills the docs it
	// analyses) and is timed alone. The report is the run with the median
	// sentences/s: one run on a shared or virtual machine can be off by
	// a fifth either way.
	var runs []benchRun
	for range *nruns {
		run, err := benchPipelineOnce(ctx, env, p, paths, int64(*mb*(1<<20)), *workers)
		if err != nil {
			return err
		}
		runs = append(runs, run)
		rep.RunsSentencesPS = append(rep.RunsSentencesPS, run.sentencesPS())
	}
	med := medianRun(runs)
	rep.Runs = len(runs)
	rep.IngestSecs = runs[0].ingestSecs
	rep.IngestMBps = float64(runs[0].bytes) / (1 << 20) / runs[0].ingestSecs
	rep.Bytes, rep.Failed = med.bytes, med.failed
	rep.Articles, rep.Sentences, rep.Events = med.articles, med.sentences, med.events
	rep.Seconds = med.seconds
	if med.cpu > 0 {
		rep.CPUSeconds = med.cpu
		rep.SentencesPerCPUS = float64(rep.Sentences) / med.cpu
	}
	mbs := float64(rep.Bytes) / (1 << 20)
	rep.ArticlesPS = float64(rep.Articles) / rep.Seconds
	rep.SentencesPS = float64(rep.Sentences) / rep.Seconds
	rep.MBps = mbs / rep.Seconds
	var total time.Duration
	for _, d := range med.timings.Total {
		total += d
	}
	for i, n := range med.timings.Names {
		s := med.timings.Total[i].Seconds()
		st := benchStage{Name: n, Seconds: s}
		if s > 0 {
			st.MBps = mbs / s
		}
		if total > 0 {
			st.Share = float64(med.timings.Total[i]) / float64(total)
		}
		rep.Stages = append(rep.Stages, st)
	}
	rep.PeakRSSMB = peakRSSMB()

	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	w := env.Stdout
	fmt.Fprintf(w, "corpus      %s (%d articles, %.1f MB of text, repeated to reach %.0f MB)\n", strings.Join(paths, " "), rep.Articles, mbs, *mb)
	fmt.Fprintf(w, "machine     GOMAXPROCS=%d, GOGC=%d, %d worker(s)\n", rep.GOMAXPROCS, rep.GOGC, rep.Workers)
	fmt.Fprintf(w, "KB load     %.3f s\n", rep.KBLoad)
	fmt.Fprintf(w, "ingest      %.2f s   %.1f MB/s\n", rep.IngestSecs, rep.IngestMBps)
	fmt.Fprintf(w, "pipeline    %.2f s   %.0f articles/s   %.0f sentences/s   %.1f MB/s\n", rep.Seconds, rep.ArticlesPS, rep.SentencesPS, rep.MBps)
	if rep.Runs > 1 {
		fmt.Fprintf(w, "runs        %d, the median shown; sentences/s min %.0f, max %.0f\n", rep.Runs, slices.Min(rep.RunsSentencesPS), slices.Max(rep.RunsSentencesPS))
	}
	if rep.CPUSeconds > 0 {
		fmt.Fprintf(w, "CPU         %.2f s   %.0f sentences per CPU second\n", rep.CPUSeconds, rep.SentencesPerCPUS)
	}
	fmt.Fprintf(w, "peak RSS    %.0f MB\n", rep.PeakRSSMB)
	if rep.Failed > 0 {
		fmt.Fprintf(w, "failed      %d article(s)\n", rep.Failed)
	}
	fmt.Fprintln(w, "\nstage            seconds      MB/s   share")
	for _, s := range rep.Stages {
		fmt.Fprintf(w, "%-14s %9.3f %9.1f %6.1f%%\n", s.Name, s.Seconds, s.MBps, 100*s.Share)
	}
	return nil
}

// peakRSSMB returns the process's peak resident set size in MB, read from
// /proc/self/status (0 where that is not available).
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}
