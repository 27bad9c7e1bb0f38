package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa12Ends are reports whose content must end exactly where given.
var qa12Ends = []struct{ input, content string }{
	// a closing quotation mark, a comma, "and", a new capitalised
	// subject and a past-tense verb end the report: what the new
	// subject did is the writer's account
	{`Mensah condemned the "cowardly attack", and Interior Minister Kofi Boateng ordered an inquiry.`, `the "cowardly attack"`},
	{`Okafor said the deal was "dead", and Mali closed its embassy on Friday.`, `the deal was "dead"`},
	// a lower-case subject or no verb after it: the report runs on
	{`Okafor said the deal was "dead", and the talks were over.`, `the deal was "dead", and the talks were over`},
}

func TestFindQA12Ends(t *testing.T) {
	for _, tc := range qa12Ends {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// With the mentions layer, "the government" in an article that names
// several countries is the government of the one country its opening
// words name (QA12 Q-2).
func TestFindQA12LeadCountry(t *testing.T) {
	tests := []mentionQuoteCase{
		{"the government of the lead country", `ACCRA - Ghana's top court annulled the first round of the presidential vote on Friday, two days before the runoff was due, after reports of a coordinated campaign of fraud in three regions.

Officials blamed Togo. The government said a new vote would be held in March.`,
			[]mentionMark{{"Ghana", doc.TypeCountry, "GHA", "Ghana"}, {"Togo", doc.TypeCountry, "TGO", "Togo"}},
			[]want{{"^a new vote would be held in March", Indirect, "Government of Ghana", "", KindDescription, "said"}}},
	}
	checkMentionQuotes(t, tests)
}
