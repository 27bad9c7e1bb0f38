package verify_test

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestDeputyTitleNoClaim: a deputy's title ("Deputy Secretary of
// State", "Deputy Defense Secretary", "Vice Foreign Minister") names a
// post below the principal office: no finding against the office's
// holder (QA10 R-1).
func TestDeputyTitleNoClaim(t *testing.T) {
	checkQA7(t, []qa7Case{
		{text: "Deputy Secretary of State Kurt Campbell said Washington was watching.", date: "2024-12-04", kind: doc.FindUnknownPerson, who: "Campbell"},
		{text: "Deputy Secretary of State Kurt Campbell said Washington was watching.", date: "2024-12-04", who: "Campbell"},
		{text: "Deputy Defense Secretary Kathleen Hicks said the Pentagon would respond.", date: "2023-03-01", kind: doc.FindUnknownPerson, who: "Hicks"},
		{text: "Assistant Secretary of State Victoria Nuland spoke.", date: "2014-02-01", kind: doc.FindUnknownPerson, who: "Nuland"},
		// the principal title is still checked
		{text: "Secretary of State Kurt Campbell said Washington was watching.", date: "2024-12-04", kind: doc.FindUnknownPerson, who: "Campbell", verdict: doc.Contradicted},
	})
}
