package verify

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// sinceInRe finds "since 1985" in the clause after a relation claim
// ("have had diplomatic relations with China since 1985").
var sinceInRe = regexp.MustCompile(`\bsince\s+(1[89]\d\d|20\d\d)\b`)

// sinceIn returns the year of the first "since YEAR" in the clause that
// opens text (up to clauseBreak, at most 80 bytes on), or 0.
func sinceIn(text string) int {
	text = text[:clauseBreak(text)]
	if len(text) > 80 {
		text = text[:80]
	}
	m := sinceInRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// recognisedState reports whether the claim at span in sentence s, when
// it is a recognition ("has recognised Taiwan"), names a state right
// after its verb: "has recognised Juan Guaidó as president since 2019",
// "has recognised the need" and "has recognised Israel's sovereignty
// over the Golan since 2019" say nothing of two states' relations.
// Claims of other words are not tested.
func (c *checker) recognisedState(s, span doc.Span) bool {
	claim := c.d.Text[span.Start:span.End]
	i := strings.Index(strings.ToLower(claim), "recogni")
	if i < 0 {
		return true
	}
	j := strings.IndexByte(claim[i:], ' ')
	if j < 0 {
		return false
	}
	obj := span.Start + i + j + 1
	if lowerHasPrefix(c.d.Text[obj:span.End], "the ") {
		obj += len("the ")
	}
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if m.Span.Start == obj && s.Contains(m.Span) {
			// "has recognised Israel's sovereignty over the Golan": the
			// possessive's noun is recognised, not the state
			rest := c.d.Text[m.Span.End:s.End]
			return c.stateIn(s, m) != "" && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s")
		}
	}
	return false
}

// checkSince judges "a and b have had relations since year": the KB's
// history must put relations in place by the end of that year, opened in
// that year, and record no break after it up to the article's date. The
// opening event (establishment, restoration or normalisation) in a
// nearby year misdates the claim; relations opened only later, severed
// through that year, or broken since contradict it.
func (c *checker) checkSince(a, b string, year int, s, span doc.Span) {
	evs := c.relationsOf(a, b)
	pair := c.countryName(a) + " and " + c.countryName(b)
	f := doc.Finding{Kind: doc.FindRelationContradicted, Span: span, Claim: strings.TrimSpace(c.d.Slice(s)), Evidence: []doc.Evidence{}}
	for _, e := range evs {
		f.Evidence = append(f.Evidence, c.relEvidence(e))
	}
	if len(evs) == 0 {
		f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no relation events between %s.", pair)
		c.add(f)
		return
	}
	if asOf := c.k.AsOf(evs[len(evs)-1].Source); !asOf.IsZero() && year > asOf.Year {
		f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The claim is about %d, after the KB's as-of date %s.", year, asOf)
		c.add(f)
		return
	}
	st, open := relState(evs, kb.Date{Year: year, Month: 12, Day: 31})
	// a break after the opening, up to the article's date
	var brk *kb.Relation
	if st == "normal" {
		for i := range evs {
			e := &evs[i]
			if e.Date.First().Compare(open.Date.First()) > 0 && e.Date.First().Compare(c.refDay()) <= 0 && (e.Event == kb.RelSevered || e.Event == kb.RelSuspended) {
				brk = e
				break
			}
		}
	}
	if first := firstState(evs); st == "" && first != nil && (first.Event == kb.RelSevered || first.Event == kb.RelSuspended) {
		// the record opens with a break: relations were in place before
		// it, from a time the KB does not know. A break up to the
		// article's date ends the claimed period; a later one says
		// nothing of it.
		if first.Date.First().Compare(c.refDay()) <= 0 {
			f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("Relations between %s were broken on %s, after %d.", pair, first.Date, year)
		} else {
			f.Verdict, f.Explanation = doc.Unverifiable, fmt.Sprintf("The KB records no relation events between %s before the article's date.", pair)
		}
		c.add(f)
		return
	}
	switch {
	case st == "severed":
		f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("Relations between %s were severed on %s and not in place in %d.", pair, open.Date, year)
	case st == "":
		f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("The KB records relations between %s only from %s (relations %s), after %d.", pair, evs[0].Date, evs[0].Event, year)
		for i := range evs {
			if e := &evs[i]; e.Event == kb.RelEstablished || e.Event == kb.RelRestored || e.Event == kb.RelNormalized {
				f.Explanation = fmt.Sprintf("The KB records relations between %s only from %s (relations %s), after %d.", pair, e.Date, e.Event, year)
				break
			}
		}
	case brk != nil:
		f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("Relations between %s were broken on %s, after %d.", pair, brk.Date, year)
	case open.Date.Year != year && year-open.Date.Year <= misdateYears:
		f.Verdict, f.Explanation = doc.Contradicted, fmt.Sprintf("The KB records relations between %s %s on %s, not in %d.", pair, open.Event, open.Date, year)
	default:
		f.Verdict, f.Explanation = doc.Supported, fmt.Sprintf("Relations between %s have been in place since %s (relations %s), with no break recorded since.", pair, open.Date, open.Event)
	}
	c.add(f)
}

// monthNames are the months a date expression must name for its month
// to be compared with the KB's ("in June", "on June 24"): a weekday or
// "last month" may be the article's own time, not the claim's.
var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."}

// monthAfter returns the month, and the words that say it, of a date of
// the given year written right after a relation claim, in its clause
// ("severed diplomatic ties with Morocco in June", "on June 24, 2021"):
// 0 when the clause gives none or names no month.
func (c *checker) monthAfter(s, span doc.Span, year int) (int, string) {
	end := min(s.End, span.End+60)
	if i := strings.IndexAny(c.d.Text[span.End:end], ",;"); i >= 0 {
		end = span.End + i
	}
	for tix := range c.d.Times {
		t := &c.d.Times[tix]
		if t.Span.Start < span.End || t.Span.End > end || t.Type != "DATE" || len(t.Value) < 7 {
			continue
		}
		said := c.d.Text[t.Span.Start:t.Span.End]
		low := strings.ToLower(said)
		named := false
		for _, m := range monthNames {
			if strings.Contains(low, m) {
				named = true
				break
			}
		}
		if !named || !strings.HasPrefix(t.Value, strconv.Itoa(year)+"-") {
			continue
		}
		m, err := strconv.Atoi(t.Value[5:7])
		if err != nil {
			continue
		}
		return m, said
	}
	return 0, ""
}
