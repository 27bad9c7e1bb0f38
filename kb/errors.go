package kb

import (
	"fmt"
	"sort"
)

// An Error is a problem found at one line of a KB file.
type Error struct {
	File string // file name as given to Load ("<embedded>/countries.jsonl" for shipped data)
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.File == "":
		return e.Msg
	case e.Line == 0:
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// An ErrorList collects the problems of a load, in file and line order
// once sorted. Its Error method prints the first and counts the rest, like
// go/scanner.ErrorList.
type ErrorList []*Error

// Add appends an error at file:line.
func (l *ErrorList) Add(file string, line int, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (l ErrorList) Len() int { return len(l) }

// Sort sorts the list by file, then line.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
