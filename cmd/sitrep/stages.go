package main

import (
	"github.com/sitrep-project/sitrep/analysis"
	"github.com/sitrep-project/sitrep/pipeline"
)

// openPipeline opens the KB (the shipped one with kbs stacked on it) and
// builds the default analysis pipeline (analysis.Stages) over it.
func openPipeline(kbs []string) (*pipeline.Pipeline, error) {
	k, err := openKB(kbs)
	if err != nil {
		return nil, err
	}
	return pipeline.New(nil, analysis.Stages(k)...)
}
