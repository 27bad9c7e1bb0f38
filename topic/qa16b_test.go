package topic

import "testing"

// TestQA16bThemes: a legislature's vote is no election, and downgraded
// relations are no economy news; an election and a credit downgrade
// still are (QA16 TP-1, TP-2).
func TestQA16bThemes(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text, theme string
		want              bool
	}{
		{"legislature votes", "Lawmakers voted to approve the budget. The senate voted to confirm the nominee.", "elections", false},
		{"parliament voted to downgrade", "The parliament voted to downgrade relations with its neighbour. The parliament voted on Sunday to expel the ambassador.", "elections", false},
		{"voters voted in an election", "Voters voted in large numbers on Sunday in the first round of the presidential election.", "elections", true},
		{"downgraded relations", "Britain downgraded relations with Iran.", "economy", false},
		{"downgraded relations is diplomacy", "Britain downgraded relations with Iran.", "diplomacy", true},
		{"parliament had voted", "The parliament voted to downgrade relations with its neighbour. The parliament had voted on Sunday to expel the ambassador.", "elections", false},
		{"downgraded its ties", "Bahrain downgraded its ties with Qatar on Monday.", "economy", false},
		{"credit downgrade", "Moody's downgraded Greece's credit rating on Monday, citing its debt.", "economy", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, tt.theme); got != tt.want {
				t.Errorf("%q: theme %s reported %v, want %v (topics %v)", tt.text, tt.theme, got, tt.want, tps)
			}
		})
	}
}
