package topic

import (
	"strings"
	"testing"
)

// datelineEndBySlice is datelineEnd as first written, with the words
// of the dateline in a slice (strings.Fields): datelineEnd must answer
// as it does.
func datelineEndBySlice(text string) int {
	if len(text) > datelineWindow {
		text = text[:datelineWindow]
	}
	end := firstSep(text)
	if end < 0 {
		return -1
	}
	head := strings.TrimSpace(text[:end])
	if strings.HasSuffix(head, ")") {
		if i := strings.LastIndexByte(head, '('); i > 0 {
			head = strings.TrimSpace(head[:i])
		}
	}
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 9 {
		return -1
	}
	for _, w := range words {
		if isCapsWord(strings.TrimRight(w, ",.")) {
			return end
		}
	}
	return -1
}

func FuzzDatelineEnd(f *testing.F) {
	for _, s := range []string{
		"BAGHDAD (Reuters) - Troops", "FORT PIERCE, Fla. - A man", "a b c d e f g h i JAKARTA - x",
		"a b c d e f g h JAKARTA - x", "JAKARTA : x", " - x", "By JOHN SMITH\u00a0LONDON -- x", "Nairobi - x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := datelineEnd(text), datelineEndBySlice(text); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", text, got, want)
		}
	})
}
