package topic

import "testing"

// TestQA21Themes: a fiscal quarter is no period of a game (QA21 TP-1);
// data a government publishes is no computing (QA21 TP-2).
func TestQA21Themes(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"output in the third quarter", "Copper output rose 9% in the third quarter.", "sports", false},
		{"profit in the fourth quarter", "The bank's profit fell in the fourth quarter.", "sports", false},
		{"third quarter of a year", "The economy shrank in the third quarter of 2022.", "sports", false},
		{"game's fourth quarter", "The Celtics scored 35 points in the fourth quarter.", "sports", true},
		{"touchdown in the third quarter", "He caught two touchdown passes in the third quarter.", "sports", true},
		{"published data", "The government stopped the outbreak. Ghana has not published data since May.", "technology", false},
		{"official data", "The island defeated the virus, according to official data.", "technology", false},
		{"user data", "Hackers stole user data from the software company's servers.", "technology", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}
