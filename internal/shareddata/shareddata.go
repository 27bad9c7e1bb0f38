// Package shareddata locates the project's shared reference data (the
// ../shared folder beside the repository) for tests and evaluations.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $SITREP_SHARED if set, else the first
// "shared" folder holding DESIGN.md found beside the current directory or
// any of its parents. It returns "" when there is none.
func Dir() string {
	if d := os.Getenv("SITREP_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		cand := filepath.Join(filepath.Dir(dir), "shared")
		if _, err := os.Stat(filepath.Join(cand, "DESIGN.md")); err == nil {
			return cand
		}
		if filepath.Dir(dir) == dir {
			return ""
		}
	}
}

// Path returns the path of rel inside the shared folder, skipping the test
// with a clear message when the folder or the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skipf("shared data not found (no ../shared/DESIGN.md beside the repo and SITREP_SHARED unset): skipping test that needs %s", rel)
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data file %s not found: skipping", p)
	}
	return p
}
