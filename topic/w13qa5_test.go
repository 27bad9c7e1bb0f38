package topic

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13QA5SanctionEvents: of the SANCTION events only reduced aid and
// embargoes or sanctions (CAMEO 162, 163) are evidence of economic
// sanctions; breaking relations, recalling an ambassador (161) and
// expelling (166) are diplomacy (W13 QA5: Honduras, Peru).
func TestW13QA5SanctionEvents(t *testing.T) {
	s := New(testKB())
	base := "Something happened."
	tests := []struct {
		name string
		ev   doc.Event
		want bool
	}{
		{"broke relations", doc.Event{Cameo: "161", Plover: "SANCTION", SourceCode: "HND", TargetCode: "TWN", Confidence: 0.5}, false},
		{"reduced relations", doc.Event{Cameo: "160", Plover: "SANCTION", SourceCode: "HND", TargetCode: "TWN", Confidence: 0.5}, false},
		{"expelled", doc.Event{Cameo: "166", Plover: "SANCTION", SourceCode: "PER", TargetCode: "MEX", Confidence: 0.5}, false},
		{"imposed sanctions", doc.Event{Cameo: "163", Plover: "SANCTION", SourceCode: "USA", TargetCode: "IRN", Confidence: 0.5}, true},
		{"cut aid", doc.Event{Cameo: "1621", Plover: "SANCTION", SourceCode: "USA", TargetCode: "EGY", Confidence: 0.5}, true},
	}
	for _, tt := range tests {
		if got := eventEvidence(s, base, tt.ev, "sanctions"); got != tt.want {
			t.Errorf("%s: sanctions evidence = %v; want %v", tt.name, got, tt.want)
		}
	}
}
