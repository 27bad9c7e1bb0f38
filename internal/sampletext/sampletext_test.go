package sampletext

import (
	"path/filepath"
	"testing"
)

func TestTexts(t *testing.T) {
	dir := filepath.Join("..", "..", "examples")
	txt, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	texts := Texts(t, dir)
	if len(txt) == 0 || len(texts) <= len(txt) {
		t.Fatalf("%d texts from %d plain-text files; want those and the JSON Lines articles after them", len(texts), len(txt))
	}
	for i, s := range texts {
		if s == "" {
			t.Errorf("text %d is empty", i)
		}
	}
}
