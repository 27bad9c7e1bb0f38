package ingest

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
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DefaultMaxBytes is the default size limit of one article.
const DefaultMaxBytes = 16 << 20

// Options control Read. The zero value detects formats and applies
// DefaultMaxBytes.
type Options struct {
	// Format forces every input to be read as this format (one of
	// Formats; "" or "auto" detects it from content). Binary input is
	// refused whatever the format.
	Format string
	// MaxBytes limits the size of one article: a plain-text or HTML file,
	// one JSON Lines record, one feed item. 0 means DefaultMaxBytes. At
	// most MaxBytes+1 bytes of an article are ever held in memory.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// errStop is returned inside the reader once yield has failed or the
// context is done; Read then returns the cause.
var errStop = errors.New("stop")

// A reader is the state of one Read call.
type reader struct {
	ctx    context.Context
	opts   Options
	format string // forced format, "" to detect
	max    int64
	yield  func(*Article) error
	report func(error)
	count  int   // articles yielded
	stop   error // why reading stopped early
	// br is the buffered reader of the input being read, reset for each
	// next one: a run over many small files allocates its 64 KB buffer
	// once, not once a file
	br *bufio.Reader
}

// Read reads the articles in paths and calls yield for each, in order.
// A path is a file, a directory (walked recursively in lexical order; files
// are classified by content and those that are not articles — binary,
// empty, unrelated XML or JSON, hidden files — are skipped quietly) or "-"
// for Options.Stdin.
//
// Problems with one input (a missing file, a binary file named
// explicitly, a file over the size limit, a damaged feed, a bad JSON Lines
// record, a directory holding no articles) are passed to report as an
// [*Error] and reading goes on with the next record or input; report may
// be nil. Articles parsed from a feed before its damage are still yielded.
//
// Read returns a non-nil error only when it stopped early: yield returned
// an error (returned as is), ctx was cancelled, or opts.Format is not a
// known format (matching ErrUnknownFormat).
func Read(ctx context.Context, paths []string, opts Options, yield func(*Article) error, report func(error)) error {
	format, err := checkFormat(opts.Format)
	if err != nil {
		return err
	}
	if report == nil {
		report = func(error) {}
	}
	r := &reader{ctx: ctx, opts: opts, format: format, max: opts.maxBytes(), yield: yield, report: report}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return r.cause(err)
		}
	}
	return nil
}

// ReadFrom reads the articles in one stream, named name in sources and
// errors, as Read does for a file.
func ReadFrom(ctx context.Context, name string, rd io.Reader, opts Options, yield func(*Article) error, report func(error)) error {
	format, err := checkFormat(opts.Format)
	if err != nil {
		return err
	}
	if report == nil {
		report = func(error) {}
	}
	r := &reader{ctx: ctx, opts: opts, format: format, max: opts.maxBytes(), yield: yield, report: report}
	if err := r.stream(name, rd, false); err != nil {
		return r.cause(err)
	}
	return nil
}

func (r *reader) cause(err error) error {
	if errors.Is(err, errStop) && r.stop != nil {
		return r.stop
	}
	return err
}

// emit hands one article to yield.
func (r *reader) emit(a *Article) error {
	if err := r.ctx.Err(); err != nil {
		r.stop = err
		return errStop
	}
	if err := r.yield(a); err != nil {
		r.stop = err
		return errStop
	}
	r.count++
	return nil
}

// fail reports a problem with one input, unless quiet is set and the
// problem only means the file is not an article.
func (r *reader) fail(err error, quiet bool) {
	if quiet && skippable(err) {
		return
	}
	r.report(err)
}

func (r *reader) path(p string) error {
	if err := r.ctx.Err(); err != nil {
		r.stop = err
		return errStop
	}
	if p == "-" {
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.stream("-", in, false)
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.fail(inputError(p, 0, err), false)
		return nil
	}
	if !fi.IsDir() {
		return r.file(p, false)
	}
	before := r.count
	err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			r.fail(inputError(path, 0, err), false)
			if e != nil && e.IsDir() && path != p {
				return fs.SkipDir
			}
			return nil
		}
		if path != p && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() || !(e.Type().IsRegular() || e.Type()&fs.ModeSymlink != 0) {
			return nil
		}
		return r.file(path, true)
	})
	if err != nil {
		return err
	}
	if r.count == before {
		r.fail(&Error{Path: p, Err: fmt.Errorf("%w in directory", ErrNoArticles)}, false)
	}
	return nil
}

// file reads one file; quiet skips non-articles silently (directory walks).
func (r *reader) file(path string, quiet bool) error {
	f, err := os.Open(path)
	if err != nil {
		r.fail(inputError(path, 0, err), quiet)
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		if !quiet { // a symbolic link to a directory met in a walk is not followed
			r.fail(&Error{Path: path, Err: errors.New("is a directory")}, false)
		}
		return nil
	}
	return r.stream(path, f, quiet)
}

// stream detects the format of one input and reads its articles. A
// panic in a parser (a bug, or a library's) is reported as an error
// naming the input, so that one input cannot end a run over thousands.
func (r *reader) stream(name string, rd io.Reader, quiet bool) (err error) {
	defer func() {
		if p := recover(); p != nil {
			r.fail(&Error{Path: name, Err: fmt.Errorf("internal error (please report): %v", p)}, false)
			err = nil
		}
	}()
	if r.br == nil {
		r.br = bufio.NewReaderSize(rd, 64<<10)
	} else {
		r.br.Reset(rd)
	}
	br := r.br
	defer br.Reset(nil) // drop the input, for the collector
	prefix, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		r.fail(inputError(name, 0, err), quiet)
		return nil
	}
	decoding := ""
	if bytes.HasPrefix(prefix, []byte{0xff, 0xfe}) || bytes.HasPrefix(prefix, []byte{0xfe, 0xff}) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
		decoding = "utf-16"
		prefix, err = br.Peek(sniffLen)
		if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
			r.fail(inputError(name, 0, err), quiet)
			return nil
		}
	}
	format, derr := Detect(prefix)
	if derr != nil && (r.format == "" || errors.Is(derr, ErrBinary) || errors.Is(derr, ErrEmpty)) {
		r.fail(&Error{Path: name, Err: derr}, quiet)
		return nil
	}
	if r.format != "" {
		format = r.format
	}
	switch format {
	case FormatJSONL:
		return r.jsonl(name, br)
	case FormatRSS, FormatAtom:
		return r.xmlFeed(name, br, format)
	case FormatJSONFeed:
		return r.jsonFeed(name, br)
	}
	data, err := readLimited(br, r.max)
	if err != nil {
		r.fail(inputError(name, 0, err), quiet)
		return nil
	}
	var a *Article
	if format == FormatHTML {
		a, err = parseHTML(data)
	} else {
		a, err = parseText(data)
	}
	if err != nil {
		r.fail(inputError(name, 0, err), quiet)
		return nil
	}
	a.Source = name
	if decoding != "" {
		a.Decoding = decoding
	}
	return r.emit(a)
}

// readLimited reads all of rd, failing with ErrTooLarge as soon as it has
// seen more than max bytes.
func readLimited(rd io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, tooLarge(max)
	}
	return data, nil
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: over the %s limit (see --max-bytes)", ErrTooLarge, sizeString(max))
}

// sizeString formats a byte count for people: "16 MB", "900 bytes".
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d-byte", n)
}
