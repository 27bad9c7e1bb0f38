package mention

import "testing"

// Tests of corps and service nouns.

// TestServiceNouns checks that a corps noun after a country or
// "former" is no part of the person's name, and that the same word as a
// given name is.
func TestServiceNouns(t *testing.T) {
	for _, tc := range []struct {
		text         string
		want, absent []string
	}{
		{"Former US Marine Paul Whelan was freed on Thursday.", []string{"Paul Whelan/person//name"}, []string{"Marine Paul Whelan"}},
		{"The British Marine Tom Hardy was wounded.", []string{"Tom Hardy/person//name"}, []string{"Marine Tom Hardy"}},
		{"France's Marine Le Pen met the far-right leader Marine Le Pen.", []string{"Marine Le Pen/person//name"}, []string{"Le Pen"}},
	} {
		d := analyzeShipped(t, tc.text, "2024-08-01")
		checkMentions(t, d, tc.text, tc.want, tc.absent)
	}
}
