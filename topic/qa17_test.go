package topic

import "testing"

// TestQA17Themes: winning and losing in an election story is no sport;
// a match result or a named competition beside an election still is
// (QA17 TP-1).
func TestQA17Themes(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"election victory", "The opposition won a landslide victory in Sunday's parliamentary election, defeating the ruling party. The prime minister conceded defeat as the party won 90 of the 150 seats and voters backed its candidates in the race.", "sports", false},
		{"election victory is elections", "The opposition won a landslide victory in Sunday's parliamentary election, defeating the ruling party. The prime minister conceded defeat as the party won 90 of the 150 seats and voters backed its candidates in the race.", "elections", true},
		{"a match result stays sport", "The champions won 3-1 on Sunday, a victory that sealed the title, while fans defeated in the vote for the club's board conceded defeat. The team won again in the final.", "sports", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}
