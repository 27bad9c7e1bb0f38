package verify

import "github.com/sitrep-project/sitrep/doc"

// spokenBy appends to skip the content of every quote of sentence s
// that the claim at span says: "Defence Minister X said the army would
// withdraw under the ceasefire agreed in November" dates the ceasefire,
// not the speaker's title, which is of the telling.
func (c *checker) spokenBy(skip []doc.Span, s, span doc.Span) []doc.Span {
	for qix := range c.d.Quotes {
		q := &c.d.Quotes[qix]
		if s.Contains(q.Span) && !q.Span.Contains(span) && q.Speaker.Span.Start < span.End && span.Start < q.Speaker.Span.End {
			skip = append(skip, q.Span)
		}
	}
	return skip
}
