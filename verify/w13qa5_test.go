package verify_test

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13QA5SinceClause: a clause opened by "since" after a relation
// claim dates the start of a count, not the claim ("the ninth country to
// switch recognition from Taipei to Beijing since Tsai took office in
// 2016" is no claim of a 2016 switch; W13 QA5: Honduras); "since 2016"
// and a year in the claim's own clause still date it.
func TestW13QA5SinceClause(t *testing.T) {
	d := analyzeQuotes(t, "Honduras is the ninth country to switch recognition from Taipei to Beijing since Tsai took office in 2016, after Panama and others.", "2023-03-26")
	for _, f := range findingsOf(d, doc.FindRelationContradicted) {
		if strings.Contains(f, "contradicted") || strings.Contains(f, "2016") {
			t.Errorf("since clause: got %q; want no claim dated 2016", f)
		}
	}
	d = analyzeQuotes(t, "Honduras switched recognition from Taipei to Beijing in 2016, since Tsai took office that year.", "2023-03-26")
	if got := findingsOf(d, doc.FindRelationContradicted); len(got) == 0 || !strings.Contains(got[0], "contradicted") || !strings.Contains(got[0], "not in 2016") {
		t.Errorf("year in the claim's clause: got %q; want the 2016 switch contradicted", got)
	}
}
