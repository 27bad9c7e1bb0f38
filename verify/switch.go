package verify

import (
	"regexp"

	"github.com/sitrep-project/sitrep/doc"
)

// switchRe finds a switch of diplomatic recognition between two states,
// which is two relation claims: the subject broke with the first and
// established relations with the second. "switched (diplomatic)
// recognition/allegiance/ties from Taipei to Beijing", "switched
// recognition to Beijing from Taipei", "dropped/ditched/abandoned Taiwan
// for China". Group 1 is the state left, group 2 the state recognised;
// groups 3 and 4 the same in the reverse order, groups 5 and 6 for the
// "dropped X for Y" form.
var switchRe = regexp.MustCompile(`(?i)\bswitch(?:ed|es|ing)?\s+(?:its\s+|their\s+|formal\s+|official\s+|diplomatic\s+)*(?:recognition|allegiance|ties|relations)\s+(?:` +
	`from\s+([^,;.]{2,40}?)\s+to\s+([^,;.]{2,40}?)|to\s+([^,;.]{2,40}?)\s+from\s+([^,;.]{2,40}?))(?:\s|[,;.]|$)` +
	`|\b(?:dropped|ditched|abandoned|dumped)\s+((?-i:[A-Z])[^,;.]{1,30}?)\s+(?:for|in\s+favou?r\s+of)\s+((?-i:[A-Z])[^,;.]{1,30}?)(?:\s|[,;.]|$)`)

// switchCues must occur in the text for switchRe to be tried.
var switchCues = []string{"witch", "dropped", "ditched", "abandoned", "dumped"}

// switches checks each switch of recognition ("Kiribati switched
// diplomatic recognition from Taiwan to Beijing in 2018") as a severing
// of relations with the state left and an establishment of relations
// with the state recognised, both by the subject: the nearest state
// named before the phrase in its sentence.
func (c *checker) switches() {
	if !c.hasSwitchWord() {
		return
	}
	for si, s := range c.d.Sentences {
		text := c.d.Slice(s)
		if !containsAny(text, switchCues) {
			continue
		}
		for _, loc := range switchRe.FindAllStringSubmatchIndex(text, -1) {
			from, to := loc[2:4], loc[4:6]
			switch {
			case loc[6] >= 0:
				from, to = loc[8:10], loc[6:8]
			case loc[10] >= 0:
				from, to = loc[10:12], loc[12:14]
			}
			fromSpan := doc.Span{Start: s.Start + from[0], End: s.Start + from[1]}
			toSpan := doc.Span{Start: s.Start + to[0], End: s.Start + to[1]}
			span := doc.Span{Start: s.Start + loc[0], End: s.Start + loc[1]}
			subj, left, joined := c.switchStates(si, span, fromSpan, toSpan)
			if subj == "" || left == "" || joined == "" || subj == left || subj == joined || left == joined {
				continue
			}
			if hypotheticalRelation(c.d.Text[s.Start:span.Start], c.d.Text[span.Start:span.End]) {
				continue
			}
			year := c.yearIn(s, span)
			// the KB often records only the new relations: the break
			// with the state left is checked when it records that pair
			if len(c.relationsOf(subj, left)) > 0 {
				c.checkRelation(claimSevered, subj, left, year, s, span)
			}
			c.checkRelation(claimEstablished, subj, joined, year, s, span)
		}
	}
}

// switchStates returns the states of a switch at span in sentence si:
// the subject (the last state named before span), the state left (named
// within from) and the state recognised (within to); "" where none.
func (c *checker) switchStates(si int, span, from, to doc.Span) (subj, left, joined string) {
	s := c.d.Sentences[si]
	for mix := range c.d.Mentions {
		m := &c.d.Mentions[mix]
		if !s.Contains(m.Span) {
			continue
		}
		var id string
		if m.Span.End <= span.Start || from.Contains(m.Span) || to.Contains(m.Span) {
			id = c.stateIn(s, m)
		}
		if id == "" {
			continue
		}
		switch {
		case m.Span.End <= span.Start:
			subj = id
		case from.Contains(m.Span) && left == "":
			left = id
		case to.Contains(m.Span) && joined == "":
			joined = id
		}
	}
	return subj, left, joined
}

// switchWords are the words switchRe begins with, in lower case.
var switchWords = [...]string{"switch", "switched", "switches", "switching", "dropped", "ditched", "abandoned", "dumped"}

// hasSwitchWord reports whether a word token of the document is one of
// switchWords in any case (see scanTokens and isSwitchWord): switches'
// document-level prefilter, one test of length and first bytes for most
// tokens instead of scanning the whole text for each cue.
func (c *checker) hasSwitchWord() bool {
	if sc := c.tokenScan(); sc != nil {
		return sc.switchWord
	}
	return containsAny(c.d.Text, switchCues)
}
