package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA13Places checks the place of the event a trigger codes, for the
// thirteenth QA reading's place findings (sentences written for sitrep).
func TestQA13Places(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		// P-1: the attribution tag's place is the statement's, not the content's
		{"trailing tag: told reporters in a capital", "2019-04-02",
			"Two soldiers were killed in an ambush, the minister told reporters in Madrid.", "killed", ""},
		{"trailing tag: said in a statement in a capital", "2019-04-02",
			"Militants attacked a checkpoint on Monday, the army said in a statement in Kabul.", "attacked", ""},
		{"trailing tag: the statement keeps its place", "2019-04-02",
			"Militants attacked a checkpoint on Monday, the army said in a statement in Kabul.", "said", "Kabul"},
		{"leading tag: officials in a city said", "2019-04-02",
			"Officials in Kandahar said militants attacked a checkpoint.", "attacked", ""},
		{"a place in the content stays", "2019-04-02",
			"Militants attacked a checkpoint in Kandahar, the army said in Kabul.", "attacked", "Kandahar"},
		{"a dateline before a trailing tag stays", "2019-04-02",
			"KABUL, April 2 (Reuters) - Militants attacked a checkpoint on Monday, the army said.", "attacked", "Kabul"},
		// P-2: a region named in the content is not where the statement was made
		{"speech verb: a region in the content", "2019-04-02",
			"India's foreign minister said the bombing was an attack on all of South Asia.", "said", ""},
		{"speech verb: its own place stays", "2019-04-02",
			"India's foreign minister said in Mumbai that the bombing was an attack on the region.", "said", "Mumbai"},
	})
}
