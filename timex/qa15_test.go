package timex

import (
	"testing"
	"time"
)

// qa15Tests are the constructions of the fifteenth QA round (anchor
// given per case), one per rule.
var qa15Tests = []findTest{
	// T-1: a bare month in the past clause right after a year written
	// years before the article's is that year's
	{"month after a past year in the sentence", "Ana Costa won the first round of the 2004 election but quit the race in June after riots.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC), "June", "DATE", "2004-06", ""},
	{"month and day after a past year in the sentence", "The 1999 strike ended on March 4 when the miners voted.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC), "March 4", "DATE", "1999-03-04", ""},
	{"month after a past year, long", "Ana Costa won the first round of the 2004 presidential election but withdrew from the run-off in June after militias killed 200 of his supporters.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC), "June", "DATE", "2004-06", ""},
	// a comma, a bound or a recent year keeps the article's reading
	{"year in an aside", "The firm, founded in 2004, cut 200 jobs in June.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC), "June", "DATE", "2012-06", ""},
	{"year as a bound", "Sales have grown since 2004 and fell in June.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC), "June", "DATE", "2012-06", ""},
	{"a rate from a year", "Unemployment fell from 9 percent in 2004 to 7 percent in June.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC), "June", "DATE", "2012-06", ""},
	{"year before the article's", "The 2012 budget was passed in June.", time.Date(2013, 3, 5, 0, 0, 0, 0, time.UTC), "June", "DATE", "2012-06", ""},
}

// qa15Narrative: in undated text, a day half a year ahead of the anchor
// in a past clause and a month naming an event whose relative clause is
// past are the ones before the anchor (QA15 T-2); a day weeks ahead stays
// ahead.
var qa15Narrative = []struct {
	name, text, expr, val string
}{
	{"past day far ahead", "The two sides signed a peace deal on November 21, 2006. Parliament was restored on April 24 after weeks of protests.", "April 24", "2006-04-24"},
	{"past day far ahead, implicative infinitive", "The two sides signed a peace deal on November 21, 2006. Protests forced the king to recall parliament on April 24.", "April 24", "2006-04-24"},
	{"past day after a past named month", "The two sides signed a peace deal on November 21, 2006. The deal follows the April protests that forced King Tomas to recall parliament on April 24.", "April 24", "2006-04-24"},
	{"planned infinitive stays nearest", "The two sides signed a peace deal on November 21, 2006. The king planned to recall parliament on April 24.", "April 24", "2007-04-24"},
	{"month naming a past event", "The two sides signed a peace deal on November 21, 2006. The deal follows the April protests that forced the king to recall parliament.", "April", "2006-04"},
	{"past day weeks ahead", "The treaty was signed on 2 March 2015. Parliament ratified it on April 9.", "April 9", "2015-04-09"},
	{"month naming an event, present clause", "The two sides signed a peace deal on November 21, 2006. Both sides prepare for the April elections that will follow.", "April", "2007-04"},
}

func TestFindQA15Narrative(t *testing.T) {
	for _, tt := range qa15Narrative {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, x := range Find(tt.text, time.Time{}) {
				if tt.text[x.Span.Start:x.Span.End] == tt.expr {
					got = x.Value
				}
			}
			if got != tt.val {
				t.Errorf("%q: %q = %q, want %q", tt.text, tt.expr, got, tt.val)
			}
		})
	}
}

func TestFindQA15(t *testing.T) { runFindTests(t, qa15Tests) }
