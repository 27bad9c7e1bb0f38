package analysis

import (
	"slices"
	"testing"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/pipeline"
)

func names(stages []pipeline.Stage) []string {
	var out []string
	for _, s := range stages {
		out = append(out, s.Name())
	}
	return out
}

// TestStages checks the order of the stages and that each one's required
// layers are provided before it (pipeline.New checks that).
func TestStages(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		k    *kb.KB
		want []string
	}{
		{"with a KB", k, []string{"normalize", "dateline", "segment", "times", "mentions", "quotes", "places", "events", "topics", "verify"}},
		{"without a KB", nil, []string{"normalize", "dateline", "segment", "times", "quotes", "places", "topics"}},
	} {
		stages := Stages(tt.k)
		if got := names(stages); !slices.Equal(got, tt.want) {
			t.Errorf("%s: stages %v; want %v", tt.name, got, tt.want)
		}
		if _, err := pipeline.New(nil, stages...); err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}
