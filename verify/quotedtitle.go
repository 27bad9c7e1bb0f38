package verify

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// quotedTitle reports whether a role claim's span lies inside the
// quotation marks of a quote ("until we carry President Mursi on our
// shoulders," a Brotherhood leader said, weeks after Mursi's removal):
// the title is then the speaker's usage, not the article's claim. It
// returns the speaker's name, "" when the quote has none.
func (c *checker) quotedTitle(span doc.Span) (string, bool) {
	for qix := range c.d.Quotes {
		q := &c.d.Quotes[qix]
		if q.Kind == "indirect" || !q.Span.Contains(span) || q.Span.End > len(c.d.Text) {
			continue
		}
		if !openQuoteBefore(c.d.Text[q.Span.Start:span.Start]) {
			continue
		}
		return q.Speaker.Name, true
	}
	return "", false
}

// openQuoteBefore reports whether text, from a quote's start to a
// claim, leaves a quotation open: more opening than closing curly
// marks, or an odd number of straight ones.
func openQuoteBefore(text string) bool {
	if n := strings.Count(text, "“") - strings.Count(text, "”"); n > 0 {
		return true
	}
	return strings.Count(text, `"`)%2 == 1
}

// speakersUsage turns the contradicted findings from c.out[n:] of a
// claim in quoted words into unverifiable notes naming the speaker; it
// reports whether it changed any.
func (c *checker) speakersUsage(ch *claimCheck, n int) bool {
	speaker, ok := c.quotedTitle(ch.rc.Span)
	if !ok {
		return false
	}
	who := "a speaker's"
	if speaker != "" {
		who = speaker + "'s"
	}
	changed := false
	for k := n; k < len(c.out); k++ {
		f := &c.out[k]
		if f.Verdict != doc.Contradicted {
			continue
		}
		f.Verdict = doc.Unverifiable
		f.Explanation = "The title is in " + who + " quoted words, the speaker's usage rather than the article's claim. " + f.Explanation
		changed = true
	}
	return changed
}

// quotedClaim reports whether a claim lies in quoted words (quotedTitle):
// an undated article's window is not fitted to a speaker's usage.
func (c *checker) quotedClaim(ch *claimCheck) bool {
	_, ok := c.quotedTitle(ch.rc.Span)
	return ok
}
