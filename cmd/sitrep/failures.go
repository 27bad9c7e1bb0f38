package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/sitrep-project/sitrep/ingest"
)

// maxLineErrors is how many bad lines or items of one input are printed;
// the rest are counted. A text file read as --format jsonl would
// otherwise print one error per line of the file.
const maxLineErrors = 20

// A failLog prints failures on stderr, one line each, but at most
// maxLineErrors bad lines per input; Close then says how many more each
// input had. It is not safe for concurrent use: callers hold their lock.
type failLog struct {
	w      io.Writer
	lines  map[string]int // bad lines seen per input
	hidden []string       // inputs with lines not shown, in order
}

func newFailLog(w io.Writer) *failLog {
	return &failLog{w: w, lines: map[string]int{}}
}

// Print prints err on one line unless it is a bad line of an input that
// has already had maxLineErrors printed.
func (f *failLog) Print(err error) {
	var ie *ingest.Error
	if errors.As(err, &ie) && ie.Line > 0 {
		f.lines[ie.Path]++
		switch n := f.lines[ie.Path]; {
		case n == maxLineErrors+1:
			f.hidden = append(f.hidden, ie.Path)
			return
		case n > maxLineErrors:
			return
		}
	}
	fmt.Fprintln(f.w, oneLine(err.Error()))
}

// Close prints, for each input that had more bad lines than were shown,
// one line with their number. A nil *failLog prints nothing.
func (f *failLog) Close() {
	if f == nil {
		return
	}
	for _, p := range f.hidden {
		fmt.Fprintf(f.w, "ingest: %s: %d more bad lines not shown (%d in all)\n", p, f.lines[p]-maxLineErrors, f.lines[p])
	}
	f.hidden = nil
}
