package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestReportedYearDoesNotDateSpeaker: a year inside what a speaker is
// reported to have said does not date the speaker's own title, while a
// year of the statement or about a title inside the content still does
// (QA19 V-1: "the system adopted in 2017" made Yildirim's "prime minister"
// of 2023 supported).
func TestReportedYearDoesNotDateSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, kind, verdict, expl string }{
		{"Binali Yildirim, the prime minister, said the result showed the strength of the presidential system adopted in 2017.",
			doc.FindOfficeNonexistent, doc.Contradicted, "abolished"},
		{"Binali Yildirim, the prime minister, said in 2017 that the presidential system would work.",
			doc.FindRoleMismatch, doc.Supported, "2017"},
		{"Erdogan said Prime Minister Binali Yildirim had visited Baku in 2017.",
			doc.FindRoleMismatch, doc.Supported, "2017"},
	} {
		d := analyzeQuotes(t, tc.text, "2023-05-28")
		wantOne(t, d, tc.kind, tc.text, tc.verdict, tc.expl)
	}
}
