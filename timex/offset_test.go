package timex

import (
	"testing"
	"time"
)

// Tests of offsets from a clause.

// offsetTests are durations that offset the clause after them:
// the duration's words, and the date that clause happened ("" for none).
var offsetTests = []struct {
	name, text string
	anchor     time.Time
	dur, date  string
}{
	{"a day after, article date", "Rebels shelled the town, a day after government forces launched an offensive.", time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC), "a day", "2011-03-08"},
	{"after a trip to a place", "He flew to town, a day after troops launched an offensive.", time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC), "a day", "2011-03-08"},
	{"after a trip to a named place", "He flew to Paris, a day after troops launched an offensive.", time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC), "a day", "2011-03-08"},
	{"a day after, the sentence's day", "The president resigned on Friday, a day after protesters stormed parliament.", time.Date(2014, 11, 2, 0, 0, 0, 0, time.UTC), "a day", "2014-10-30"},
	{"years after, the sentence's year", "She became bishop in 1992, two years after receiving the prize.", time.Date(2021, 12, 27, 0, 0, 0, 0, time.UTC), "two years", "1990"},
	{"weeks before", "The treaty was signed in Oslo on March 3, 2012, three weeks before the vote.", time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC), "three weeks", "2012-03-24"},
	// a modal in the reported clause before the saying is no rule
	{"after a report of a plan", "Yunus will be sworn in on Thursday, the army chief said on Wednesday, two days after Sheikh Hasina resigned.", time.Date(2024, 8, 7, 0, 0, 0, 0, time.UTC), "two days", "2024-08-05"},
	{"months after a month", "The plant closed in May 2019, six months after the strike began.", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), "six months", "2018-11"},
	// a day ahead in the sentence does not date a past clause after it
	{"past clause after a day ahead", "Sydney is preparing for New Year's Eve celebrations under heavy security, a week after a gunman held 17 people hostage.", time.Date(2014, 12, 22, 0, 0, 0, 0, time.UTC), "a week", "2014-12-15"},
	{"clause after a day ahead with no past verb", "The summit will be held on Friday, two days after the election.", time.Date(2014, 12, 22, 0, 0, 0, 0, time.UTC), "two days", ""},
	// a span, not an offset; a fronted duration; a unit finer than the anchor
	{"for … after is a span", "Troops stayed for two years after the war ended.", time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC), "two years", ""},
	{"fronted", "Two days after the vote, protesters gathered.", time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC), "Two days", ""},
	{"days after a year", "He left in 1990, ten days after the coup.", time.Date(2011, 3, 9, 0, 0, 0, 0, time.UTC), "ten days", ""},
	{"no article date", "Rebels shelled the town, a day after troops launched an offensive.", time.Time{}, "a day", ""},
}

func TestFindOffsets(t *testing.T) {
	for _, tc := range offsetTests {
		found := false
		for _, x := range Find(tc.text, tc.anchor) {
			if x.Text != tc.dur {
				continue
			}
			found = true
			if x.Type != "DURATION" || x.Date != tc.date {
				t.Errorf("%s: Find(%q) %q = %s %s date %q; want DURATION date %q", tc.name, tc.text, x.Text, x.Type, x.Value, x.Date, tc.date)
			}
		}
		if !found {
			t.Errorf("%s: Find(%q) has no %q", tc.name, tc.text, tc.dur)
		}
	}
}

// offsetSkippedTests are durations before "after"/"before" that date no
// clause: a rule or an advice, a date later in the sentence, "before"
// with no date of the sentence.
var offsetSkippedTests = []struct{ text, dur string }{
	{"Part-time staff can work six months before being hired.", "six months"},
	{"Doctors advised them to wait a year before trying again.", "a year"},
	{"The car was damaged two days after he bought it in October.", "two days"},
	{"The complaint was amended a day before the trial started.", "a day"},
}

func TestFindOffsetsSkipped(t *testing.T) {
	anchor := time.Date(2009, 3, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range offsetSkippedTests {
		for _, x := range Find(tc.text, anchor) {
			if x.Text == tc.dur && x.Date != "" {
				t.Errorf("Find(%q) %q date %q; want none", tc.text, x.Text, x.Date)
			}
		}
	}
}
