package topic

import "testing"

// Tests of theme lexicon entries.

// TestAllianceMembership: joining a military alliance is diplomacy
// even with no envoy, summit or treaty in the text; a
// business or sports story with "membership" words stays without it.
func TestAllianceMembership(t *testing.T) {
	s := New(nil)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"joined NATO", "Sweden formally joined NATO on Thursday, ending two centuries of military non-alignment after Russia's invasion of Ukraine.", true},
		{"NATO accession", "Turkey's parliament approved Finland's accession on Thursday, clearing the way for it to join NATO.", true},
		{"club membership", "The golf club raised its membership fees on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, tps := themeOf(t, s, tt.text, "diplomacy"); got != tt.want {
				t.Errorf("%q: diplomacy reported %v, want %v (topics %v)", tt.text, got, tt.want, tps)
			}
		})
	}
}
