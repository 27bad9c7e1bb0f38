// Package pipeline runs stages over documents. A stage reads the layers it
// requires from a doc.Doc and adds the layers it provides; a Pipeline is an
// ordered list of stages checked once, at construction, so that no stage
// reads a layer no earlier stage fills.
package pipeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// A Stage is one step of analysis. Process must only read the layers named
// by Requires and write the layers named by Provides, and must call
// d.Fill for each layer it provides, even when it finds nothing.
// Stages must be safe for concurrent use by several goroutines on
// different docs: any shared state (the KB, dictionaries) is read-only.
type Stage interface {
	Name() string
	Requires() []doc.Layer
	Provides() []doc.Layer
	Process(d *doc.Doc) error
}

// StageFunc adapts a plain function to a Stage.
type StageFunc struct {
	StageName string
	Needs     []doc.Layer
	Gives     []doc.Layer
	Func      func(*doc.Doc) error
}

func (s StageFunc) Name() string             { return s.StageName }
func (s StageFunc) Requires() []doc.Layer    { return s.Needs }
func (s StageFunc) Provides() []doc.Layer    { return s.Gives }
func (s StageFunc) Process(d *doc.Doc) error { return s.Func(d) }

// A Pipeline is a checked, ordered list of stages.
type Pipeline struct {
	stages []Stage
}

// A LayerError reports a stage that requires a layer no earlier stage
// provides.
type LayerError struct {
	Stage     string
	Layer     doc.Layer
	Providers []string // stages (anywhere in the list) that provide it
}

func (e *LayerError) Error() string {
	if len(e.Providers) == 0 {
		return fmt.Sprintf("pipeline: stage %q requires layer %q, which no stage provides", e.Stage, e.Layer)
	}
	return fmt.Sprintf("pipeline: stage %q requires layer %q: put %s before it", e.Stage, e.Layer, strings.Join(e.Providers, " or "))
}

// New checks that every stage's required layers are provided by an
// earlier stage and returns the pipeline. Layers in given count as
// provided before the first stage (e.g. doc.LayerDate set by ingest).
func New(given []doc.Layer, stages ...Stage) (*Pipeline, error) {
	have := make(map[doc.Layer]bool)
	for _, l := range given {
		have[l] = true
	}
	for _, s := range stages {
		for _, l := range s.Requires() {
			if !have[l] {
				var prov []string
				for _, o := range stages {
					for _, p := range o.Provides() {
						if p == l {
							prov = append(prov, o.Name())
						}
					}
				}
				return nil, &LayerError{Stage: s.Name(), Layer: l, Providers: prov}
			}
		}
		for _, l := range s.Provides() {
			have[l] = true
		}
	}
	return &Pipeline{stages: stages}, nil
}

// Stages returns the pipeline's stages in order.
func (p *Pipeline) Stages() []Stage { return p.stages }

// A StageError is a failure of one stage on one document.
type StageError struct {
	Stage  string
	Source string
	Err    error
}

func (e *StageError) Error() string {
	return fmt.Sprintf("%s: %s: %v", e.Stage, e.Source, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

// Timings accumulates time spent per stage. The zero value is ready to
// use; it is not safe for concurrent use (give each worker its own and
// Add them).
type Timings struct {
	Names []string
	Total []time.Duration
}

// Add merges o into t.
func (t *Timings) Add(o *Timings) {
	for i, n := range o.Names {
		t.add(i, n, o.Total[i])
	}
}

func (t *Timings) add(i int, name string, d time.Duration) {
	for len(t.Names) <= i {
		t.Names = append(t.Names, "")
		t.Total = append(t.Total, 0)
	}
	t.Names[i] = name
	t.Total[i] += d
}

// Run runs every stage on d in order and stops at the first error. When
// t is non-nil it records the time spent in each stage.
func (p *Pipeline) Run(d *doc.Doc, t *Timings) error {
	for i, s := range p.stages {
		var start time.Time
		if t != nil {
			start = time.Now()
		}
		err := runStage(s, d)
		if t != nil {
			t.add(i, s.Name(), time.Since(start))
		}
		if err != nil {
			return &StageError{Stage: s.Name(), Source: d.Source, Err: err}
		}
	}
	return nil
}

// runStage calls s.Process, turning a panic in a stage (a programmer
// error) into an error so that one bad article cannot bring down a run
// over thousands.
func runStage(s Stage, d *doc.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report): %v", r)
		}
	}()
	return s.Process(d)
}
