// Package sampletext reads the project's sample articles as bare texts,
// one per article, for the benchmarks of stages that take a text rather
// than a document (internal tests cannot use stagetest, which imports
// every stage).
package sampletext

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Texts returns the plain-text examples (*.txt) under dir and the article
// texts of its JSON Lines example (americas-and-europe.jsonl), in that
// order. It fails tb when a file cannot be read.
func Texts(tb testing.TB, dir string) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(t))
	}
	lines, err := os.ReadFile(filepath.Join(dir, "americas-and-europe.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, l := range strings.Split(string(lines), "\n") {
		var a struct{ Text string }
		if json.Unmarshal([]byte(l), &a) == nil && a.Text != "" {
			out = append(out, a.Text)
		}
	}
	return out
}
