package doc

import "testing"

// TestFillHas checks the layer record for every standard layer and for a
// layer of an outside stage: filling one layer fills no other.
func TestFillHas(t *testing.T) {
	layers := []Layer{LayerText, LayerRepairs, LayerDate, LayerParagraphs, LayerSentences, LayerTokens,
		LayerMentions, LayerQuotes, LayerTimes, LayerPlaces, LayerEvents, LayerTopics, LayerFindings, "sentiment"}
	seen := map[uint32]Layer{}
	for _, l := range layers[:len(layers)-1] {
		b := layerBit(l)
		if b == 0 {
			t.Errorf("layer %q has no bit", l)
		}
		if o, dup := seen[b]; dup {
			t.Errorf("layers %q and %q share a bit", l, o)
		}
		seen[b] = l
	}
	for i, l := range layers {
		var d Doc
		d.Fill(l)
		for j, m := range layers {
			if got := d.Has(m); got != (i == j) {
				t.Errorf("after Fill(%q): Has(%q) = %v", l, m, got)
			}
		}
		if err := d.Need(l); err != nil {
			t.Errorf("Need(%q) after Fill: %v", l, err)
		}
	}
	var d Doc
	if d.Has(LayerText) || d.Need(LayerText) == nil {
		t.Error("an empty Doc has the text layer")
	}
}
