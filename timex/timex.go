// Package timex finds temporal expressions in article text and normalises
// them to TIMEX3 values (2024-07-31, 2023-03, P7Y, PAST_REF), resolving
// relative expressions against the article date.
//
// [Find] is the pure function; [New] wraps it as a pipeline stage that
// fills doc.LayerTimes.
package timex

import (
	"github.com/sitrep-project/sitrep/doc"
)

// Stage is the times stage. Its zero value is ready to use and it is safe
// for concurrent use.
type Stage struct {
	// South, when set, reports whether a text's dateline places the
	// story south of the equator; its seasons are then read there (see
	// [FindSouth]). It must be safe for concurrent use.
	South func(text string) bool
}

// New returns the times stage.
func New() *Stage { return &Stage{} }

// Name returns "times".
func (*Stage) Name() string { return "times" }

// Requires reports the layers the stage reads: the text, and the article
// date (which may be unknown; then relative values stay underspecified).
func (*Stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerText} }

// Provides reports doc.LayerTimes.
func (*Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerTimes} }

// Process fills d.Times with the expressions [Find] (or [FindSouth], for
// a story from south of the equator) returns for d.Text anchored at
// d.Date.
func (s *Stage) Process(d *doc.Doc) error {
	if s.South != nil && s.South(d.Text) {
		d.Times = FindSouth(d.Text, d.Date)
	} else {
		d.Times = Find(d.Text, d.Date)
	}
	d.Fill(doc.LayerTimes)
	return nil
}
