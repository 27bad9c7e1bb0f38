package main

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

// stageConfig is what the analysis stages are built from.
type stageConfig struct {
	KB *kb.KB // read-only, shared by all workers
}

// defaultStages returns the analysis pipeline in order: normalise,
// segment, mentions, quotes/times/places, events, topics, verify. Each
// stage is added here, in one line, by the package that provides it.
func defaultStages(cfg stageConfig) []pipeline.Stage {
	var stages []pipeline.Stage
	stages = append(stages, textnorm.NewStage())
	stages = append(stages, ingest.DatelineStage{}) // article date; needs the normalised text
	stages = append(stages, segment.New())
	stages = append(stages, timex.New()) // times, resolved against the article date
	if cfg.KB != nil {
		stages = append(stages, mention.New(cfg.KB, mention.Options{})) // entities, role claims
	}
	stages = append(stages, quote.New())                       // quotes; uses mentions when present
	stages = append(stages, geo.NewStage(geo.MustNew(cfg.KB))) // places; metonymy from mentions
	if cfg.KB != nil {
		stages = append(stages, event.New(cfg.KB, event.DefaultDict())) // events: after mentions and times
	}
	stages = append(stages, topic.New(cfg.KB)) // regions and themes; after events
	if cfg.KB != nil {
		stages = append(stages, verify.New(cfg.KB)) // keep last: it reads every layer before it
	}
	return stages
}

// openPipeline opens the KB (the shipped one with kbs stacked on it) and
// builds the default analysis pipeline over it.
func openPipeline(kbs []string) (*pipeline.Pipeline, error) {
	k, err := openKB(kbs)
	if err != nil {
		return nil, err
	}
	return pipeline.New(nil, defaultStages(stageConfig{KB: k})...)
}
