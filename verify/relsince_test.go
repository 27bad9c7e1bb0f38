package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of "relations since YEAR" claims.

// TestRelationsSince: "have had diplomatic relations since YEAR"
// claims relations in place from that year without a break (QA21 V-4:
// "Honduras has had diplomatic relations with China since 1985" gave no
// finding; the KB records their establishment on 2023-03-26).
func TestRelationsSince(t *testing.T) {
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Honduras has had diplomatic relations with China since 1985.", "2024-07-06", doc.Contradicted, "only from 2023-03-26"},
		{"China and Honduras have maintained diplomatic ties since 1985.", "2024-07-06", doc.Contradicted, "only from 2023-03-26"},
		{"Honduras and China have had diplomatic relations since 2023.", "2024-07-06", doc.Supported, "since 2023-03-26"},
		{"Iran and Saudi Arabia have had diplomatic relations since 2016.", "2024-07-06", doc.Contradicted, "severed on 2016-01-03"},
		{"Iran and Saudi Arabia have had diplomatic relations since 1991.", "2024-07-06", doc.Contradicted, "broken on 2016-01-03"},
		{"Iran and Saudi Arabia have had diplomatic relations since 1991.", "2015-07-06", doc.Supported, "since 1991-03"},
	})
	d := analyzeQuotes(t, "Iran and Saudi Arabia have had close ties for decades.", "2015-07-06")
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			t.Errorf("close ties: %s %s", f.Verdict, f.Explanation)
		}
	}
}
