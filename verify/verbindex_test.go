package verify

import (
	"strings"
	"testing"
)

// TestVerbIndexContains checks that patternVerbs.in finds the verbs that
// strings.Contains finds, at the start, in the middle and in the last
// eight bytes of a text, for verbs longer and shorter than eight bytes.
func TestVerbIndexContains(t *testing.T) {
	x := patternVerbs
	var verbs []verbID
	for b := range x.byFirst {
		verbs = append(verbs, x.byFirst[b]...)
	}
	naive := func(lower string) uint64 {
		var bits uint64
		for _, v := range verbs {
			if strings.Contains(lower, v.verb) {
				bits |= v.bit
			}
		}
		return bits
	}
	texts := []string{
		"",
		"e",
		"the two states restored diplomatic relations in 2016",
		"they had no ties; establishment of an embassy",
		"restor",
		"establis",
		"re-establish ties",
		"they severed relations and later normalised them, hasn't had relations",
		"sign", "xsign", "signe", "n’t had", "it ended",
		"maintain", "maintaine", "enjoyed close ties and kept them",
	}
	for _, v := range verbs {
		// each verb alone, at the end, cut short and after a byte
		texts = append(texts, v.verb, "a "+v.verb, v.verb[:len(v.verb)-1], "x"+v.verb+" relations", "xxxxxxxxxx"+v.verb)
	}
	for _, s := range texts {
		if got, want := x.in(s), naive(s); got != want {
			t.Errorf("in(%q) = %b; want %b", s, got, want)
		}
	}
}
