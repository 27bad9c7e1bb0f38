package kb

import (
	"bytes"
	"embed"
	"io/fs"
	"path"
	"sync"
)

// shipped holds the KB written by the project (see docs/kb.md).
//
//go:embed data/*.jsonl
var shipped embed.FS

// ShippedPrefix starts the file names of shipped KB files in errors and
// in the File field of records.
const ShippedPrefix = "<shipped>/"

// shippedBatches parses the embedded files in name order.
func shippedBatches() ([]*batch, error) {
	names, err := fs.Glob(shipped, "data/*.jsonl")
	if err != nil {
		return nil, err
	}
	var batches []*batch
	var errs ErrorList
	for _, n := range names {
		data, err := shipped.ReadFile(n)
		if err != nil {
			return nil, err
		}
		b, perrs := parse(bytes.NewReader(data), ShippedPrefix+path.Base(n))
		errs = append(errs, perrs...)
		batches = append(batches, b)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return batches, nil
}

var defaultKB = sync.OnceValues(func() (*KB, error) { return Open() })

// Default returns the shipped KB alone. It is loaded on first use and
// shared afterwards; callers must not modify it.
func Default() (*KB, error) { return defaultKB() }

// ShippedFiles returns the names of the shipped KB files, for display.
func ShippedFiles() []string {
	names, _ := fs.Glob(shipped, "data/*.jsonl")
	for i, n := range names {
		names[i] = path.Base(n)
	}
	return names
}

// ShippedFile returns the content of the named shipped KB file.
func ShippedFile(name string) ([]byte, error) { return shipped.ReadFile("data/" + name) }

//go:embed data/exceptions.txt
var exceptions []byte

// ShippedExceptions returns the reviewed exceptions file of the shipped
// KB: disagreements with reference tables that are accepted, each with
// its reason (see package refcheck).
func ShippedExceptions() []byte { return exceptions }

//go:embed data/gaps.txt
var gapReviews []byte
