package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA16cDates checks the dates of events in an adverbial clause with
// a time of its own and after a fronted participle clause (QA16 T-2,
// T-3), in sentences written for sitrep.
func TestQA16cDates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"an after-clause with its own time", "2022-12-15",
			"Sunak had replaced Liz Truss in October, after Truss was forced out by a revolt of her own MPs in August.", "forced out", "2022-08"},
		{"a when-clause with its own time", "2019-05-02",
			"The army seized power in April, when protesters besieged the ministry in March.", "besieged", "2019-03"},
		{"an after-clause without a time keeps the main clause's", "2022-12-15",
			"Sunak had replaced Liz Truss in October, after Truss was forced out by a revolt of her own MPs.", "forced out", "2022-10"},
		{"a main clause keeps its time", "2019-05-02",
			"The army seized power in April, after protesters stormed the parliament in March.", "seized", "2019-04"},
		{"an after-clause of days", "2019-05-02",
			"Rebels attacked the town on Tuesday, after government troops shelled their positions on Sunday.", "shelled", "2019-04-28"},
		{"a fronted birth clause dates the birth only", "2021-09-18",
			"Born on May 4, 1928, in Kafr El-Meselha, Mubarak fought against Israel.", "fought", "2021-09-18"},
		{"a fronted election clause dates the election only", "2024-03-19",
			"Elected in December 2019, Tebboune expelled the French ambassador.", "ambassador", "2024-03-19"},
		{"a fronted occasion participle dates the statement", "2024-03-19",
			"Asked on Monday about the talks, Lavrov said Russia would attend.", "said", "2024-03-18"},
		{"a fronted -ing clause dates the event", "2024-03-19",
			"Speaking on Monday in Paris, Lavrov condemned the strikes.", "condemned", "2024-03-18"},
	})
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"a fronted birth clause places the birth only", "2021-09-18",
			"Born on May 4, 1928, in Alexandria, Mubarak fought against Israel.", "fought", ""},
	})
}
