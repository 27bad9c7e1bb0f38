package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/store"
	"github.com/sitrep-project/sitrep/store/backend"
)

const ingestAbout = `
Analyses articles and stores the analyses, so that query, export and serve
can explore them. PATH is anything analyze reads: files, directories,
- for standard input; plain text, HTML, RSS, Atom, JSON Feed, JSON Lines.

Articles are analysed on --workers goroutines and written in batched
transactions. An article's id is a hash of its normalised content, so
re-ingesting stores nothing twice, and a run killed at any moment can
simply be run again: every committed batch is complete, the rest is
redone. Near-duplicates (wire copies, light edits) are stored and grouped
into one story; events are merged across articles per day, source, target
and CAMEO code.

--store is a SQLite file (default ./sitrep.db, or $SITREP_STORE) or a
postgres:// URL. A summary is printed at the end (--json for JSON); each
input that fails is reported as one line on stderr and the exit code is 1.`

// Batching: a transaction is committed every ingestBatch articles or
// every ingestFlush, whichever comes first. Each commit writes every
// index page its rows touched, and the rows of a batch share pages (an
// actor's events, a day's quotes), so larger batches write less per
// article: 500 wrote a quarter fewer bytes than 200 and cost the writer
// a tenth less CPU (BenchmarkIngestWrite).
const (
	ingestBatch = 500
	ingestFlush = time.Second
)

// pipelineGC is the garbage collector's target heap growth (GOGC) while
// analyze, ingest and bench run the pipeline. Every article allocates its
// analysis, and each collection marks the whole knowledge base and
// gazetteer (tens of MB of pointers) again; at 300 the collector runs a
// third as often as at the default 100. Measured (one core): analyze on
// 588 LGL articles 0.66 s -> 0.60 s for 116 -> 139 MB peak; the pipeline
// bench (20 MB of text held in memory) +12-19% sentences/s for about
// 250 -> 460 MB peak; ingest on the examples x5000 about 5% of CPU for
// 235 -> 380 MB.
const pipelineGC = 300

// pipelineGCPercent returns the GOGC percentage a pipeline command sets,
// or -1 to leave the collector as it is: an explicit GOGC (or
// GOMEMLIMIT) in the environment wins.
func pipelineGCPercent(getenv func(string) string) int {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return -1
	}
	return pipelineGC
}

// maxBatch bounds --batch: a batch is held in memory until it commits.
const maxBatch = 100000

// storeFlag registers --store on fs; the default is $SITREP_STORE or
// ./sitrep.db.
func storeFlag(fs *flagSet, env *Env) *string {
	def := env.Getenv("SITREP_STORE")
	if def == "" {
		def = backend.Default
	}
	return fs.String("store", def, "store: a SQLite `file` or a postgres:// URL ($SITREP_STORE when set)")
}

