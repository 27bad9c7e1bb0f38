package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW12QA3LastHolderJustAbolished: the last holder of an office
// abolished a day or two before the article keeps the title in the news
// of its end (W12 QA3: Nepal); a week later, or a holder of an earlier
// term, the office no longer exists.
func TestW12QA3LastHolderJustAbolished(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"The assembly gave King Gyanendra 15 days to leave the palace.", "2008-05-29", doc.Supported, "until it was abolished on 2008-05-28"},
	})
	for _, tc := range []struct{ text, date string }{
		{"The assembly gave King Gyanendra 15 days to leave the palace.", "2008-06-05"},
		{"King Birendra said the royal family respects the will of the people.", "2008-05-29"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindOfficeNonexistent, tc.text, doc.Contradicted, "abolished on 2008-05-28")
	}
}

// TestW12QA3DepartureConjuncts: "also" may stand before the verb of
// leaving, and a conjunct after "and" may carry a body and a title of
// its own before the name ("X and Senate President Y resigned"): the
// departure is every conjunct's (W12 QA3: Bolivia).
func TestW12QA3DepartureConjuncts(t *testing.T) {
	wantVerdicts(t, doc.FindRoleMismatch, []verdictCase{
		{"Vice President Alvaro Garcia Linera also resigned on Sunday.", "2019-11-11", doc.Supported, "the sentence reports the departure"},
		{"Vice President Alvaro Garcia Linera and Senate President Adriana Salvatierra resigned.", "2019-11-11", doc.Supported, "the sentence reports the departure"},
	})
}
