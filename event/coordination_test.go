package event

import (
	"slices"
	"testing"
	"time"
)

// Tests of coordinated actor lists.

// TestPossessedObject: "met X and Japan's Prime Minister Y" met Y,
// not Japan (QA19 E-1, object side).
func TestPossessedObject(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	d := runWorld(t, p, "Lula met Scholz and Japan's Prime Minister Fumio Kishida in Brasilia.", time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC))
	var got []string
	for _, e := range d.Events {
		got = append(got, e.TargetName)
	}
	if !slices.Contains(got, "Fumio Kishida") || slices.Contains(got, "Japan") {
		t.Errorf("targets %q, want Fumio Kishida and not Japan", got)
	}
}
