package verify

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
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

// reportVerbs open a reported clause with "that" or "how" somewhere
// after them: the verbs of reportCues and those of testimony and
// recollection ("told the commission on Monday that", "the court heard that",
// "recalls how").
var reportVerbs = wordset.Of("testified testifies alleged alleges recalled recalls recounted recounts described describes remembered remembers admitted confirmed claimed heard learned found ruled concluded")

// reportedClauseTimes returns the past times of the reported clause that
// holds the claim at span, when its sentence tells of the reporting on a
// day of the article's week: "A former soldier told the commission on
// Monday that President X ordered the killing in 2004", "a former aide
// recalls how President X refused to meet them in 2020". The clause
// opens with "that" or "how" just before the claim, after a verb of
// saying, testimony or recollection, and the claim is the subject of a
// verb in the past ("ordered", "had ordered", "President X's guards
// detained"); its times are those after the opener up to the clause's
// end. It returns nil when the clause names no time, or a time of the
// article's days (the reported act is news).
func (c *checker) reportedClauseTimes(span doc.Span) []ival {
	si := c.d.SentenceAt(span.Start)
	if si < 0 || !c.dated {
		return nil
	}
	s := c.d.Sentences[si]
	if span.End > s.End || span.Start < s.Start {
		return nil
	}
	open, ok := c.reportOpener(s, span.Start)
	if !ok {
		return nil
	}
	if !c.pastAfter(span, s) {
		return nil
	}
	if !c.weekAgoOK {
		c.weekAgo, c.weekAgoOK = daysBefore(c.day, 7), true
	}
	var refs []ival
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Type != "DATE" || t.Span.Start < open || !s.Contains(t.Span) {
			continue
		}
		if t.Span.Start >= span.End && strings.ContainsAny(c.d.Text[span.End:t.Span.Start], ",;:") {
			break // another clause's time
		}
		if t.Value == "PRESENT_REF" {
			return nil
		}
		d, err := parseDate(t.Value)
		if err != nil || len(t.Value) < 4 {
			continue
		}
		v := ival{lo: d.First(), hi: d.Last()}
		if v.hi.Compare(c.weekAgo) >= 0 {
			return nil // "said that President X ordered on Sunday": news
		}
		refs = append(refs, v)
	}
	return refs
}

// pastAfterClaim is pastAfter in the sentence holding span, false when
// no sentence holds it whole: reportedClauseTimes needs it, and it is
// asked first because it reads a word or two, where recentSentence
// scans the sentence's times.
func (c *checker) pastAfterClaim(span doc.Span) bool {
	end := c.sentenceEndAfter(span)
	return end >= 0 && c.pastAfter(span, doc.Span{Start: span.Start, End: end})
}

// pastAfter reports whether the word after span, within sentence s, is
// a verb in the simple past or "had": the claim is the subject of a
// past act ("President X ordered", "President X had ordered"), itself
// or through what it owns ("President X's guards detained", "President
// X's adviser Vladimiro Montesinos paid").
func (c *checker) pastAfter(span doc.Span, s doc.Span) bool {
	rest := strings.TrimLeft(c.d.Text[span.End:s.End], " ")
	owned := 0
	if r, ok := strings.CutPrefix(rest, "'s "); ok {
		rest, owned = r, 4
	} else if r, ok := strings.CutPrefix(rest, "’s "); ok {
		rest, owned = r, 4
	}
	for n := 0; n <= owned; n++ {
		rest = strings.TrimLeft(rest, " ")
		end := 0
		for end < len(rest) && (rest[end] >= 'a' && rest[end] <= 'z' || rest[end] >= 'A' && rest[end] <= 'Z' || rest[end] == '-') {
			end++
		}
		w := rest[:end]
		if w == "had" || end > 2 && isPastVerb(w) {
			return true
		}
		if end == 0 || end < len(rest) && rest[end] != ' ' {
			return false // punctuation ends the owner's noun phrase
		}
		rest = rest[end:]
	}
	return false
}

// reportOpener returns the text offset where a reported clause holding
// a claim that starts at start opens, in sentence s: right after "that"
// or "how" that follow a verb of saying, testimony or recollection
// within the sentence ("told the commission on Thursday that"), after
// such a verb itself ("a former soldier said President X had ordered"),
// or after the comma that closes an opening "According to …" — with a time
// expression and its preposition allowed between the opener and the
// claim ("that in July 2005 President X gave the order").
func (c *checker) reportOpener(s doc.Span, start int) (int, bool) {
	head := c.d.Text[s.Start:start]
	for n := 0; n < 8; n++ {
		head = strings.TrimRight(head, " ,")
		i := lastSpace(head)
		w := head[i+1:]
		if w == "" {
			return 0, false
		}
		lw := strings.ToLower(w)
		switch {
		case c.inTime(s.Start+i+1) || lw == "in" || lw == "on" || lw == "during":
			head = head[:i+1]
			continue
		case lw == "that" || lw == "how":
			return s.Start + i + 1 + len(w), c.reportVerbIn(head[:i+1])
		case reportCues.Has(lw) || reportVerbs.Has(lw):
			return s.Start + i + 1 + len(w), true
		}
		break
	}
	// "According to testimony given on Thursday, President X ordered"
	text := c.d.Text[s.Start:start]
	if k := strings.LastIndexByte(text, ','); k > 0 && strings.TrimSpace(text[k+1:]) == "" {
		if a := strings.Index(text[:k], "According to "); a >= 0 && strings.IndexByte(text[a:k], ',') < 0 {
			return s.Start + k + 1, true
		}
	}
	return 0, false
}

// reportVerbIn reports whether head, the start of a sentence, holds a
// verb of saying, testimony or recollection in its last 14 words.
func (c *checker) reportVerbIn(head string) bool {
	for n := 0; n < 14; n++ {
		head = strings.TrimRight(head, " ")
		if head == "" {
			return false
		}
		j := lastSpace(head)
		w := strings.ToLower(strings.Trim(head[j+1:], ",;:\"“”'’"))
		if w != "" && (reportCues.Has(w) || reportVerbs.Has(w)) {
			return true
		}
		head = head[:j+1]
	}
	return false
}

// recentSentence reports whether the sentence holding span names a time
// of the article's days (recentTimeIn).
func (c *checker) recentSentence(span doc.Span) bool {
	si := c.d.SentenceAt(span.Start)
	return si >= 0 && c.recentTimeIn(c.d.Sentences[si])
}
