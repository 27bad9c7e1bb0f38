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
// X" does, so the title names the office held until then (QA26:
// Kyrgyzstan, the day after President Bakiyev fled).
func (c *checker) forcedOutObject(span doc.Span) bool {
	end := c.sentenceEndAfter(span)
	if end < 0 {
		return false
	}
	rest := c.d.Text[span.End:end]
	if len(rest) > 20 {
		rest = rest[:20]
	}
	rest = strings.ToLower(strings.TrimLeft(rest, " "))
	ok := false
	for _, p := range forcedOutPhrases {
		if strings.HasPrefix(rest, p) && (len(rest) == len(p) || !isLetter(rest[len(p)])) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	words := strings.Fields(c.d.Text[c.d.Sentences[c.d.SentenceAt(span.Start)].Start:span.Start])
	n := len(words)
	if n > 0 && strings.EqualFold(words[n-1], "the") {
		n--
	}
	return n > 0 && forceVerbs.Has(strings.ToLower(strings.Trim(words[n-1], `"'“”‘’(),`)))
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
