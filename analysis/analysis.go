// Package analysis assembles sitrep's default analysis pipeline: every
// stage in order over one KB. The CLI, the store's ingest and the stage
// benchmarks all take the list from here, so it is written once.
package analysis

import (
	"github.com/sitrep-project/sitrep/event"
	"github.com/sitrep-project/sitrep/geo"
	"github.com/sitrep-project/sitrep/ingest"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/pipeline"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
	"github.com/sitrep-project/sitrep/textnorm"
	"github.com/sitrep-project/sitrep/timex"
	"github.com/sitrep-project/sitrep/topic"
	"github.com/sitrep-project/sitrep/verify"
)

// Stages returns the analysis pipeline in order: normalise, dateline,
// segment, times, mentions, quotes, places, events, topics, verify. k is
// read-only and may be shared by any number of pipelines; when it is nil
// the stages that need a KB (mentions, events, verify) are left out.
func Stages(k *kb.KB) []pipeline.Stage {
	var stages []pipeline.Stage
	stages = append(stages, textnorm.NewStage())
	stages = append(stages, ingest.DatelineStage{}) // article date; needs the normalised text
	stages = append(stages, segment.New())
	g := geo.MustNew(k)
	// times, resolved against the article date; seasons where the
	// dateline is
	stages = append(stages, &timex.Stage{South: g.DatelineSouth})
	if k != nil {
		stages = append(stages, mention.New(k, mention.Options{})) // entities, role claims
	}
	stages = append(stages, quote.NewKB(k))  // quotes; uses mentions (and the KB) when present
	stages = append(stages, geo.NewStage(g)) // places; metonymy from mentions
	if k != nil {
		stages = append(stages, event.New(k, event.DefaultDict())) // events: after mentions and times
	}
	stages = append(stages, topic.New(k)) // regions and themes; after events
	if k != nil {
		stages = append(stages, verify.New(k)) // keep last: it reads every layer before it
	}
	return stages
}
