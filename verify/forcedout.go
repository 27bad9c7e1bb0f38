package verify

import (
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// forceVerbs make their object leave with a phrase after it: "forced
// President X to flee", "pressured Prime Minister Y to resign".
var forceVerbs = wordset.Of("forced forcing force forces pressured pressuring pressed compelled")

// forcedOutPhrases follow the object of forceVerbs when the pressure
// ends a tenure ("forced President X to flee the capital", "… out of
// office", "… into exile").
var forcedOutPhrases = []string{
	"to flee", "to resign", "to step down", "to stand down", "to quit", "to leave", "to abdicate",
	"out", "from office", "from power", "into exile",
}

// forcedOutObject reports whether the role claim at span is the object
// of a verb of force with a phrase of leaving after it: "protesters
// forced President X to flee" reports the removal, as "ousted President
// X" does, so the title names the office held until then (QA26:
// Kyrgyzstan, the day after President Bakiyev fled).
func (c *checker) forcedOutObject(span doc.Span) bool {
	return c.phraseObject(span, forceVerbs, forcedOutPhrases, 20)
}
