package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW13QA6KBFacts: officials added to the KB for the W13 QA6 articles
// (Cuba's foreign ministers since 1999, Estonia's Urmas Paet).
func TestW13QA6KBFacts(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Cuban Foreign Minister Bruno Rodriguez said the visit would not change Cuba's system.", "2016-03-21", doc.Supported, "2009-03-02"},
		{"Cuban Foreign Minister Felipe Perez Roque said the visit would not change Cuba's system.", "2016-03-21", doc.Contradicted, "Bruno Rodríguez Parrilla"},
		{"Estonian Foreign Minister Urmas Paet accused Russia of orchestrating the protests.", "2007-04-28", doc.Supported, "2005-04-13"},
		{"Estonian Foreign Minister Urmas Paet accused Russia of orchestrating the protests.", "2016-04-28", doc.Contradicted, "2014-11"},
	})
}

// TestW13QA6AppealInfinitive: an appeal's infinitive ("urged President
// Putin to cut diplomatic ties with Tallinn") claims no break (W13 QA6:
// Estonia); a stated break still is one.
func TestW13QA6AppealInfinitive(t *testing.T) {
	d := analyzeQuotes(t, "The upper house of Russia's parliament urged President Vladimir Putin to cut diplomatic ties with Tallinn.", "2007-04-28")
	if got := findingsOf(d, doc.FindRelationContradicted); len(got) != 0 {
		t.Errorf("appeal: got %q; want no relation finding", got)
	}
	d = analyzeQuotes(t, "Venezuela severed diplomatic relations with Colombia in 2015.", "2022-08-29")
	if got := findingsOf(d, doc.FindRelationContradicted); len(got) == 0 {
		t.Errorf("stated break: got no finding; want one")
	}
}
