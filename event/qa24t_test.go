package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA24Dates checks that the "since" bound of a tally (QA24 T-1) and
// a time inside the clause a speaker reports (QA24 T-3) do not date the
// event, in sentences written for sitrep.
func TestQA24Dates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a tally since a month is dated by the report", "2019-09-24",
			"Rebels have killed 40 soldiers since March.", "killed", "2019-09-24"},
		{"a fronted since with a count after", "2019-09-24",
			"Since January, rebels have killed dozens of villagers.", "killed", "2019-09-24"},
		{"a state since a day keeps its start", "2019-09-24",
			"Police have detained the opposition leader since Friday.", "detained", "2019-09-20"},
		{"a trigger inside the since-clause keeps its date", "2019-09-24",
			"Since rebels attacked the town in May, 200 people have fled.", "attacked", "2019-05"},
		{"a time inside the reported clause does not date the saying", "2019-09-24",
			"Aid workers said heavy fighting on September 20 blocked the road.", "said", "2019-09-24"},
		{"the saying's own time after the verb dates it", "2019-09-24",
			"Aid workers said on Monday that heavy fighting blocked the road.", "said", "2019-09-23"},
		{"a bare weekday after the verb dates it", "2019-09-24",
			"Aid workers said Monday that heavy fighting blocked the road.", "said", "2019-09-23"},
	})
}
