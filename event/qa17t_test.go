package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA17Dates checks that a dateline's date, a future deadline after a
// past-tense trigger and a time inside quoted words do not date the
// event (QA17 T-1, T-2), in sentences written for sitrep.
func TestQA17Dates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a dateline date loses to the clause's own time", "2023-03-08",
			"KYIV, March 8, 2023 — Four civilians were killed when Russian missiles struck apartment blocks across the city of Zaporizhzhia on Sunday night, the regional governor said.", "killed", "2023-03-05"},
		{"a dateline date alone gives the article date", "2023-03-08",
			"KYIV, March 8, 2023 — Ukrainian troops shelled Russian positions near the town.", "shelled", "2023-03-08"},
		{"a date opening the sentence still dates it", "2023-03-08",
			"On March 6, 2023, Ukrainian troops shelled Russian positions near the town.", "shelled", "2023-03-06"},
		{"a deadline after a past promise", "2019-09-24",
			"Merkel pledged to phase out coal power in Germany by 2038.", "pledged", "2019-09-24"},
		{"a past week after a past trigger still dates it", "2019-09-24",
			"Rebels attacked the base last week.", "attacked", "2019-W38"},
		{"a past time after a past trigger still dates it", "2019-09-24",
			"Rebels attacked the base in 2017.", "attacked", "2017"},
		{"a time in the quoted words never dates the saying", "2019-09-24",
			"\"Inflation will fall below four percent by the end of next year,\" said Lesetja Kganyago, the central bank governor.", "said", "2019-09-24"},
		{"a statement's own time outside the quote dates it", "2019-09-24",
			"\"Inflation will fall,\" Lesetja Kganyago said on Monday.", "said", "2019-09-23"},
	})
}
