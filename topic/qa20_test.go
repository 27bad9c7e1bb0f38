package topic

import "testing"

// TestQA20Themes: a central bank's rate decision is economy news by
// its rate terms (TP-1); bases hit by a force are no baseball (TP-2); a
// run-off is an election's second ballot, water's runoff is not (TP-3).
func TestQA20Themes(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"policy rate", "The Bank of Zambia raised its policy rate to 14 percent on Wednesday.", "economy", true},
		{"basis points", "The Bank of Thailand cut its benchmark rate by 25 basis points.", "economy", true},
		{"repo rate", "The Reserve Bank of Australia held the cash rate at 4.35 percent.", "economy", true},
		{"bases hit", "Turkish jets hit bases in northern Iraq.", "sports", false},
		{"bases of a group", "The army shelled bases of the rebel group near the border.", "sports", false},
		{"bases loaded", "He doubled with the bases loaded in the ninth inning.", "sports", true},
		{"runoff", "Lula won the runoff on Sunday.", "elections", true},
		{"presidential run-off", "Macron won the presidential run-off against Le Pen.", "elections", true},
		{"presidential vote", "He came first in the second round of the presidential vote.", "elections", true},
		{"water runoff", "Agricultural runoff polluted the lake.", "elections", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}
