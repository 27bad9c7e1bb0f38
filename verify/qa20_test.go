package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA20DeputyTitles: "Deputy President X" is checked against the
// deputy's office (Kenya's and South Africa's are in the KB), and where the KB has
// no such office the finding names the deputy's title, not the
// principal's (QA20 V-4: "no record of William Ruto as President").
func TestQA20DeputyTitles(t *testing.T) {
	for _, tc := range []struct{ text, date, verdict, expl string }{
		{"Deputy President William Ruto said he would run.", "2021-05-01", doc.Supported, "2013-04-09 → 2022-09-13"},
		{"Kenya's Deputy President William Ruto said he would run.", "2023-05-01", doc.Contradicted, "Rigathi Gachagua"},
		{"South Africa's Deputy President Cyril Ramaphosa said the talks had failed.", "2016-05-01", doc.Supported, "2014-05-26 → 2018-02-15"},
		{"Malawi's Deputy President Peter Mutharika said the talks had failed.", "2016-05-01", doc.Unverifiable, "as deputy President"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindRoleMismatch, tc.text, tc.verdict, tc.expl)
	}
}

// TestQA20PresidentialRepublicPM: a prime minister of a presidential
// republic of the Americas is office_nonexistent (QA20 V-2:
// "Guatemala's Prime Minister Alejandro Giammattei" was unverifiable).
func TestQA20PresidentialRepublicPM(t *testing.T) {
	text := "Guatemala's Prime Minister Alejandro Giammattei congratulated Arevalo."
	d := analyzeQuotes(t, text, "2023-08-21")
	wantOne(t, d, doc.FindOfficeNonexistent, text, doc.Contradicted, "never been such an office")
}

// TestQA20ContinuousRelations: a break claimed between states whose
// relations the KB records as unbroken since their establishment is
// contradicted (QA20 V-3: "Iran broke off diplomatic relations with
// Pakistan in 2015" was unverifiable).
func TestQA20ContinuousRelations(t *testing.T) {
	text := "Iran broke off diplomatic relations with Pakistan in 2015."
	d := analyzeQuotes(t, text, "2024-01-18")
	wantOne(t, d, doc.FindRelationContradicted, text, doc.Contradicted, "no break since")
}
