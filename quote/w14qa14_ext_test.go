package quote_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
)

// TestFindW14QA14TrailingBeforeClause: an attribution after a clause set
// off by a comma reports that clause, and "before" or "after" following
// its cue opens an adverbial, not the report (W14 QA14: Myanmar, "…,
// NLD spokesman Myo Nyunt told Reuters by telephone before his line
// went dead"); after an opening phrase ("On Monday, the minister said
// after …") the words after the cue stay the report.
func TestFindW14QA14TrailingBeforeClause(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, content string }{
		{`President Win Myint was also detained in the capital, spokesman Myo Nyunt told Reuters by telephone before his line went dead.`,
			"President Win Myint was also detained in the capital"},
		{`President Win Myint was also detained in the capital, spokesman Myo Nyunt said after the raid.`,
			"President Win Myint was also detained in the capital"},
		{`On Monday, the minister said after meeting the envoy the deal was close.`,
			"after meeting the envoy the deal was close"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %+v; want one quote %q", tc.in, qs, tc.content)
		}
	}
}
