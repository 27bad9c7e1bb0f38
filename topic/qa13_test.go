package topic

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestTerrorEvents checks which events of unconventional violence count
// as evidence of terrorism (QA13 TP-2).
func TestTerrorEvents(t *testing.T) {
	s := New(testKB())
	base := "Something happened."
	tests := []struct {
		name string
		ev   doc.Event
		want bool
	}{
		{"gunmen attacked hotels", doc.Event{Cameo: "180", Plover: "ASSAULT", SourceSector: "UAF", SourceCode: "UAF", TargetCode: "IND", Confidence: 0.5}, true},
		{"a car bomb by an unknown actor", doc.Event{Cameo: "1831", Plover: "ASSAULT", Confidence: 0.5}, true},
		{"a hostage-taking by rebels", doc.Event{Cameo: "181", Plover: "ASSAULT", SourceSector: "REB", Confidence: 0.5}, true},
		{"a kidnapping by a named person is a crime", doc.Event{Cameo: "181", Plover: "ASSAULT", Confidence: 0.5}, false},
		{"troops fought", doc.Event{Cameo: "190", Plover: "ASSAULT", SourceSector: "MIL", Confidence: 0.5}, false},
		{"police beat protesters", doc.Event{Cameo: "182", Plover: "ASSAULT", SourceSector: "UAF", Confidence: 0.5}, false},
		{"a state's assassination", doc.Event{Cameo: "186", Plover: "ASSAULT", SourceSector: "SPY", Confidence: 0.5}, false},
		{"a threatened attack", doc.Event{Cameo: "180", Plover: "ASSAULT", SourceSector: "UAF", Hypothetical: true, Confidence: 0.5}, false},
	}
	for _, tt := range tests {
		if got := eventEvidence(s, base, tt.ev, "terrorism"); got != tt.want {
			t.Errorf("%s: terrorism evidence = %v; want %v", tt.name, got, tt.want)
		}
	}
}
