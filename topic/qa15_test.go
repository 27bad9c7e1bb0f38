package topic

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// themeOf runs the stage s on text and reports whether it names theme.
func themeOf(t *testing.T, s *Stage, text, theme string) (bool, []doc.Topic) {
	t.Helper()
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, tp := range d.Topics {
		if tp.Kind == "theme" && tp.Label == theme {
			return true, d.Topics
		}
	}
	return false, d.Topics
}

// TestQA15Themes: a round of sanctions and an armed group's nickname are
// no sport; a team's nickname beside another team or a score still is
// (QA15 TP-1).
func TestQA15Themes(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"round of sanctions", "The Security Council voted on Monday to impose a third round of sanctions on North Korea.", "sports", false},
		{"round of talks", "Negotiators from both governments opened a fourth round of talks on the border dispute in Geneva.", "sports", false},
		{"a sports round", "The defending champion was knocked out in the fourth round of the tournament on Sunday.", "sports", true},
		{"armed group nickname", "The army said it had captured the last town held by the rebels. The Tigers had fought for decades for a separate state.", "sports", false},
		{"two nicknames", "The Tigers beat the Royals on Sunday and the Tigers will face the Royals again on Monday.", "sports", true},
		{"nickname and score", "The Tigers won 5-3 on Sunday in front of their fans.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}

// TestQA15HazardStruck: a one-sentence flash of a natural hazard that
// struck is a disaster story; the hazard word alone in passing is not
// (QA15 TP-3).
func TestQA15HazardStruck(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"quake flash", "A magnitude 6.4 earthquake struck off the northern coast on Sunday, damaging hundreds of buildings.", true},
		{"cyclone flash", "A powerful cyclone hit the southern coast overnight, flattening villages.", true},
		{"quake in passing", "The minister, who took office after the earthquake, opened the new bridge on Sunday with the mayor.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "disaster"); got != tt.want {
				t.Errorf("%q: disaster reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}

// TestQA15Peacekeeping: the U.N. peacekeeping mission named in a
// disaster story is an institution, no armed conflict; peacekeepers
// under fire still are (QA15 TP-4).
func TestQA15Peacekeeping(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"mission in a quake story", "A strong earthquake struck the capital on Tuesday. The head of the U.N. peacekeeping mission was missing after the mission's headquarters collapsed.", false},
		{"peacekeepers attacked", "Rebels attacked U.N. peacekeepers near the border, and troops returned fire in heavy fighting.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "armed-conflict"); got != tt.want {
				t.Errorf("%q: armed-conflict reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}

// TestQA15ElectoralRound: an ordinal round beside votes or a ballot is an
// election's; beside a match it is still sport's (QA15 TP-1).
func TestQA15ElectoralRound(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"votes in the second round", "The prime minister received 301 votes in the second round, after failing in the first ballot on Tuesday.", false},
		{"a tennis second round", "The defending champion won her second round match in straight sets on Tuesday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "sports"); got != tt.want {
				t.Errorf("%q: sports reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}
