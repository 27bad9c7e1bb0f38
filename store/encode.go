package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"github.com/sitrep-project/sitrep/doc"
)

// An Encoded doc is a doc made ready for storing: the work Put does that
// needs CPU but no database — the v1 JSON of the analysis and of each
// quote, finding and event, and the MinHash signature of the text — done
// ahead. An ingest encodes on many goroutines while one writer runs SQL
// (see [EncodedPutter]).
type Encoded struct {
	Doc *doc.Doc
	// Analysis is the v1 JSON of the analysis (doc.Doc.MarshalJSON), as
	// Article.Analysis returns it.
	Analysis string
	// Quotes, Findings and Events are the JSON of each quote, finding
	// and event, in the doc's order.
	Quotes, Findings, Events []string
	// Sig is the MinHash signature of the text; Usable says whether the
	// text had enough shingles for it to mean anything.
	Sig    Signature
	Usable bool
}

// Encode encodes d for storing. It is safe for concurrent use and does not
// modify d. Errors name the doc's source.
//
// The analysis is encoded once: the JSON of each quote, finding and
// event is the text of that element inside the analysis JSON (which
// encodes each with encoding/json, HTML characters unescaped), not a
// second encoding.
func Encode(d *doc.Doc) (*Encoded, error) {
	b, err := d.MarshalJSON() // not json.Marshal, which would re-compact it
	if err != nil {
		return nil, fmt.Errorf("%s: encode analysis: %w", d.Source, err)
	}
	// b is never written again, so the string can share its bytes, and
	// the layers' JSON can share the string's.
	analysis := unsafe.String(unsafe.SliceData(b), len(b))
	e := &Encoded{Doc: d, Analysis: analysis}
	e.Sig, e.Usable = MinHash(d.Text)
	layers := topArrays(analysis, "quotes", "findings", "events")
	e.Quotes, e.Findings, e.Events = layers[0], layers[1], layers[2]
	if len(e.Quotes) == len(d.Quotes) && len(e.Findings) == len(d.Findings) && len(e.Events) == len(d.Events) {
		return e, nil
	}
	// Not found in the analysis as expected (never, with doc's encoder):
	// encode each element on its own.
	var first error
	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil && first == nil {
			first = fmt.Errorf("%s: encode: %w", d.Source, err)
		}
		return string(b)
	}
	e.Quotes = make([]string, len(d.Quotes))
	for i, q := range d.Quotes {
		e.Quotes[i] = js(q)
	}
	e.Findings = make([]string, len(d.Findings))
	for i, f := range d.Findings {
		if f.Evidence == nil {
			f.Evidence = []doc.Evidence{}
		}
		e.Findings[i] = js(f)
	}
	e.Events = make([]string, len(d.Events))
	for i, ev := range d.Events {
		e.Events[i] = js(ev)
	}
	if first != nil {
		return nil, first
	}
	return e, nil
}

// topArrays returns, for each key, the JSON text of the elements of the
// array that is the value of that key in the JSON object js (substrings
// of js, in order); nil for a key that is absent or not an array, and
// nil for every key when js is not a well-formed object.
func topArrays(js string, keys ...string) [][]string {
	out := make([][]string, len(keys))
	fail := func() [][]string { return make([][]string, len(keys)) }
	i := skipSpace(js, 0)
	if i >= len(js) || js[i] != '{' {
		return fail()
	}
	i = skipSpace(js, i+1)
	if i < len(js) && js[i] == '}' {
		return out
	}
	for {
		if i >= len(js) || js[i] != '"' {
			return fail()
		}
		end := skipString(js, i)
		if end < 0 {
			return fail()
		}
		key := js[i+1 : end-1] // raw: the keys asked for have no escapes
		i = skipSpace(js, end)
		if i >= len(js) || js[i] != ':' {
			return fail()
		}
		i = skipSpace(js, i+1)
		k := slices.Index(keys, key)
		if k >= 0 && i < len(js) && js[i] == '[' {
			elems, end := arrayElems(js, i)
			if end < 0 {
				return fail()
			}
			out[k], i = elems, end
		} else if i = skipValue(js, i); i < 0 {
			return fail()
		}
		i = skipSpace(js, i)
		switch {
		case i < len(js) && js[i] == ',':
			i = skipSpace(js, i+1)
		case i < len(js) && js[i] == '}':
			return out
		default:
			return fail()
		}
	}
}

// arrayElems returns the elements of the array starting at js[i] ('[')
// and the index just past it; -1 when it is malformed.
func arrayElems(js string, i int) ([]string, int) {
	elems := []string{}
	i = skipSpace(js, i+1)
	if i < len(js) && js[i] == ']' {
		return elems, i + 1
	}
	for {
		end := skipValue(js, i)
		if end < 0 {
			return nil, -1
		}
		elems = append(elems, js[i:end])
		i = skipSpace(js, end)
		switch {
		case i < len(js) && js[i] == ',':
			i = skipSpace(js, i+1)
		case i < len(js) && js[i] == ']':
			return elems, i + 1
		default:
			return nil, -1
		}
	}
}

// skipValue returns the index just past the JSON value starting at js[i],
// or -1 when there is none. Objects and arrays are matched by bracket
// depth outside strings; scalars run to the next delimiter.
func skipValue(js string, i int) int {
	if i >= len(js) {
		return -1
	}
	switch js[i] {
	case '"':
		return skipString(js, i)
	case '{', '[':
		depth := 0
		for i < len(js) {
			switch js[i] {
			case '"':
				if i = skipString(js, i); i < 0 {
					return -1
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return -1
	}
	start := i
	for i < len(js) && !strings.ContainsRune(",}] \t\r\n", rune(js[i])) {
		if strings.ContainsRune("{[\":", rune(js[i])) {
			return -1
		}
		i++
	}
	if i == start {
		return -1
	}
	return i
}

// skipString returns the index just past the JSON string starting at
// js[i] ('"'), or -1 when it is not closed.
func skipString(js string, i int) int {
	for i++; i < len(js); i++ {
		switch js[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

func skipSpace(js string, i int) int {
	for i < len(js) && (js[i] == ' ' || js[i] == '\t' || js[i] == '\n' || js[i] == '\r') {
		i++
	}
	return i
}

// An EncodedPutter is a Store that also takes docs encoded ahead with
// [Encode]. PutEncoded is Put for them, with the same contract: one
// transaction, duplicates skipped, every doc needs an id. Both backends
// implement it.
type EncodedPutter interface {
	PutEncoded(ctx context.Context, docs []*Encoded) (PutResult, error)
}
