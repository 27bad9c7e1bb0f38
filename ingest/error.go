package ingest

import (
	"errors"
	"fmt"
	"io/fs"
)

// Sentinel errors wrapped by [Error]; test for them with errors.Is.
var (
	ErrEmpty         = errors.New("empty file")
	ErrBinary        = errors.New("binary file (NUL bytes), skipped")
	ErrExecutable    = errors.New("executable file, skipped")
	ErrTooLarge      = errors.New("too large")
	ErrNoArticles    = errors.New("no articles found")
	ErrNotArticle    = errors.New("not an article (no text found)")
	ErrUnknownFormat = errors.New("unknown format")
)

// An Error is a problem with one input: a file that cannot be read, is not
// an article, or holds a damaged record. Line is the 1-based line of a bad
// JSON Lines record or feed item, 0 when the problem is the whole input.
// Its message is one line naming the input, e.g.
//
//	ingest: data/x.bin: binary file (NUL bytes), skipped
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("ingest: %s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("ingest: %s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// inputError wraps err as an *Error for path, dropping the path an
// *fs.PathError would repeat ("open x: permission denied" → "permission
// denied").
func inputError(path string, line int, err error) *Error {
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		err = pe.Err
	}
	return &Error{Path: path, Line: line, Err: err}
}

// skippable reports whether err means "this file is not an article", which
// a directory walk passes over quietly.
func skippable(err error) bool {
	return errors.Is(err, ErrBinary) || errors.Is(err, ErrExecutable) ||
		errors.Is(err, ErrEmpty) || errors.Is(err, ErrNotArticle)
}
