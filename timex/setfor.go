package timex

// setForVerbs are verbs that fix the date of something to come: their
// object's "for <date>" lies ahead of the article whatever their tense
// ("Parliament called an early election for November 1", "the court set
// the hearing for Nov. 9", "approved a bill setting the vote for Oct. 2").
var setForVerbs = map[string]bool{
	"set": true, "sets": true, "setting": true,
	"call": true, "called": true, "calls": true, "calling": true,
	"schedule": true, "scheduled": true, "schedules": true, "scheduling": true,
	"rescheduled": true, "fixed": true, "fixes": true, "fixing": true,
	"postponed": true, "postpones": true, "postponing": true,
	"moved": true, "moves": true, "brought": true, "pushed": true,
	"delayed": true, "announced": true, "announces": true,
}

// setFor reports whether the date at token i follows "for" after the
// object of a verb of setFor (up to twelve tokens of a noun phrase between
// them, no punctuation, or none after a passive: "called an emergency
// meeting of the alliance's ambassadors in Brussels for Sunday"): "called an early
// election for November 1", "set the vote for Nov. 1", "the strike was
// called for Monday". "Called for talks on Monday"
// has no "for" before the date and is not one.
func (p *parser) setFor(i int) bool {
	if !p.isWord(i-1, "for") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-14; j-- {
		w := p.word(j)
		if w == "" && (p.isPunct(j, "'") || p.isPunct(j, "\u2019")) && p.isWord(j+1, "s") {
			continue // "the alliance's ambassadors"
		}
		if w == "" {
			return false
		}
		if setForVerbs[w] {
			// "the strike was called for Monday", "was set for Nov. 1";
			// "called for Monday's rally" with no object between, and
			// "Talks set for Monday were called off" (plannedFor) are
			// left to the tense
			return j < i-2 || p.isWord(j-1, "was", "were", "is", "are", "been", "be")
		}
	}
	return false
}
