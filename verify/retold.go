package verify

import (
	"regexp"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// retold reports whether the sentence of ch tells of its person's past
// rather than placing the title at the article's date, when it names no
// time near that date: a saying retold ("President Nelson Mandela
// famously said", "had told": pastReported), a scene recalled before
// the claim ("the book describes how President X struggled"), or a sentence in the
// simple past naming no time about a person the KB knows died by the
// date ("President Fidel Castro ruled the island for nearly five
// decades", in his obituary; "Two days later Prime Minister X
// resigned"), in an article that frames the life (lifeFramed). A dead
// person said to speak or act in the present ("King
// X said", "President X greets supporters") or on a day near the date
// stays judged.
func (c *checker) retold(ch *claimCheck) bool {
	si := c.d.SentenceAt(ch.rc.Span.Start)
	if si < 0 {
		return false
	}
	s := c.d.Sentences[si]
	if c.recentTimeIn(s) {
		return false
	}
	if c.pastReported(si) {
		return true
	}
	if loc := recollection.FindStringIndex(c.d.Text[s.Start:s.End]); loc != nil && s.Start+loc[1] <= ch.rc.Span.Start {
		return true
	}
	a := ch.person
	if a == nil || a.Died.IsZero() || a.Died.Last().Compare(c.day) > 0 || !c.narratedPast(ch) && c.actsNow(ch) || !c.lifeFramed(a.ID, a.Died) {
		return false
	}
	for v, present := range c.sentenceDates(s) {
		if present || !c.laterThanTold(ch, v) {
			return false
		}
	}
	return true
}

// recollection marks the telling of a past scene whose people carry the
// titles of that time: "the book describes how President X struggled",
// "she recalls the night President X was elected".
var recollection = regexp.MustCompile(`(?i)\b(recall(s|ed)?|recount(s|ed)?|describe(s|d)?|remember(s|ed)?|relive(s|d)?|narrate(s|d)?|chronicle(s|d)?) (how|when|the (day|night|morning|evening|moment|time|years?|months?|weeks?|days?))\b`)

// narratedPast reports whether the word after the claim is a verb in
// the simple past other than one of saying: "Secretary of State Henry
// Kissinger opened relations with China" tells of a life, where "King
// X said" reports a statement.
func (c *checker) narratedPast(ch *claimCheck) bool {
	si := c.d.SentenceAt(ch.rc.Span.Start)
	if si < 0 || ch.rc.Span.End > c.d.Sentences[si].End {
		return false
	}
	rest := strings.TrimLeft(c.d.Text[ch.rc.Span.End:c.d.Sentences[si].End], " ")
	end := 0
	for end < len(rest) && rest[end] >= 'a' && rest[end] <= 'z' {
		end++
	}
	w := rest[:end]
	if end < 3 || reportCues.Has(w) {
		return false
	}
	return pastIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w)
}

// laterThanTold reports whether v, a time of the sentence of ch, lies
// after the article's date while the claim's verb is in the simple past
// ("Forty years ago this week, students stormed the embassy. Two days
// later Prime Minister X resigned", the days counted from the article's
// date): a report tells no past act of a day still to come, so the time
// was read against the wrong anchor and dates nothing.
func (c *checker) laterThanTold(ch *claimCheck, v ival) bool {
	return c.dated && v.lo.Compare(c.day) > 0 && c.pastMainVerb(ch)
}

// allLaterThanTold reports whether refs is not empty and every one of
// them is laterThanTold.
func (c *checker) allLaterThanTold(ch *claimCheck, refs []ival) bool {
	for _, v := range refs {
		if !c.laterThanTold(ch, v) {
			return false
		}
	}
	return len(refs) > 0
}

// pastCue reports whether the cue of a statement or act is a verb in
// the simple past ("resigned", "told").
func (c *checker) pastCue(cue doc.Span) bool {
	w := strings.ToLower(c.d.Slice(cue))
	return pastIrregular.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w)
}
