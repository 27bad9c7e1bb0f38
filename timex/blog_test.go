package timex

import (
	"testing"
	"time"
)

// Tests of live-blog entry stamps.

// blogStampColonTests: a live blog's entry stamp ended by a colon ("08:15 GMT:
// …") is an entry stamp as one ended by a dash is: after a stamp late in
// the evening, an early one is on the next day.
var blogStampColonTests = []findTest{
	{"colon stamp past midnight", "22:10 GMT: The talks moved into a smaller format.\n\n08:15 GMT: Putin said the sides had agreed.",
		time.Date(2015, 2, 11, 0, 0, 0, 0, time.UTC), "08:15 GMT", "TIME", "2015-02-12T08:15Z", ""},
	{"dash stamp past midnight", "22:10 GMT — The talks moved into a smaller format.\n\n08:15 GMT — Putin said the sides had agreed.",
		time.Date(2015, 2, 11, 0, 0, 0, 0, time.UTC), "08:15 GMT", "TIME", "2015-02-12T08:15Z", ""},
	{"colon stamp same day", "14:32 GMT: Merkel landed.\n\n14:58 GMT: Lukashenko greeted Poroshenko.",
		time.Date(2015, 2, 11, 0, 0, 0, 0, time.UTC), "14:58 GMT", "TIME", "2015-02-11T14:58Z", ""},
}

func TestFindBlogStampColon(t *testing.T) { runFindTests(t, blogStampColonTests) }

// bareStampTests: a clock time opening a line and followed by a
// capitalised word is a live blog's entry stamp though no dash follows
// it ("10:15 Swedish Prime Minister Ulf Kristersson told reporters"):
// it is on the post's day, not on the day the entry above it named; a
// clock time inside a line stays on the day its narrative tells of.
var bareStampTests = []findTest{
	{"bare stamp after an entry naming a day", "09:40 Stoltenberg said Finland joined the alliance on April 4.\n\n10:15 Swedish Prime Minister Ulf Kristersson told reporters he was happy.",
		time.Date(2023, 7, 11, 0, 0, 0, 0, time.UTC), "10:15", "TIME", "2023-07-11T10:15", ""},
	{"clock time in the narrative", "Finland joined the alliance on April 4. The flag was raised at 10:15 in Brussels.",
		time.Date(2023, 7, 11, 0, 0, 0, 0, time.UTC), "10:15", "TIME", "2023-04-04T10:15", ""},
}

func TestFindBareStamp(t *testing.T) { runFindTests(t, bareStampTests) }