// ingestSummary is what one ingest run did.
type ingestSummary struct {
	Store          string         `json:"store"`
	Read           int            `json:"read"`            // articles read from the inputs
	Ingested       int            `json:"ingested"`        // newly stored
	Duplicates     int            `json:"duplicates"`      // already stored (same content)
	NearDuplicates int            `json:"near_duplicates"` // stored, joined an existing story
	Failed         int            `json:"failed"`          // inputs or articles that failed
	Reasons        map[string]int `json:"reasons"`         // failure reason → count
	Seconds        float64        `json:"seconds"`
	PerSecond      float64        `json:"articles_per_second"`
	Interrupted    bool           `json:"interrupted,omitempty"`
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "ingest", "ingest [flags] PATH...", ingestAbout)
	storeURL := storeFlag(fs, env)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	format := fs.String("format", "auto", "input `format`: auto, "+strings.Join(ingest.Formats, ", "))
	maxBytes := byteSize(ingest.DefaultMaxBytes)
	fs.Var(&maxBytes, "max-bytes", "`size` limit of one article (e.g. 16MB, 500KB or a byte count)")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	batch := fs.Int("batch", ingestBatch, "articles per transaction")
	dateFlag := fs.String("date", "", "article date `YYYY-MM-DD` for every input; overrides datelines and metadata")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (go tool pprof)")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	usage := func(format string, a ...any) error {
		return &usageError{cmd: "ingest", msg: fmt.Sprintf(format, a...)}
	}
	if len(paths) == 0 {
		return usage("no input: give a file, a directory or - for standard input")
	}
	if *workers < 1 || *workers > maxWorkers {
		return usage("--workers %d: want 1 to %d", *workers, maxWorkers)
	}
	if *batch < 1 || *batch > maxBatch {
		return usage("--batch %d: want 1 to %d", *batch, maxBatch)
	}
	if err := ingest.CheckFormat(*format); err != nil {
		return usage("--format: %v", err)
	}
	var date time.Time
	if *dateFlag != "" {
		if date, err = time.Parse(time.DateOnly, *dateFlag); err != nil {
			return usage("--date %q: want YYYY-MM-DD", *dateFlag)
		}
	}
	k, err := openKB(kbs)
	if err != nil {
		return err
	}
	p, err := pipeline.New(nil, analysis.Stages(k)...)
	if err != nil {
		return err
	}
	if *storeURL == "" {
		*storeURL = backend.Default // what backend.Open uses; the summary names it
	}
	st, err := backend.Open(ctx, *storeURL)
	if err != nil {
		return err
	}
	defer st.Close()
	if pct := pipelineGCPercent(os.Getenv); pct > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(pct))
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}

	in := ingester{
		env: env, store: st, pipeline: p, workers: *workers, batch: *batch, date: date,
		opts: ingest.Options{Format: *format, MaxBytes: int64(maxBytes), Stdin: env.Stdin},
	}
	sum, err := in.run(ctx, paths)
	sum.Store = *storeURL
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		writeIngestSummary(env.Stdout, sum)
	}
	if sum.Interrupted {
		return errors.New("interrupted: the batches committed so far are stored; run again to finish")
	}
	if sum.Failed > 0 {
		return errSomeFailed
	}
	return nil
}

