package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/pipeline"
)

const analyzeAbout = `
Reads news articles and prints, for each, an analysis: the normalised text
with its repairs, date, sentences and whatever the analysis stages find
(entities, quotes, times, places, events, topics, findings).

PATH is a file, a directory (walked recursively; files are recognised by
content and non-articles skipped) or - for standard input. Formats: plain
text, HTML, RSS, Atom, JSON Feed and JSON Lines (one {"text"|"html", "id",
"url", "title", "date"} object per line).

Without --json the output is a readable report; with --json it is one v1
JSON object per article (JSON Lines). Each input that fails is reported as
one line on stderr and the others go on; the exit code is then 1.`

// byteSize is a flag holding a size such as 16MB, 500k or 1048576.
type byteSize int64

func (b *byteSize) String() string {
	n := int64(*b)
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + "GB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + "KB"
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	n, err := parseByteSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}

// parseByteSize parses "16MB", "16M", "500k", "1G" or a plain byte count.
func parseByteSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	switch {
	case strings.HasSuffix(t, "K"):
		mult, t = 1<<10, strings.TrimSuffix(t, "K")
	case strings.HasSuffix(t, "M"):
		mult, t = 1<<20, strings.TrimSuffix(t, "M")
	case strings.HasSuffix(t, "G"):
		mult, t = 1<<30, strings.TrimSuffix(t, "G")
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, fmt.Errorf("bad size %q (want e.g. 16MB, 500KB or a byte count)", s)
	}
	return n * mult, nil
}

// analyzeOptions are the parsed flags of one analyze run.
type analyzeOptions struct {
	json     bool
	out      string
	date     time.Time
	color    bool
	workers  int
	ingest   ingest.Options
	pipeline *pipeline.Pipeline
}

func runAnalyze(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "analyze", "analyze [flags] PATH...", analyzeAbout)
	asJSON := fs.Bool("json", false, "print one JSON object per article (JSON Lines, v1 contract)")
	out := fs.String("out", "", "write the output to `FILE` (atomically: all or nothing) instead of stdout")
	format := fs.String("format", "auto", "input `format`: auto, "+strings.Join(ingest.Formats, ", "))
	dateFlag := fs.String("date", "", "article date `YYYY-MM-DD` for every input; overrides datelines and metadata")
	maxBytes := byteSize(ingest.DefaultMaxBytes)
	fs.Var(&maxBytes, "max-bytes", "`size` limit of one article (e.g. 16MB, 500KB or a byte count)")
	var kbs kbPaths
	fs.Var(&kbs, "kb", "KB `file` stacked on the shipped KB (repeatable)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	colorFlag := fs.String("color", "auto", "colour the report: auto (when stdout is a terminal), always or never")
	paths, err := fs.parse(args)
	if err != nil {
		return err
	}
	usage := func(format string, a ...any) error {
		return &usageError{cmd: "analyze", msg: fmt.Sprintf(format, a...)}
	}
	if len(paths) == 0 {
		return usage("no input: give a file, a directory or - for standard input")
	}
	if err := ingest.CheckFormat(*format); err != nil {
		return usage("--format: %v", err)
	}
	o := analyzeOptions{json: *asJSON, out: *out, workers: *workers}
	if *dateFlag != "" {
		t, err := time.Parse("2006-01-02", *dateFlag)
		if err != nil {
			return usage("--date %q: want YYYY-MM-DD", *dateFlag)
		}
		o.date = t
	}
	if o.workers < 1 || o.workers > maxWorkers {
		return usage("--workers %d: want 1 to %d", o.workers, maxWorkers)
	}
	switch *colorFlag {
	case "auto":
		o.color = *out == "" && isTerminal(env.Stdout) && env.Getenv("NO_COLOR") == "" && env.Getenv("TERM") != "dumb"
	case "always":
		o.color = true
	case "never":
	default:
		return usage("--color %q: want auto, always or never", *colorFlag)
	}
	o.ingest = ingest.Options{Format: *format, MaxBytes: int64(maxBytes), Stdin: env.Stdin}

	p, err := openPipeline(kbs)
	if err != nil {
		return err
	}
	o.pipeline = p
	if pct := pipelineGCPercent(os.Getenv); pct > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(pct))
	}
	return analyze(ctx, env, paths, o)
}

