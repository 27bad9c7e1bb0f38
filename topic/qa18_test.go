package topic

import "testing"

// TestQA18Themes: a disc jockey or a radio shock jockey is a
// broadcaster, no sport; a jockey who rides stays sport (QA18 TP-1).
func TestQA18Themes(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"a former disc jockey", "The mayor, a former disc jockey, was dismissed by the cabinet in June.", "sports", false},
		{"radio jockeys", "Two radio jockeys were questioned by police over a prank call to the hospital.", "sports", false},
		{"a jockey who rides", "The jockey rode the favourite to victory at the racecourse.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}