func writeIngestSummary(w io.Writer, s *ingestSummary) {
	fmt.Fprintf(w, "store:           %s\n", s.Store)
	fmt.Fprintf(w, "read:            %d articles in %.1fs (%.0f/s)\n", s.Read, s.Seconds, s.PerSecond)
	fmt.Fprintf(w, "ingested:        %d\n", s.Ingested)
	fmt.Fprintf(w, "duplicates:      %d (already stored)\n", s.Duplicates)
	fmt.Fprintf(w, "near-duplicates: %d (stored, joined an existing story)\n", s.NearDuplicates)
	fmt.Fprintf(w, "failed:          %d\n", s.Failed)
	reasons := make([]string, 0, len(s.Reasons))
	for r := range s.Reasons {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if s.Reasons[reasons[i]] != s.Reasons[reasons[j]] {
			return s.Reasons[reasons[i]] > s.Reasons[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	for _, r := range reasons {
		fmt.Fprintf(w, "  %5d  %s\n", s.Reasons[r], r)
	}
}

// An ingester runs one ingest: reader → pipeline workers → batch writer.
type ingester struct {
	env      *Env
	store    store.Store
	pipeline *pipeline.Pipeline
	workers  int
	batch    int
	date     time.Time // when set, the date of every article
	opts     ingest.Options

	mu  sync.Mutex // guards sum, log and stderr
	sum ingestSummary
	log *failLog
}

// fail records a failed input or article and prints it on one line.
func (in *ingester) fail(err error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.sum.Failed++
	in.sum.Reasons[failReason(err)]++
	if in.log == nil {
		in.log = newFailLog(in.env.Stderr)
	}
	in.log.Print(err)
}

// failReason is the part of an error that is the same for every input it
// hits: the innermost cause ("binary file (NUL bytes), skipped").
func failReason(err error) string {
	var ie *ingest.Error
	if errors.As(err, &ie) {
		err = ie.Err
	}
	var se *pipeline.StageError
	if errors.As(err, &se) {
		return se.Stage + ": " + oneLine(se.Err.Error())
	}
	return oneLine(err.Error())
}

func (in *ingester) run(ctx context.Context, paths []string) (*ingestSummary, error) {
	start := time.Now()
	in.sum.Reasons = map[string]int{}
	prog := startProgress(ctx, in.env, "ingest", paths, in.opts)

	// Results flow from the runner's sink to encoders (the JSON and
	// MinHash work of storing, store.Encode), then to the writer, which
	// batches them into transactions: the one writer only runs SQL while
	// the next batch is analysed and encoded. The writer's error stops
	// everything.
	docs := make(chan *doc.Doc, in.batch)
	encoded := make(chan *store.Encoded, in.batch)
	var encoders sync.WaitGroup
	for range in.workers {
		encoders.Add(1)
		go func() {
			defer encoders.Done()
			for d := range docs {
				e, err := store.Encode(d)
				if err != nil {
					in.fail(err)
					prog.Add(1)
					continue
				}
				encoded <- e
			}
		}()
	}
	go func() { encoders.Wait(); close(encoded) }()
	writeDone := make(chan error, 1)
	wctx, cancelWrite := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWrite()
	go func() {
		err := in.write(wctx, encoded, prog)
		if err != nil {
			// Unblock the encoders; the runner stops on writeDone.
			go func() {
				for range encoded {
				}
			}()
		}
		writeDone <- err
	}()

	var writeErr error
	var writeOnce sync.Once
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	r := pipeline.NewRunner(in.pipeline, in.workers, false, func(res pipeline.Result) error {
		if res.Err != nil {
			in.fail(res.Err)
			prog.Add(1)
			return nil
		}
		res.Doc.SetID()
		select {
		case docs <- res.Doc:
			return nil
		case err := <-writeDone:
			writeOnce.Do(func() { writeErr = err })
			stopReading()
			if err == nil {
				err = errors.New("writer stopped")
			}
			return err
		}
	})
	readErr := ingest.Read(readCtx, paths, in.opts, func(a *ingest.Article) error {
		in.mu.Lock()
		in.sum.Read++
		in.mu.Unlock()
		d := a.Doc()
		if !in.date.IsZero() {
			d.Date, d.DateSource = in.date, doc.DateFromFlag
		}
		return r.Submit(readCtx, d)
	}, in.fail)
	_, sinkErr := r.Close()
	close(docs)
	if writeErr == nil {
		writeErr = <-writeDone
	}
	prog.Done()
	in.mu.Lock()
	in.log.Close()
	in.mu.Unlock()

	in.sum.Seconds = time.Since(start).Seconds()
	if in.sum.Seconds > 0 {
		in.sum.PerSecond = float64(in.sum.Read) / in.sum.Seconds
	}
	switch {
	case writeErr != nil:
		return &in.sum, writeErr
	case sinkErr != nil:
		return &in.sum, sinkErr
	case ctx.Err() != nil:
		in.sum.Interrupted = true
	case readErr != nil:
		return &in.sum, readErr
	}
	return &in.sum, nil
}

// write stores docs in batches of in.batch, committing at least every
// ingestFlush, until docs is closed. It returns the first store error.
func (in *ingester) write(ctx context.Context, docs <-chan *store.Encoded, prog *progress) error {
	batch := make([]*store.Encoded, 0, in.batch)
	tick := time.NewTicker(ingestFlush)
	defer tick.Stop()
	put := func(batch []*store.Encoded) (store.PutResult, error) {
		if ep, ok := in.store.(store.EncodedPutter); ok {
			return ep.PutEncoded(ctx, batch)
		}
		ds := make([]*doc.Doc, len(batch))
		for i, e := range batch {
			ds[i] = e.Doc
		}
		return in.store.Put(ctx, ds)
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := put(batch)
		if err != nil {
			return err
		}
		in.mu.Lock()
		in.sum.Ingested += len(res.Stored)
		in.sum.Duplicates += len(res.Duplicates)
		in.sum.NearDuplicates += len(res.NearDuplicates)
		in.mu.Unlock()
		prog.Add(len(batch))
		batch = batch[:0]
		return nil
	}
	for {
		select {
		case d, ok := <-docs:
			if !ok {
				return flush()
			}
			batch = append(batch, d)
			if len(batch) >= in.batch {
				if err := flush(); err != nil {
					return err
				}
			}
		case <-tick.C:
			if err := flush(); err != nil {
				return err
			}
		}
	}
}
