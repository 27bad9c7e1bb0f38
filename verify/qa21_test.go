package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA21NeverVicePresident: a vice-president of a parliamentary
// republic whose president has no deputy, or of a monarchy, is
// office_nonexistent whether or not the KB knows the person (QA22 V-2:
// "Hungarian Vice President Zsolt Semjen" gave no finding).
func TestQA21NeverVicePresident(t *testing.T) {
	for _, text := range []string{
		"Hungarian Vice President Zsolt Semjen said on Thursday that the government was close to a deal.",
		"Italian Vice President Antonio Tajani spoke in Rome.",
		"Swedish President Ulf Kristersson spoke in Stockholm.",
	} {
		d := analyzeQuotes(t, text, "2022-10-14")
		wantOne(t, d, doc.FindOfficeNonexistent, text, doc.Contradicted, "never been such an office")
	}
}
