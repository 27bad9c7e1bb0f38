package main

import (
	"encoding/json"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
)

// TestEvalFloors runs the evaluations on the shared gold data (skipped
// when ../shared is absent) and fails when a score drops below its floor:
// the target where it is met, else just under the measured figure,
// so a regression in any stage shows up in go test.
func TestEvalFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluations over the shared data take a few seconds")
	}
	type check struct {
		name  string
		get   func(r map[string]any) float64
		floor float64
	}
	num := func(path ...string) func(map[string]any) float64 {
		return func(r map[string]any) float64 {
			var v any = r
			for _, k := range path {
				m, ok := v.(map[string]any)
				if !ok {
					return -1
				}
				v = m[k]
			}
			f, ok := v.(float64)
			if !ok {
				return -1
			}
			return f
		}
	}
	worldF1 := func(r map[string]any) float64 {
		classes, _ := r["classes"].([]any)
		for _, c := range classes {
			if m, ok := c.(map[string]any); ok && m["class"] == "World" {
				return num("f1")(m)
			}
		}
		return -1
	}
	tests := []struct {
		args   []string
		data   string
		checks []check
	}{
		{[]string{"quotes"}, "data/eval/polnear-dev", []check{
			{"direct-quote F1 (target 0.90)", num("content_direct", "f1"), 0.90},
			{"speaker accuracy (target 0.85)", num("speaker_accuracy"), 0.85},
		}},
		{[]string{"timex", "--format", "meantime"}, "data/eval/meantime-wikinews/intra-doc_annotation", []check{
			{"MEANTIME value F1 (target 0.85)", num("value", "f1"), 0.85},
		}},
		{[]string{"timex"}, "data/eval/timebank-tbaq-cleaned/TimeBank", []check{
			{"TimeBank value F1 (measured 0.858)", num("value", "f1"), 0.85},
			{"TimeBank strict extent F1 (measured 0.918)", num("strict_extent", "f1"), 0.91},
		}},
		{[]string{"timex"}, "data/eval/timebank-tbaq-cleaned/AQUAINT", []check{
			{"AQUAINT value F1 (measured 0.799)", num("value", "f1"), 0.79},
		}},
		{[]string{"quotes", "--mentions=false"}, "data/eval/polnear-dev", []check{
			{"speaker accuracy without mentions (measured 0.919)", num("speaker_accuracy"), 0.90},
		}},
		{[]string{"topics"}, "data/eval/ag-news-dev/dev.csv", []check{
			{"AG News World-vs-rest F1 (measured 0.885; target 0.90)", worldF1, 0.88},
		}},
		{[]string{"events", "--format", "plover"}, "data/eval/plover-gsr/PLOVER_GSR_CAMEO.json", []check{
			{"PLOVER category accuracy (target 0.85)", num("plover", "accuracy"), 0.85},
		}},
	}
	for _, tt := range tests {
		path := shareddata.Path(t, tt.data)
		args := append(append([]string{"eval"}, tt.args...), "--json", path)
		out, errOut, code := runSitrep(t, args...)
		if code != 0 {
			t.Errorf("sitrep %v: exit %d: %s", args, code, errOut)
			continue
		}
		// a list of per-input reports (the last is the total), or one
		var reports []map[string]any
		if err := json.Unmarshal([]byte(out), &reports); err != nil {
			var one map[string]any
			if err := json.Unmarshal([]byte(out), &one); err != nil {
				t.Errorf("sitrep %v: %v\n%s", args, err, out)
				continue
			}
			reports = []map[string]any{one}
		}
		if len(reports) == 0 {
			t.Errorf("sitrep %v: no report", args)
			continue
		}
		for _, c := range tt.checks {
			if got := c.get(reports[len(reports)-1]); got < c.floor {
				t.Errorf("%s = %.3f, below %.2f", c.name, got, c.floor)
			} else {
				t.Logf("%s = %.3f", c.name, got)
			}
		}
	}
}
