package store

import (
	"context"
	"encoding/json"
	"fmt"

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
func Encode(d *doc.Doc) (*Encoded, error) {
	b, err := d.MarshalJSON() // not json.Marshal, which would re-compact it
	if err != nil {
		return nil, fmt.Errorf("%s: encode analysis: %w", d.Source, err)
	}
	e := &Encoded{Doc: d, Analysis: string(b)}
	e.Sig, e.Usable = MinHash(d.Text)
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

// An EncodedPutter is a Store that also takes docs encoded ahead with
// [Encode]. PutEncoded is Put for them, with the same contract: one
// transaction, duplicates skipped, every doc needs an id. Both backends
// implement it.
type EncodedPutter interface {
	PutEncoded(ctx context.Context, docs []*Encoded) (PutResult, error)
}
