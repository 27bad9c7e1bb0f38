package event

import "testing"

// TestWordFilters checks the Bloom filters in front of the dictionary's
// first-word and agent indexes: every indexed word passes (a word that
// failed would never trigger), and they keep out most function words.
func TestWordFilters(t *testing.T) {
	d := DefaultDict()
	for w := range d.byFirst {
		if !d.firstWords.has(w) {
			t.Errorf("firstWords drops pattern word %q", w)
		}
	}
	for w := range d.agentFirst {
		if !d.agentWords.has(w) {
			t.Errorf("agentWords drops agent word %q", w)
		}
	}
	common := []string{"the", "of", "and", "a", "in", "to", "is", "was", "for", "on", "that", "with", "by", "as", "at",
		"from", "his", "her", "it", "an", "were", "are", "which", "this", "be", "has", "had", "have", "but", "not"}
	pass := 0
	for _, w := range common {
		if len(d.byFirst[w]) == 0 && d.firstWords.has(w) {
			pass++
		}
	}
	if pass > len(common)/4 {
		t.Errorf("firstWords lets %d of %d unindexed function words through", pass, len(common))
	}
	var empty wordFilter
	if empty.has("attack") {
		t.Error("an empty filter has a word")
	}
}
