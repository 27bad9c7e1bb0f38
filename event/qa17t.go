package event

import "github.com/sitrep-project/sitrep/doc"

// datelineTime reports whether the time starting at byte offset start
// lies in a dateline that dropCredits blanked ("NEW DELHI, June 17,
// 2020 —"): its first token was made punctuation. A dateline's date is
// the publication date, never the date of an event the sentence reports
// (QA17 T-1); the article date stands in for it when the sentence has
// no other time. Only the first dozen tokens can be a dateline.
func datelineTime(toks []tok, start int) bool {
	for i := 0; i < len(toks) && i < 14; i++ {
		if toks[i].start >= start {
			return toks[i].start == start && toks[i].punct && toks[i].low != "\"" && toks[i].low != "“"
		}
	}
	return false
}

// futureOfPast reports whether the time value v, after a trigger in the
// past tense (head), lies after the article date: "Albanese promised to
// cut emissions by 43 percent by 2030" — a promise made cannot happen in
// a year still to come, so 2030 is the content's deadline, not the
// promise's date (QA17 T-2). Values compare on their common prefix
// ("2030" against "2022-05-22" compares years); only plain calendar
// values (digits and dashes) are compared.
func futureOfPast(toks []tok, head int, v, date string) bool {
	if date == "" || len(v) < 4 || !pastVerb(toks[head]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if (v[i] < '0' || v[i] > '9') && v[i] != '-' {
			return false // a week, quarter or season ("2009-W12") compares not by its characters
		}
	}
	n := min(len(v), len(date))
	return v[:n] > date[:n]
}

// unquotedDate re-dates an event whose trigger stands outside every
// quotation when the date eventDate chose came from a time inside one:
// the words a speaker said never date the act of saying them
// ("\"We see a higher chance of a programme before the end of the
// year,\" said Daly" is dated by the article, QA17 T-2). The quoted
// times are dropped and the date chosen again; an event inside the
// quotation keeps its own time.
func (c *Coder) unquotedDate(times []doc.Time, sent doc.Span, toks []tok, head int, quotes [][2]int, date, evDate string) string {
	if _, in := inQuote(quotes, head); in || evDate == date {
		return evDate
	}
	var keep []doc.Time
	dropped := false
	for i := range times {
		if t := &times[i]; sent.Contains(t.Span) && quotedSpan(toks, quotes, t.Span) {
			dropped = true
			continue
		}
		keep = append(keep, times[i])
	}
	if !dropped {
		return evDate
	}
	return c.eventDate(keep, sent, toks, head, toks[head].start, date)
}

// quotedSpan reports whether the byte span sp starts inside one of the
// token ranges quotes.
func quotedSpan(toks []tok, quotes [][2]int, sp doc.Span) bool {
	for i := range toks {
		if toks[i].start >= sp.Start {
			_, in := inQuote(quotes, i)
			return in
		}
	}
	return false
}
