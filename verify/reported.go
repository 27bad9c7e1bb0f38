package verify

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// relativePronouns open a relative clause about the noun before them.
var relativePronouns = wordset.Of("who that which")

// relativeObjectAt reports whether the title or name starting at start
// is the object of a simple-past verb in a relative clause about
// someone else, over a title's capitalised words and a preposition
// ("Venezuelans who voted for President Hugo Chávez now queue", "farmers
// who backed President Evo Morales say"): the title is of the time of
// that act, not of the main clause's.
func (c *checker) relativeObjectAt(start int) bool {
	si := c.d.SentenceAt(start)
	if si < 0 {
		return false
	}
	head := c.d.Text[c.d.Sentences[si].Start:start]
	verb := false
	for n := 0; n < 8; n++ {
		head = strings.TrimRight(head, " ")
		i := lastSpace(head)
		w := head[i+1:]
		if w == "" || strings.ContainsAny(w, ",;:\"“”()") {
			return false
		}
		lw := strings.ToLower(w)
		switch {
		case verb:
			return relativePronouns.Has(lw)
		case isPastVerb(lw):
			verb = true
		case subjectPreps.Has(lw) || lw == "the" || lw == "then" || lw == "late" || lw == "former" || w[0] >= 'A' && w[0] <= 'Z':
		default:
			return false
		}
		head = head[:i+1]
	}
	return false
}

// isPastVerb reports whether lower-cased w reads as a verb in the simple
// past ("voted", "took").
func isPastVerb(w string) bool {
	return pastIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w)
}

// reportedBefore reports whether prev, the lower-cased word before a
// claim, makes it the subject of a reported clause rather than of the main
// verb: a verb of saying ("prosecutors said President X steered
// contracts") or "that" ("told the court that President X took bribes").
func (c *checker) reportedBefore(prev string) bool {
	return prev == "that" || prev != "" && reportCues.Has(prev) || prev == "alleged" || prev == "testified"
}
