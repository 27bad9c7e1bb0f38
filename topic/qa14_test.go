package topic

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// TestLoneCue: one cue word in the body of a story about something else
// is no theme of it; the same cue in a story of its own, or beside other
// evidence, is (QA14 TP-1).
func TestLoneCue(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"a passing Olympics in a war story", "Fighting spreads\n\nTroops shelled the town as rebels fought soldiers in the war. " +
			"Artillery and airstrikes hit the city, and militants attacked an army base. " +
			"The president, who had flown in from the Winter Olympics, ordered a ceasefire after the offensive.", "sports", false},
		{"the Olympics alone", "The Olympics went on in the city for two more weeks, with crowds every day.", "sports", true},
		{"the Olympics with more sport", "The Olympics went on. The sprinter won a gold medal in the final and the swimmer set a world record.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{Text: tt.text}
			segment.New().Process(d)
			if err := s.Process(d); err != nil {
				t.Fatal(err)
			}
			got := false
			for _, tp := range d.Topics {
				if tp.Kind == "theme" && tp.Label == tt.theme {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, d.Topics)
			}
		})
	}
}
