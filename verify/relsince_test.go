package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of "relations since YEAR" claims.

// TestRelationsSince: "have had diplomatic relations since YEAR"
// claims relations in place from that year without a break ("Honduras has had
// diplomatic relations with China since 1985" gave no
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
	// recognition of a state since a year is the same claim; a record
	// that opens with a break says nothing of the years before it
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"El Salvador, which has recognised Taiwan since 1961, hosted the Taiwanese foreign minister.", "2019-06-01", doc.Contradicted, "broken on 2018-08-21, after 1961"},
		{"El Salvador, which has recognized Taiwan since 1961, hosted the Taiwanese foreign minister.", "2010-06-01", doc.Unverifiable, "before the article's date"},
		{"The United States has formally recognised Beijing since 1979.", "2020-06-01", doc.Supported, "since 1979-01-01"},
		{"Panama has had diplomatic ties with Taiwan since 1912.", "2019-06-01", doc.Contradicted, "broken on 2017-06-13"},
	})
	for _, text := range []string{
		"The United States has recognised Juan Guaidó as Venezuela's leader since 2019.",
		"Venezuela has recognised the need for talks with the United States since 2019.",
		"The United States has recognised Israel's sovereignty over the Golan Heights since 2019.",
	} {
		if got := findingsOf(analyzeQuotes(t, text, "2019-06-01"), doc.FindRelationContradicted); len(got) > 0 {
			t.Errorf("%q: %q; want no relation finding: no state follows the verb", text, got)
		}
	}
	d := analyzeQuotes(t, "Iran and Saudi Arabia have had close ties for decades.", "2015-07-06")
	for _, f := range d.Findings {
		if f.Kind == doc.FindRelationContradicted {
			t.Errorf("close ties: %s %s", f.Verdict, f.Explanation)
		}
	}
}
