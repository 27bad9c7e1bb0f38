package refcheck_test

import (
	"bytes"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/kb/refcheck"
)

// MaxMissingInComplete is the regression ceiling of the shipped KB's
// coverage: reference terms since 2000 on modelled offices, inside the
// office's complete range, that no KB role covers and no "missing"
// exception explains. Each is a true title the verifier would call
// contradicted. The remaining ones could not be confirmed either way
// (see kb check --against DIR --coverage).
const MaxMissingInComplete = 5

// TestShippedCoverage runs the coverage check of the shipped KB against
// the shared reference tables (skipped without ../shared): it fails when
// a holder goes missing inside a complete range beyond the ceiling, or
// when a "missing" exception matches no gap any more.
func TestShippedCoverage(t *testing.T) {
	dir := shareddata.Path(t, "data/kb")
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := refcheck.LoadReference(dir, k)
	if err != nil {
		t.Fatal(err)
	}
	exc, err := refcheck.ParseExceptions(bytes.NewReader(kb.ShippedExceptions()), "data/exceptions.txt")
	if err != nil {
		t.Fatal(err)
	}
	rep := refcheck.CheckCoverage(k, ref, kb.Date{Year: 2000, Month: 1, Day: 1}, k.AsOf("sitrep-people"), exc)
	t.Logf("coverage %d of %d reference terms, %d missing (%d inside complete ranges, %d excepted)",
		rep.Covered, rep.Terms, len(rep.Missing), rep.InComplete, rep.Excepted)
	if rep.Terms == 0 {
		t.Fatal("no reference terms on modelled offices: the check matched nothing")
	}
	if rep.InComplete > MaxMissingInComplete {
		for _, g := range rep.Missing {
			if g.InComplete && g.Excepted == "" {
				t.Logf("missing inside a complete range: %s", g)
			}
		}
		t.Errorf("%d reference holders missing inside complete ranges; at most %d", rep.InComplete, MaxMissingInComplete)
	}
	for _, s := range rep.Stale {
		t.Errorf("stale exception (matches no missing term; remove it): missing %s", s)
	}
}