// isTerminal reports whether w is a terminal.
// maxWorkers bounds --workers: each worker holds an article and its
// analysis, and far more workers than cores only costs memory.
const maxWorkers = 1024

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// analyze reads every input, runs the pipeline over each article on
// o.workers goroutines (pipeline.Runner: bounded, in input order) and
// writes the results.
func analyze(ctx context.Context, env *Env, paths []string, o analyzeOptions) error {
	var (
		mu     sync.Mutex // guards failed and stderr
		failed int
	)
	log := newFailLog(env.Stderr)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		failed++
		log.Print(err)
	}

	sink, err := openSink(env, o.out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(sink, 64<<10)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Progress on stderr, when it is a terminal and the output goes
	// elsewhere (a file or a pipe), so the two never interleave.
	var prog *progress
	if o.out != "" || !isTerminal(env.Stdout) {
		prog = startProgress(ctx, env, "analyze", paths, o.ingest)
	}
	defer prog.Done()
	n := 0
	r := pipeline.NewRunner(o.pipeline, o.workers, true, func(res pipeline.Result) error {
		prog.Add(1)
		d := res.Doc
		if res.Err != nil {
			fail(res.Err)
			return nil
		}
		d.SetID()
		out, err := renderDoc(d, o)
		if err != nil {
			fail(err)
			return nil
		}
		if n > 0 && !o.json {
			out = append([]byte("\n"), out...) // a blank line between reports
		}
		n++
		if _, err := w.Write(out); err != nil {
			cancel()
			return err
		}
		return nil
	})
	readErr := ingest.Read(ctx, paths, o.ingest, func(a *ingest.Article) error {
		d := a.Doc()
		if !o.date.IsZero() {
			d.Date, d.DateSource = o.date, doc.DateFromFlag
		}
		return r.Submit(ctx, d)
	}, fail)
	_, writeErr := r.Close()
	mu.Lock()
	log.Close()
	mu.Unlock()
	if writeErr == nil {
		writeErr = w.Flush()
	}
	switch {
	case writeErr != nil:
	case errors.Is(readErr, context.Canceled):
		writeErr = errors.New("interrupted") // a signal
	case readErr != nil:
		// An unknown format slipped through.
		writeErr = fmt.Errorf("stopped: %w", readErr)
	}
	if err := sink.finish(writeErr); err != nil {
		return err
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}

// renderDoc returns one analysis as JSON (a line) or as a report. A
// panic while rendering (a stage left a span out of range, say) becomes an
// error naming the article, so one bad article cannot end the run.
func renderDoc(d *doc.Doc, o analyzeOptions) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("analyze: %s: internal error rendering the analysis (please report): %v", d.Source, p)
		}
	}()
	if o.json {
		b, err := d.MarshalJSON()
		if err != nil {
			return nil, fmt.Errorf("analyze: %s: encoding JSON: %w", d.Source, err)
		}
		return append(b, '\n'), nil
	}
	var buf bytes.Buffer
	if err := writeReport(&buf, d, o.color); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// oneLine folds a message onto one line.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// A sink is where output goes: stdout, or a temporary file renamed over
// the target when everything was written (so a failed run leaves no
// half-written file behind).
type sink struct {
	io.Writer
	tmp    *os.File
	target string
}

func openSink(env *Env, out string) (*sink, error) {
	if out == "" || out == "-" {
		return &sink{Writer: env.Stdout}, nil
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("--out %s: is a directory", out)
	}
	dir := filepath.Dir(out)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(out)+".tmp-*")
	if err != nil {
		// Name the file asked for, not the temporary one.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("--out %s: cannot create a file in %s: %w", out, dir, err)
	}
	return &sink{Writer: tmp, tmp: tmp, target: out}, nil
}

// finish commits the output when err is nil and discards it otherwise; it
// returns err, or the error committing.
func (s *sink) finish(err error) error {
	if s.tmp == nil {
		return err
	}
	name := s.tmp.Name()
	if err == nil {
		err = s.tmp.Sync()
	}
	if cerr := s.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		if fi, serr := os.Stat(s.target); serr == nil {
			_ = os.Chmod(name, fi.Mode().Perm())
		} else {
			_ = os.Chmod(name, 0o644)
		}
		err = os.Rename(name, s.target)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("--out %s: %w (nothing written)", s.target, err)
	}
	return nil
}
