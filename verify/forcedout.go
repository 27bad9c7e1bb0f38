package verify

import (
	"strings"

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
// X" does, so the title names the office held until then (e.g. Kyrgyzstan,
// the day after President Bakiyev fled).
func (c *checker) forcedOutObject(span doc.Span) bool {
	return c.phraseObject(span, forceVerbs, forcedOutPhrases, 20)
}

// coupNouns name a seizure of power: "a coup against Prime Minister X".
var coupNouns = wordset.Of("coup putsch")

// seizureObject reports whether words, the sentence up to a role claim
// (past a determiner), end in a seizure of power from its holder: "a
// coup against Prime Minister X", "staged a bloodless coup against …",
// "seized power from Prime Minister X". Like "ousted Prime Minister X",
// it names the office held until then (Thailand, the day after
// the coup of 2006-09-19).
func seizureObject(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	w := func(i int) string { return strings.ToLower(strings.Trim(words[i], `"'“”‘’(),`)) }
	switch w(n - 1) {
	case "against":
		// the noun right before, or one adjective earlier ("a military coup against")
		for i := n - 2; i >= 0 && i >= n-3; i-- {
			if coupNouns.Has(w(i)) {
				return true
			}
		}
	case "from":
		return w(n-2) == "power"
	}
	return false
}
