package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalEmptyInput checks that an eval over gold that holds nothing
// fails with one line naming the input, instead of printing zero scores
// with exit 0 (a wrong path must not look like a result).
func TestEvalEmptyInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	prose := filepath.Join(dir, "prose.txt")
	emptyDir := filepath.Join(dir, "nothing")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(prose, []byte("Just a sentence, no XML here.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"ner", empty}, "no conll documents"},
		{[]string{"ner", emptyDir}, "no conll documents"},
		{[]string{"ner", "--format", "meantime", emptyDir}, "no meantime documents"},
		{[]string{"topics", empty}, "no AG News items"},
		{[]string{"places", empty}, "empty or not geovirus XML"},
		{[]string{"places", "--format", "lgl", prose}, "empty or not lgl XML"},
	} {
		_, errOut, code := runSitrep(t, append([]string{"eval"}, tt.args...)...)
		if code != exitFailed || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("eval %v: exit %d, %q; want exit 1 and one line with %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestMissingInputNamedFirst checks that a missing input is reported as
// "sitrep SUBCOMMAND: PATH: no such file or directory", without the system
// call ("lstat", "stat", "open") in front of the path.
func TestMissingInputNamedFirst(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gold")
	for _, args := range [][]string{
		{"eval", "timex", missing},
		{"eval", "quotes", missing},
		{"eval", "ner", missing},
		{"eval", "events", missing},
		{"eval", "topics", missing},
		{"kb", "import", "--format", "wikidata-ep", missing},
	} {
		_, errOut, code := runSitrep(t, args...)
		want := "sitrep " + args[0] + " " + args[1] + ": " + missing + ": no such file or directory\n"
		if code != exitFailed || errOut != want {
			t.Errorf("sitrep %v: exit %d, %q; want exit 1 and %q", args, code, errOut, want)
		}
	}
}
