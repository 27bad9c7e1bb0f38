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

// TestW13QA5KBFacts: officials and relations added to the KB for the W13
// QA5 articles (the Philippines' foreign and defence secretaries,
// Sweden's foreign ministers since 2006, Colombia–Venezuela's breaks).
func TestW13QA5KBFacts(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Philippine Defence Secretary Delfin Lorenzana called the attack illegal.", "2023-08-07", doc.Contradicted, "held by Gilberto Teodoro"},
		{"Philippine Defence Secretary Delfin Lorenzana called the attack illegal.", "2019-04-02", doc.Supported, "2016-06-30"},
		{"Philippine Foreign Secretary Enrique Manalo said the actions were excessive.", "2023-08-07", doc.Supported, "Enrique Manalo held this office"},
		{"Swedish Foreign Minister Tobias Billstrom said Sweden would send troops.", "2024-03-07", doc.Supported, "2022-10-18"},
		{"Swedish Foreign Minister Carl Bildt said Sweden would send troops.", "2016-03-07", doc.Contradicted, "Margot Wallström"},
	})
	wantVerdicts(t, doc.FindRelationContradicted, []verdictCase{
		{"Colombia and Venezuela restored diplomatic relations on Sunday.", "2022-08-29", doc.Supported, "restored on 2022-08-28"},
		{"Venezuela severed diplomatic relations with Colombia in 2015.", "2022-08-29", doc.Contradicted, "2015"},
	})
}

// TestW13QA5Reinstate: "reinstate President X" and "the release of
// President X" days after a coup report the removal, as "ousted" does
// (W13 QA5: Niger); years later the KB has no removal to match.
func TestW13QA5Reinstate(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"West African leaders gave the officers one week to reinstate President Mohamed Bazoum.", "2023-07-30", doc.Supported, "reports the removal"},
		{"The United Nations demanded the release of President Mohamed Bazoum.", "2023-07-30", doc.Supported, "reports the removal"},
		{"West African leaders gave the officers one week to reinstate President Mohamed Bazoum.", "2025-07-30", doc.Unverifiable, "does not date that removal near"},
	})
}
