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

// TestNeverExistingOffice: a title for an office the country has never
// had ("Indonesian Prime Minister" after 1959, "Saudi President") is
// office_nonexistent whoever holds it, but not when the country is only
// guessed from the story's context (QA19 V-4).
func TestNeverExistingOffice(t *testing.T) {
	for _, tc := range []struct{ text, date, expl string }{
		{"Indonesian Prime Minister Airlangga Hartarto said the cabinet would meet.", "2024-10-20", "1945 → 1959"},
		{"Indonesian Prime Minister Joko Widodo said the cabinet would meet.", "2024-10-20", "1945 → 1959"},
		{"U.S. Prime Minister John Smith said the talks had failed.", "2022-05-10", "never been such an office"},
		{"Saudi President Mohammed bin Salman said the inquiry was over.", "2018-10-20", "never been such an office"},
	} {
		d := analyzeQuotes(t, tc.text, tc.date)
		wantOne(t, d, doc.FindOfficeNonexistent, tc.text, doc.Contradicted, tc.expl)
	}
	d := analyzeQuotes(t, "RIYADH - President John Smith said the inquiry was over.", "2018-10-20")
	if got := findingsOf(d, doc.FindOfficeNonexistent); len(got) != 0 {
		t.Errorf("context country: %q; want no office_nonexistent", got)
	}
}

// TestNoCommonDateOnce: a title repeated later in the article gives its
// role_mismatch at each mention but its no_common_date pair once (QA18:
// "King Abdullah" twice beside "US President Donald Trump" gave the same
// pair twice).
func TestNoCommonDateOnce(t *testing.T) {
	text := "US President Donald Trump spoke on Friday. King Abdullah said in a royal decree that the inquiry would go on. Later, King Abdullah ordered an inquiry."
	d := analyzeQuotes(t, text, "2018-10-20")
	if got := findingsOf(d, doc.FindNoCommonDate); len(got) != 1 {
		t.Errorf("%q: %d no_common_date findings %q; want 1", text, len(got), got)
	}
	if got := findingsOf(d, doc.FindRoleMismatch); len(got) < 2 {
		t.Errorf("%q: role_mismatch %q; want one per mention of King Abdullah", text, got)
	}
}
