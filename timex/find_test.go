package timex

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/sampletext"
	"github.com/sitrep-project/sitrep/internal/shareddata"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// thu is Thursday 15 June 2023, the anchor of most cases.
var thu = time.Date(2023, 6, 15, 0, 0, 0, 0, time.UTC)

type findTest struct {
	name   string
	text   string
	anchor time.Time
	want   string // the expression's text
	typ    string
	value  string
	mod    string
}

var findTests = []findTest{
	// absolute dates
	{"month day year", "It happened on March 10, 2023, in Gaza.", thu, "March 10, 2023", "DATE", "2023-03-10", ""},
	{"day month year", "It happened on 10 March 2023.", thu, "10 March 2023", "DATE", "2023-03-10", ""},
	{"iso", "Filed 2023-03-10 by the court.", thu, "2023-03-10", "DATE", "2023-03-10", ""},
	{"abbrev dot", "The vote is set for Sept. 14 in Rome.", thu, "Sept. 14", "DATE", "2023-09-14", ""},
	{"abbrev no dot", "The vote was held Sept 14 in Rome.", thu, "Sept 14", "DATE", "2022-09-14", ""},
	{"mid year", "Talks stalled in mid-2019.", thu, "mid-2019", "DATE", "2019", "MID"},
	{"decade", "Relations soured in the 1990s.", thu, "the 1990s", "DATE", "199", ""},
	{"present perfect call for an event on a weekday", "Leaders have called for a summit of euro zone leaders on Tuesday.", thu, "Tuesday", "DATE", "2023-06-20", ""},
	{"simple past call on a weekday stays past", "Leaders called for a summit on Tuesday.", thu, "Tuesday", "DATE", "2023-06-13", ""},
	{"decade late two digits", "Prices rose in the late 90s.", thu, "the late 90s", "DATE", "199", "END"},
	{"year", "The embassy closed in 2019.", thu, "2019", "DATE", "2019", ""},
	{"month year", "Inflation peaked in March 2023.", thu, "March 2023", "DATE", "2023-03", ""},
	{"early year", "Troops left in early 2020.", thu, "early 2020", "DATE", "2020", "START"},
	{"late month", "Fighting has raged since late March.", thu, "late March", "DATE", "2023-03", "END"},
	{"weekday with date", "on Friday, March 10, 2023, officials met", thu, "Friday, March 10, 2023", "DATE", "2023-03-10", ""},
	{"season year", "in the summer of 2019", thu, "the summer of 2019", "DATE", "2019-SU", ""},
	{"quarter", "profits rose in the third quarter of 2022", thu, "the third quarter of 2022", "DATE", "2022-Q3", ""},
	{"century", "since the 19th century", thu, "the 19th century", "DATE", "18", ""},
	// times of day
	{"pm kept", "The blast came at 4:49 PM local time.", thu, "4:49 PM", "TIME", "2023-06-15T16:49", ""},
	{"p.m.", "The blast came at 4:49 p.m. on Tuesday.", thu, "4:49 p.m.", "TIME", "2023-06-13T16:49", ""},
	{"am", "Sirens sounded at 6 a.m. in Haifa.", thu, "6 a.m.", "TIME", "2023-06-15T06:00", ""},
	{"noon", "The deadline passed at noon.", thu, "noon", "TIME", "2023-06-15T12:00", ""},
	{"this morning", "Rockets fell this morning.", thu, "this morning", "TIME", "2023-06-15TMO", ""},
	{"monday night", "Rockets fell on Monday night.", thu, "Monday night", "TIME", "2023-06-12TNI", ""},
	// durations
	{"hours-long", "after hours-long discussions", thu, "hours-long", "DURATION", "PTXH", ""},
	{"three years", "a war that lasted three years", thu, "three years", "DURATION", "P3Y", ""},
	{"seven-year", "ending a seven-year rupture", thu, "seven-year", "DURATION", "P7Y", ""},
	{"48 hours", "within 48 hours of the strike", thu, "48 hours", "DURATION", "PT48H", ""},
	{"past n years", "over the past three years", thu, "the past three years", "DURATION", "P3Y", ""},
	{"several days", "for several days", thu, "several days", "DURATION", "PXD", ""},
	{"decade", "a decade of sanctions", thu, "a decade", "DURATION", "P10Y", ""},
	{"year and a half", "after a year and a half of talks", thu, "a year and a half", "DURATION", "P1Y6M", ""},
	// sets
	{"every week", "They meet every week.", thu, "every week", "SET", "P1W", ""},
	{"daily", "Briefings are held daily.", thu, "daily", "SET", "P1D", ""},
	{"every monday", "Protests are held every Monday.", thu, "every Monday", "SET", "XXXX-WXX-1", ""},
	{"twice a year", "The council meets twice a year.", thu, "twice a year", "SET", "P1Y", ""},
	// relative, resolved against the article date
	{"last night", "Ayalon told reporters last night.", thu, "last night", "TIME", "2023-06-14TNI", ""},
	{"yesterday", "The cabinet met yesterday.", thu, "yesterday", "DATE", "2023-06-14", ""},
	{"yesterday's", "at yesterday's emergency meeting", thu, "yesterday", "DATE", "2023-06-14", ""},
	{"today", "The talks resume today.", thu, "today", "DATE", "2023-06-15", ""},
	{"tonight", "He will speak tonight.", thu, "tonight", "TIME", "2023-06-15TNI", ""},
	{"tomorrow", "He will speak tomorrow.", thu, "tomorrow", "DATE", "2023-06-16", ""},
	{"on monday past", "The ministers met on Monday.", thu, "Monday", "DATE", "2023-06-12", ""},
	{"monday future", "The ministers will meet on Monday.", thu, "Monday", "DATE", "2023-06-19", ""},
	{"weekday same day", "The ministers met on Thursday.", thu, "Thursday", "DATE", "2023-06-15", ""},
	{"last monday", "They met last Monday.", thu, "last Monday", "DATE", "2023-06-12", ""},
	{"next monday", "They meet next Monday.", thu, "next Monday", "DATE", "2023-06-19", ""},
	{"earlier this year", "since tensions peaked earlier this year", thu, "earlier this year", "DATE", "2023", "START"},
	{"later this year", "elections due later this year", thu, "later this year", "DATE", "2023", "END"},
	{"last year", "Trade fell last year.", thu, "last year", "DATE", "2022", ""},
	{"next year", "Trade will rise next year.", thu, "next year", "DATE", "2024", ""},
	{"this year", "Trade rose this year.", thu, "this year", "DATE", "2023", ""},
	{"april last", "facilitated by Turkey since April last.", thu, "April last", "DATE", "2023-04", ""},
	{"last april", "since last April", thu, "last April", "DATE", "2023-04", ""},
	{"last june", "since last June", thu, "last June", "DATE", "2022-06", ""},
	{"last before the month just ended is a year back", "The helicopters crashed last May.", thu, "last May", "DATE", "2022-05", ""},
	{"this past before the month just ended is that month", "The helicopters crashed this past May.", thu, "this past May", "DATE", "2023-05", ""},
	{"last before an earlier month of the year", "The helicopters crashed last April.", thu, "last April", "DATE", "2023-04", ""},
	{"april last year", "in April last year", thu, "April last year", "DATE", "2022-04", ""},
	{"next week", "Talks resume next week.", time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC), "next week", "DATE", "2024-W32", ""},
	{"this week", "Talks resumed this week.", thu, "this week", "DATE", "2023-W24", ""},
	{"this week ahead, said on a Sunday", "Talks will resume this week.", time.Date(2024, 3, 17, 0, 0, 0, 0, time.UTC), "this week", "DATE", "2024-W12", ""},
	{"later this week, said on a Sunday", "Talks resume later this week.", time.Date(2024, 3, 17, 0, 0, 0, 0, time.UTC), "later this week", "DATE", "2024-W12", "END"},
	{"this week past, said on a Sunday", "Talks resumed this week.", time.Date(2024, 3, 17, 0, 0, 0, 0, time.UTC), "this week", "DATE", "2024-W11", ""},
	{"the end of the week ahead, said on a Sunday", "A deal is expected by the end of the week.", time.Date(2024, 3, 17, 0, 0, 0, 0, time.UTC), "the end of the week", "DATE", "2024-W12", "END"},
	{"the end of the week past, said on a Sunday", "Prices fell at the end of the week.", time.Date(2024, 3, 17, 0, 0, 0, 0, time.UTC), "the end of the week", "DATE", "2024-W11", "END"},
	{"earlier this week, said on a Sunday", "Rebels attacked earlier this week.", time.Date(2024, 3, 17, 0, 0, 0, 0, time.UTC), "earlier this week", "DATE", "2024-W11", "START"},
	{"last week", "Talks resumed last week.", thu, "last week", "DATE", "2023-W23", ""},
	{"last month", "Prices rose last month.", thu, "last month", "DATE", "2023-05", ""},
	{"in recent years", "a path of confrontation in recent years", thu, "recent years", "DATE", "PAST_REF", ""},
	{"recently", "He recently visited Cairo.", thu, "recently", "DATE", "PAST_REF", ""},
	{"now", "The border is now closed.", thu, "now", "DATE", "PRESENT_REF", ""},
	{"currently", "He is currently in Doha.", thu, "currently", "DATE", "PRESENT_REF", ""},
	{"the future", "talks in the future", thu, "the future", "DATE", "FUTURE_REF", ""},
	{"week ago", "He left a week ago.", thu, "a week ago", "DATE", "2023-06-08", ""},
	{"two weeks ago is a day", "Prices were lower two weeks ago.", thu, "two weeks ago", "DATE", "2023-06-01", ""},
	{"six weeks ago is a week", "He left six weeks ago.", thu, "six weeks ago", "DATE", "2023-W18", ""},
	{"three years ago", "He left three years ago.", thu, "three years ago", "DATE", "2020", ""},
	{"days ago", "He left two days ago.", thu, "two days ago", "DATE", "2023-06-13", ""},
	{"month name past", "The strike happened in April.", thu, "April", "DATE", "2023-04", ""},
	{"month name near future", "in August", thu, "August", "DATE", "2023-08", ""},
	{"month name far", "in November", thu, "November", "DATE", "2022-11", ""},
	{"last summer", "since last summer", thu, "last summer", "DATE", "2022-SU", ""},
	{"the weekend", "Protests grew over the weekend.", thu, "the weekend", "DATE", "2023-W23-WE", ""},
	{"this quarter's loss in a report is the reported quarter", "Net sales for the third quarter ended Sept. 30 fell 20%. This quarter's loss includes charges of $4.9 million.", time.Date(2023, 11, 1, 0, 0, 0, 0, time.UTC), "This quarter", "DATE", "2023-Q3", ""},
	{"this quarter's results ahead are the current quarter", "Net sales for the third quarter ended Sept. 30 fell 20%. This quarter's results will include a charge.", time.Date(2023, 11, 1, 0, 0, 0, 0, time.UTC), "This quarter", "DATE", "2023-Q4", ""},
	{"last year of a figure compared with a quarter's", "In the latest quarter, the insurer had a $23 million loss, compared with earnings of $33 million last year.", time.Date(2023, 10, 30, 0, 0, 0, 0, time.UTC), "last year", "DATE", "2022-Q3", ""},
	{"last year's figure compared with a quarter's", "Sales in the third quarter were $1.76 billion, up from last year's $1.55 billion.", time.Date(2023, 10, 30, 0, 0, 0, 0, time.UTC), "last year", "DATE", "2022-Q3", ""},
	{"last year of a figure without a quarter stays the year", "The candy businesses had sales of about $154 million last year.", time.Date(2023, 10, 30, 0, 0, 0, 0, time.UTC), "last year", "DATE", "2022", ""},
	{"last year of a report stays the year", "Its third-quarter earnings will be lower than the 16 cents a share it reported last year.", time.Date(2023, 10, 30, 0, 0, 0, 0, time.UTC), "last year", "DATE", "2022", ""},
	{"a year ago of the sentence's quarter", "Third-quarter net rose 5% on higher third-quarter sales. In the second quarter, sales rose to $5 million from $4 million a year ago.", time.Date(2023, 10, 26, 0, 0, 0, 0, time.UTC), "a year ago", "DATE", "2022-Q2", ""},
	{"a bare date opening the text a day before is its filing day", "July 8, 2024 \u2014 Milei said today he would return.", time.Date(2024, 7, 9, 0, 0, 0, 0, time.UTC), "today", "DATE", "2024-07-08", ""},
	{"a bare date opening a later line is no dateline", "Prices rose on July 8, 2024 \u2014 a Monday \u2014 and fell today.", time.Date(2024, 7, 9, 0, 0, 0, 0, time.UTC), "today", "DATE", "2024-07-09", ""},
	{"the following month of the month told", "He was arrested in June 2018 and released the following January.", thu, "the following January", "DATE", "2019-01", ""},
	{"the following month later in the year told", "He was arrested in June 2018 and released the following August.", thu, "the following August", "DATE", "2018-08", ""},
	{"the previous month of the year told", "The war began in 2011. The previous December, protests had spread.", thu, "The previous December", "DATE", "2010-12", ""},
	{"weekday of last week", "He resigned on Tuesday last week.", thu, "Tuesday last week", "DATE", "2023-06-06", ""},
	{"weekday of next week", "The vote is on Friday next week.", thu, "Friday next week", "DATE", "2023-06-23", ""},
	{"end-month wire style", "Rates will stay on hold until end-March.", thu, "end-March", "DATE", "2024-03", "END"},
	{"end-year wire style", "Growth should pick up by end-2023.", thu, "end-2023", "DATE", "2023", "END"},
	{"a dateline with an agency and no dash", "NEW DELHI, July 8 (PTI) The minister said today that talks would resume.", time.Date(2024, 7, 9, 0, 0, 0, 0, time.UTC), "today", "DATE", "2024-07-08", ""},
	{"would-weekday after the day of saying", "The minister said on Monday that talks would resume on Thursday.", time.Date(2019, 3, 16, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2019-03-14", ""},
	{"will-weekday stays after the article date", "The minister said on Monday that talks will resume on Thursday.", time.Date(2019, 3, 16, 0, 0, 0, 0, time.UTC), "Thursday", "DATE", "2019-03-21", ""},
	{"future season once this year's is over", "The plant will be built in the spring.", time.Date(2019, 10, 13, 0, 0, 0, 0, time.UTC), "the spring", "DATE", "2020-SP", ""},
	{"future season still ahead this year", "The plant will be built in the autumn.", time.Date(2019, 3, 13, 0, 0, 0, 0, time.UTC), "the autumn", "DATE", "2019-FA", ""},
	{"overnight after a day of its sentence", "Police arrested him on Saturday and held him overnight.", thu, "overnight", "TIME", "2023-06-10TNI", ""},
	{"overnight after a day of saying", "The army said on Tuesday that rebels attacked overnight.", thu, "overnight", "TIME", "2023-06-12TNI", ""},
	{"end of a range of years before a plural noun", "Between 2013 and 2017 teachers struck four times.", thu, "2017", "DATE", "2017", ""},
	{"end of a from-to range of years before a plural noun", "From 2003 to 2011 soldiers served there.", thu, "2011", "DATE", "2011", ""},
	{"half of a market report", "Sales rose in H2 2018 and will rise again in H1 2019.", thu, "H2 2018", "DATE", "2018-H2", ""},
	{"start of a day-first range with a dash", "The summit runs 10-12 April.", thu, "10", "DATE", "2023-04-10", ""},
	{"start of a day-first range with an en dash", "The summit runs 10\u201312 April.", thu, "10", "DATE", "2023-04-10", ""},
	{"end of a month-first range with an en dash", "The fair ran March 3\u20135.", thu, "5", "DATE", "2023-03-05", ""},
	{"start of a day-first from-to range", "Talks were held from 10 to 12 May.", thu, "10", "DATE", "2023-05-10", ""},
	{"start of a day-first between-and range", "Fighting raged between 3 and 5 March 2021.", thu, "3", "DATE", "2021-03-03", ""},
	{"overnight before a place phrase", "Residents reported heavy gunfire overnight near the airport road.", thu, "overnight", "TIME", "2023-06-14TNI", ""},
	{"overnight before a place phrase across", "Storms swept overnight across the north.", thu, "overnight", "TIME", "2023-06-14TNI", ""},
	{"overnight after a day of another sentence", "On Monday, rebels attacked. Troops fought back overnight.", thu, "overnight", "TIME", "2023-06-14TNI", ""},
	{"the following season of the year told", "The vote was held in 2016. The following summer, the law passed.", thu, "The following summer", "DATE", "2017-SU", ""},
	{"the following season of the month told", "The vote was held in March 2016. The following summer, the law passed.", thu, "The following summer", "DATE", "2016-SU", ""},
	{"quarter written as its months", "Growth slowed in the April-June quarter.", thu, "the April-June quarter", "DATE", "2023-Q2", ""},
	{"quarter of months with an ambiguous month", "Output fell in the January-March period.", thu, "the January-March period", "DATE", "2023-Q1", ""},
	{"quarter of months ahead", "Sales will rise in the October-December quarter.", thu, "the October-December quarter", "DATE", "2023-Q4", ""},
	// a direct quote's deictic times count from the day its attribution
	// names (thu is Thursday, June 15, 2023)
	{"quote's yesterday from the day said", "\"I met him yesterday,\" she told the court on Monday.", thu, "yesterday", "DATE", "2023-06-11", ""},
	{"quote's future weekday from the day said", "\"We will win on Sunday,\" he said on Friday.", thu, "Sunday", "DATE", "2023-06-11", ""},
	{"quote's last week from the day said", "\"Last week was difficult,\" the minister said on Monday.", thu, "Last week", "DATE", "2023-W23", ""},
	{"quote's last night from the day said", "\u201cLast night we won,\u201d a minister said in an interview on Tuesday.", thu, "Last night", "TIME", "2023-06-12TNI", ""},
	{"quote after a dated colon from the day said", "The minister said on Monday: \"We met yesterday.\" Talks resume tomorrow.", thu, "yesterday", "DATE", "2023-06-11", ""},
	{"quote after a colon, the day after a phrase of the verb", "Tikhanovskaya said in a video on Tuesday: \"Today I made a very difficult decision.\"", thu, "Today", "DATE", "2023-06-13", ""},
	{"quote after a colon, the day fronted", "On Monday, the opposition leader said: \u201cToday the people have spoken.\u201d", thu, "Today", "DATE", "2023-06-12", ""},
	{"quote after a colon, yesterday's attribution", "The general told reporters yesterday: \"Today we hold the city.\"", thu, "Today", "DATE", "2023-06-14", ""},
	{"quote after a colon, a weekday of another clause's noun", "He said of Monday's vote: \"Today we won.\"", thu, "Today", "DATE", "2023-06-15", ""},
	{"text after a dated colon quote keeps the article date", "The minister said on Monday: \"We met yesterday.\" Talks resume tomorrow.", thu, "tomorrow", "DATE", "2023-06-16", ""},
	{"quote resumed after a dated attribution", "\"We met yesterday,\" he said on Monday. \"Tomorrow we sign.\"", thu, "Tomorrow", "DATE", "2023-06-13", ""},
	{"quote after a dated one with its own undated attribution", "\"We met yesterday,\" he said on Monday. \"We sign tomorrow,\" his rival said.", thu, "tomorrow", "DATE", "2023-06-16", ""},
	{"quote said today keeps the article date", "\"We met yesterday,\" he said on Thursday.", thu, "yesterday", "DATE", "2023-06-14", ""},
	{"undated quote keeps the article date", "\"We met yesterday,\" he said.", thu, "yesterday", "DATE", "2023-06-14", ""},
	{"text after the quote keeps the article date", "\"It was hard,\" he said on Monday. Talks resume tomorrow.", thu, "tomorrow", "DATE", "2023-06-16", ""},
	{"a year ago of the story's quarter", "Third-quarter net rose 5% on higher third-quarter sales. Sales rose to $5 million from $4 million a year ago.", time.Date(2023, 10, 26, 0, 0, 0, 0, time.UTC), "a year ago", "DATE", "2022-Q3", ""},
	{"current quarter", "in the current quarter", thu, "the current quarter", "DATE", "2023-Q2", ""},
	// holidays
	{"christmas", "Shops closed on Christmas Day.", thu, "Christmas Day", "DATE", "2022-12-25", ""},
	{"thanksgiving year", "on Thanksgiving 2023", thu, "Thanksgiving 2023", "DATE", "2023-11-23", ""},
	{"easter", "Pilgrims arrived before Easter.", thu, "Easter", "DATE", "2023-04-09", ""},
	{"new year's eve", "on New Year's Eve", thu, "New Year's Eve", "DATE", "2022-12-31", ""},
	// no article date: underspecified, never guessed
	{"no date month", "The strike happened in March.", time.Time{}, "March", "DATE", "XXXX-03", ""},
	{"no date weekday", "The ministers met on Monday.", time.Time{}, "Monday", "DATE", "XXXX-WXX-1", ""},
	{"no date yesterday", "The cabinet met yesterday.", time.Time{}, "yesterday", "DATE", "XXXX-XX-XX", ""},
	{"no date month day", "The vote is on Sept. 14.", time.Time{}, "Sept. 14", "DATE", "XXXX-09-14", ""},
	{"no date last year", "Trade fell last year.", time.Time{}, "last year", "DATE", "XXXX", ""},
	{"no date year kept", "The embassy closed in 2019.", time.Time{}, "2019", "DATE", "2019", ""},
	{"no date two-digit year", "It was unveiled on 7/8/07.", time.Time{}, "7/8/07", "DATE", "2007-07-08", ""},
	{"iso datetime utc", "Posted 2024-07-01T10:00Z by staff", thu, "2024-07-01T10:00Z", "TIME", "2024-07-01T10:00Z", ""},
	{"iso datetime offset", "Updated at 2024-07-01T10:00:30+02:00.", thu, "2024-07-01T10:00:30+02:00", "TIME", "2024-07-01T10:00", ""},
	{"no date two-digit year 1900s", "It was founded on 12/25/89.", time.Time{}, "12/25/89", "DATE", "1989-12-25", ""},
	{"two-digit year", "written in the American format, 7/8/07.", thu, "7/8/07", "DATE", "2007-07-08", ""},
	{"two-digit year last century", "the crash of 10/19/87", thu, "10/19/87", "DATE", "1987-10-19", ""},
	{"two-digit year after a date", "on 7/8/2007 and 12/25/07", thu, "12/25/07", "DATE", "2007-12-25", ""},
}

func TestFind(t *testing.T) { runFindTests(t, findTests) }

// runFindTests runs Find on each case and checks the expression it
// names: its type, value and mod.
func runFindTests(t *testing.T, tests []findTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, tt.anchor)
			for _, g := range got {
				if g.Text == tt.want {
					if g.Type != tt.typ || g.Value != tt.value || g.Mod != tt.mod {
						t.Errorf("Find(%q) %q = %s %s mod %q; want %s %s mod %q", tt.text, g.Text, g.Type, g.Value, g.Mod, tt.typ, tt.value, tt.mod)
					}
					return
				}
			}
			t.Errorf("Find(%q) = %v; want an expression %q", tt.text, got, tt.want)
		})
	}
}

// checkNoTime runs Find on each of texts and fails on an expression
// whose text is one of words.
func checkNoTime(t *testing.T, anchor time.Time, texts []string, words ...string) {
	t.Helper()
	for _, text := range texts {
		for _, g := range Find(text, anchor) {
			if slices.Contains(words, g.Text) {
				t.Errorf("Find(%q) has %q (%s %s); want none", text, g.Text, g.Type, g.Value)
			}
		}
	}
}

// A "two days later" counts from the previous date in the text.
func TestFindPreviousAnchor(t *testing.T) {
	text := "The ceasefire began on March 3, 2023. Two days later, fighting resumed. The following day, talks failed."
	got := Find(text, thu)
	want := map[string]string{"Two days later": "2023-03-05", "The following day": "2023-03-06"}
	for _, g := range got {
		if v, ok := want[g.Text]; ok {
			if g.Value != v || g.Anchor != "previous" {
				t.Errorf("%q = %s (anchor %q); want %s (anchor previous)", g.Text, g.Value, g.Anchor, v)
			}
			delete(want, g.Text)
		}
	}
	for k := range want {
		t.Errorf("no expression %q in %v", k, got)
	}
}

// The traps: numbers that are not dates and words that are not months.
func TestFindTraps(t *testing.T) {
	for _, text := range []string{
		"Case number 20230310 was filed.",
		"See https://example.com/news/2019/05/article-20190512.html for more.",
		"Call +1 202-555-2019 for details.",
		"The ticket costs $2019 each.",
		"Some 2,000 troops crossed the border.",
		"About 2000 troops crossed the border.",
		"The 1500 soldiers left the base.",
		"Rebels carried out 1200 attacks last year.",
		"Officials said they may meet soon enough to decide.",
		"May we assume the talks failed?",
		"Protesters march on the embassy. The march was peaceful.",
		"The Sun reported the story first.",
		"Theresa May said the deal was good.",
		"He earned 1999 points in the game.",
		"The 6-year-old boy was rescued.",
		"Police said a man in his late 20s had been charged.",
		"Two women in their mid-30s were detained.",
		"The H1N1 virus spread fast.",
		"He got an H1 visa after the H2 2 test.",
	} {
		for _, g := range Find(text, thu) {
			if g.Type == TypeDate && (strings.ContainsAny(g.Text, "0123456789") || strings.EqualFold(g.Text, "may") || strings.EqualFold(g.Text, "march")) || g.Type == TypeDuration && strings.Contains(g.Text, "6-year") {
				t.Errorf("Find(%q) found %q = %s; want no date there", text, g.Text, g.Value)
			}
		}
	}
}

// Weekday resolution depends only on the anchor, never on the day the
// program runs: every anchor in a fortnight gives the day computed by
// hand from the anchor alone.
func TestFindWeekdayIndependentOfClock(t *testing.T) {
	for d := 0; d < 14; d++ {
		anchor := time.Date(2023, 6, 1+d, 0, 0, 0, 0, time.UTC)
		got := Find("The ministers met on Monday.", anchor)
		if len(got) != 1 {
			t.Fatalf("anchor %s: got %v", anchor.Format("2006-01-02"), got)
		}
		back := (int(anchor.Weekday()) + 6) % 7 // days since Monday
		want := anchor.AddDate(0, 0, -back).Format("2006-01-02")
		if got[0].Value != want {
			t.Errorf("anchor %s (%s): Monday = %s; want %s", anchor.Format("2006-01-02"), anchor.Weekday(), got[0].Value, want)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "examples/seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := Find(string(b), thu)
	want := map[string]string{
		"last night":        "2023-06-14TNI",
		"yesterday":         "2023-06-14",
		"late March":        "2023-03",
		"earlier this year": "2023",
		"2017":              "2017",
		"April last":        "2023-04",
		"recent years":      "PAST_REF",
		"hours-long":        "PTXH",
	}
	for _, g := range got {
		if v, ok := want[g.Text]; ok {
			if g.Value != v {
				t.Errorf("%q = %s; want %s", g.Text, g.Value, v)
			}
			delete(want, g.Text)
		}
	}
	for k, v := range want {
		t.Errorf("seed article: %q (%s) not found", k, v)
	}
}

// TestGolden checks the whole output on a sample text against
// testdata/sample.golden (rewrite with go test ./timex -update).
func TestGolden(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(Find(string(text), thu), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "sample.golden")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
		t.Errorf("Find(sample) differs from %s (run go test ./timex -update and review the diff):\n%s", golden, got)
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.text, tt.anchor.Unix())
	}
	for _, tt := range narrativeTests {
		f.Add(tt.text, int64(0)) // undated: the text's own dates anchor
	}
	f.Add("4:49 PM on 2023-02-30 at 25:61 a.m.", int64(0))
	f.Add("the 2008/09 budget, 2099-00, 1999/2000/01 and 2023-24-25 effective as of", int64(1686787200))
	f.Add("the '90s, mid-, early the end of the", int64(1686787200))
	f.Add("\xff\xfe Sept. 31, 99999 “May” 12th of", int64(-1))
	f.Add("a week earlier in the day, Nov. 3, the day before last Tuesday's, three days later than single-day", int64(1686787200))
	f.Add("open from 7:30 a.m.-9:30 p.m. Monday through Thursday, 7 to 3:30 p.m. Friday; and noon-5 pm Saturday", int64(1686787200))
	for _, tt := range nextParaTests {
		f.Add(tt.text, tt.anchor.Unix())
	}
	for _, tt := range nextDayUntoldTests {
		f.Add(tt.text, tt.anchor.Unix())
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var anchor time.Time
		if unix > 0 && unix < 4102444800 {
			anchor = time.Unix(unix, 0).UTC()
		}
		prev := -1
		for _, g := range Find(text, anchor) {
			if g.Span.Start < 0 || g.Span.End > len(text) || g.Span.Start >= g.Span.End {
				t.Fatalf("bad span %v in %q", g.Span, text)
			}
			if g.Span.Start < prev {
				t.Fatalf("overlapping or unordered span %v after %d in %q", g.Span, prev, text)
			}
			prev = g.Span.End
			if text[g.Span.Start:g.Span.End] != g.Text {
				t.Fatalf("Text %q does not match span %v", g.Text, g.Span)
			}
			if g.Value == "" || g.Type == "" {
				t.Fatalf("empty value or type for %q", g.Text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(g.Text) {
				t.Fatalf("span %v splits a rune", g.Span)
			}
		}
	})
}

func BenchmarkTimex(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "sample.txt"))
	if err != nil {
		b.Fatal(err)
	}
	s := strings.Repeat(string(text)+"\n\n", 50)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(s, thu)
	}
}

// BenchmarkTimexArticles measures Find the way the pipeline calls it: once
// per short article (the project's plain-text examples and the article
// texts of its JSON Lines example), so per-call costs count.
func BenchmarkTimexArticles(b *testing.B) { benchFind(b, thu) }

// benchFind times Find over the project's examples, one call per
// article, against anchor (zero: undated).
func benchFind(b *testing.B, anchor time.Time) {
	arts := sampletext.Texts(b, filepath.Join("..", "examples"))
	n := 0
	for _, a := range arts {
		n += len(a)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, a := range arts {
			Find(a, anchor)
		}
	}
}

// handoverStoryYearTests (anchor given per case): a handover in the
// present simple is ahead, an anniversary piece keeps the earlier year's
// story, a day of an event worked for is ahead, a past midnight began the
// article's day, and a later year in undated text leaves the anchor behind.
var handoverStoryYearTests = []findTest{
	// the present simple of a handover schedules it
	{"takes office is ahead", "The new governor takes office on Nov. 15.", time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), "Nov. 15", "DATE", "2025-11-15", ""},
	{"leaves office is ahead", "The chancellor leaves office Sept. 30.", time.Date(2021, 4, 20, 0, 0, 0, 0, time.UTC), "Sept. 30", "DATE", "2021-09-30", ""},
	{"assumes power is ahead", "The council assumes power on Dec. 1.", time.Date(2019, 6, 3, 0, 0, 0, 0, time.UTC), "Dec. 1", "DATE", "2019-12-01", ""},
	{"took office stays past", "The governor took office on Nov. 15.", time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), "Nov. 15", "DATE", "2024-11-15", ""},
	// an anniversary piece goes on telling the earlier year's story
	{"past month-day after a full date of an earlier year", "On the night of March 11, 2004, bombs tore through commuter trains. Police arrested the first suspects on March 13.", time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), "March 13", "DATE", "2004-03-13", ""},
	{"story year carries over a paragraph", "On Aug. 2, 1990, Iraqi troops invaded Kuwait.\n\nThe council imposed sanctions on Aug. 6.", time.Date(2020, 8, 2, 0, 0, 0, 0, time.UTC), "Aug. 6", "DATE", "1990-08-06", ""},
	{"story year chains through a carried day", "On Aug. 2, 1990, Iraqi troops invaded Kuwait.\n\nThe council imposed sanctions on Aug. 6.\n\nThe emir fled and troops reached the border on Aug. 8.", time.Date(2020, 8, 2, 0, 0, 0, 0, time.UTC), "Aug. 8", "DATE", "1990-08-08", ""},
	{"present clause after an old date keeps the article's year", "On March 11, 2004, bombs tore through commuter trains. Survivors will gather on March 13.", time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), "March 13", "DATE", "2024-03-13", ""},
	{"a day before the story's date keeps the article's year", "On March 11, 2004, bombs tore through commuter trains. The minister resigned on March 2.", time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), "March 2", "DATE", "2024-03-02", ""},
	{"far after an old date keeps the article's year", "On March 11, 2004, bombs tore through trains.\n\nThe court heard the case.\n\nThe minister resigned on March 20.", time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC), "March 20", "DATE", "2024-03-20", ""},
	{"near after an old date takes its year", "On March 11, 2004, bombs tore through trains.\n\nThe minister resigned on March 20.", time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC), "March 20", "DATE", "2004-03-20", ""},
	// what is done for an event precedes it; its day is no day of the story
	{"for Sunday's election is ahead", "The minister was campaigning for a candidate for Sunday's parliamentary election.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2023-06-18", ""},
	{"in Sunday's election stays past", "The minister lost his seat in Sunday's parliamentary election.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "Sunday", "DATE", "2023-06-11", ""},
	{"a part of day after an event's weekday", "He was speaking at a rally for Sunday's vote. He died in the afternoon.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2023-06-16TAF", ""},
	// a past midnight in the day's paper began the article's day
	{"past midnight is the one before the article day", "Soldiers stormed the building shortly before midnight, witnesses said.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-15T24:00", ""},
	{"future midnight ends the article day", "The polls will close at midnight.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-16T24:00", ""},
	{"a midnight briefing is left alone", "Hours later, the minister told reporters at a rare midnight briefing that talks had failed.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-16T24:00", ""},
	{"midnight of a narrated day", "On Saturday, soldiers stormed the building shortly before midnight.", time.Date(2023, 6, 16, 0, 0, 0, 0, time.UTC), "midnight", "TIME", "2023-06-10T24:00", ""},
	// in undated text, a later year leaves the anchor's days behind
	{"weekday after a later year in undated text", "On March 11, 2004, bombs tore through trains in Madrid. The king, who has reigned since 2014, laid a wreath on Monday.", time.Time{}, "Monday", "DATE", "XXXX-WXX-1", ""},
	{"weekday right after the anchor in undated text", "On March 11, 2004, bombs tore through trains in Madrid. The king laid a wreath on Monday.", time.Time{}, "Monday", "DATE", "2004-03-08", ""},
}

func TestFindHandoverStoryYear(t *testing.T) { runFindTests(t, handoverStoryYearTests) }

// zoneBlogStampTests (anchor given per case): a time zone after a clock
// time gives the value its UTC offset, and live-blog stamps that cross
// midnight roll over the day.
var zoneBlogStampTests = []findTest{
	// a zone after a clock time is its UTC offset in the value
	{"CET offset", "At 10:00 CET, the rebel leader said his fighters had taken the airport.", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "10:00 CET", "TIME", "2023-06-24T10:00+01:00", ""},
	{"MSK offset", "By 08:15 MSK the column had reached the city.", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "08:15 MSK", "TIME", "2023-06-24T08:15+03:00", ""},
	{"IST half-hour offset", "The count began at 8 a.m. IST on Tuesday.", time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), "8 a.m. IST", "TIME", "2024-05-28T08:00+05:30", ""},
	{"PDT offset", "The launch is set for 4:30 p.m. PDT.", time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), "4:30 p.m. PDT", "TIME", "2024-06-03T16:30-07:00", ""},
	{"WIB military time", "The eruption began at 0730 WIB.", time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC), "0730 WIB", "TIME", "2024-06-03T07:30+07:00", ""},
	// live-blog stamps that cross midnight roll over the day
	{"stamp after midnight in a forward run", "Storm live.\n\n21:30 GMT — The convoy stopped.\n\n23:50 GMT — The leader spoke.\n\n00:40 GMT — Fighters left.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "00:40 GMT", "TIME", "2023-06-25T00:40Z", ""},
	{"stamps before midnight keep the day", "Storm live.\n\n21:30 GMT — The convoy stopped.\n\n23:50 GMT — The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "23:50 GMT", "TIME", "2023-06-24T23:50Z", ""},
	{"stamp before midnight in a backward run", "Storm live.\n\n00:40 - Fighters left.\n\n23:50 - The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "23:50", "TIME", "2023-06-23T23:50", ""},
	{"a backward run within a day keeps it", "Storm live.\n\n14:00 - Fighters left.\n\n09:15 - The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "09:15", "TIME", "2023-06-24T09:15", ""},
	{"a forward run's long gap is no day back", "Storm live.\n\n07:00 - Rain began.\n\n08:00 - Fighters left.\n\n21:00 - The leader spoke.\n", time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), "21:00", "TIME", "2023-06-24T21:00", ""},
	{"GMT stays Z", "At 14:30 GMT, the index was down 2%.", time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC), "14:30 GMT", "TIME", "2023-10-10T14:30Z", ""},
}

func TestFindZoneBlogStamp(t *testing.T) { runFindTests(t, zoneBlogStampTests) }

// partOfDayOnTests (anchor given per case): a part of the day before
// "on" and a weekday is that day's; more zones carry their offsets.
var partOfDayOnTests = []findTest{
	// a part of the day before "on"/"of" and a day is that day's
	{"part of day on a weekday", "By mid-morning on Tuesday the rebels held the airport.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "mid-morning", "TIME", "2025-01-28TMO", "MID"},
	{"the afternoon on a weekday", "The rebels attacked in the afternoon on Monday.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2025-01-27TAF", ""},
	{"a part of day alone keeps the article day", "The rebels attacked in the afternoon.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2025-01-29TAF", ""},
	{"a part of day before another clause's day", "They left in the afternoon and returned Monday.", time.Date(2025, 1, 29, 0, 0, 0, 0, time.UTC), "the afternoon", "TIME", "2025-01-29TAF", ""},
	// the zones of Asian and African news carry their offsets
	{"PHT offset", "Updated March 11, 2025, 10:05 p.m. PHT", time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC), "10:05 p.m. PHT", "TIME", "2025-03-11T22:05+08:00", ""},
	{"EAT offset", "Polls closed at 6 p.m. EAT.", time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC), "6 p.m. EAT", "TIME", "2024-06-25T18:00+03:00", ""},
}

func TestFindPartOfDayOn(t *testing.T) { runFindTests(t, partOfDayOnTests) }

// sat is a Saturday anchor for the possessive-happening cases.
var sat = time.Date(2016, 4, 16, 0, 0, 0, 0, time.UTC)

// possessiveHappeningTests: a possessive weekday naming a happening is
// past whatever the clause's tense, and a state in force "until" a
// weekday ends ahead.
var possessiveHappeningTests = []findTest{
	// a possessive weekday naming a happening is past, whatever
	// the tense of the clause
	{"happening after from, present perfect", "The death toll from Friday's earthquake has climbed to 272.", sat, "Friday", "DATE", "2016-04-15", ""},
	{"happening with an adjective, future", "Investigators will examine the debris of Thursday's deadly blast.", sat, "Thursday", "DATE", "2016-04-14", ""},
	{"happening after a magnitude", "The death toll from Friday's magnitude 7.8 earthquake has passed 400.", sat, "Friday", "DATE", "2016-04-15", ""},
	{"possessive after from, any noun", "The death toll from Friday's violence has risen to 30.", sat, "Friday", "DATE", "2016-04-15", ""},
	{"from a weekday still starts ahead", "New curfew hours from Monday.", sat, "Monday", "DATE", "2016-04-18", ""},
	// a scheduled event keeps the tense's reading
	{"scheduled event, future", "Police will guard Sunday's election rally.", sat, "Sunday", "DATE", "2016-04-17", ""},
	// "was/were <closed|suspended|extended> until <weekday>": the
	// end of a state still in force lies ahead
	{"suspended until, past passive", "Trading in the shares was suspended until Monday.", thu, "Monday", "DATE", "2023-06-19", ""},
	{"extended until, past passive", "The curfew was extended until Tuesday.", thu, "Tuesday", "DATE", "2023-06-20", ""},
	{"suspended until, then an attribution", "Trading in the shares was suspended until Monday, the exchange said.", thu, "Monday", "DATE", "2023-06-19", ""},
	// "through" keeps the past reading; a pluperfect too; so does a
	// later past clause that ends the state
	{"detained until, when released", "He was detained until Monday, when he was released.", thu, "Monday", "DATE", "2023-06-12", ""},
	{"closed through, past", "The road was closed through Monday.", thu, "Monday", "DATE", "2023-06-12", ""},
	{"had been closed until", "Schools had been closed until Monday.", thu, "Monday", "DATE", "2023-06-12", ""},
}

func TestFindPossessiveHappening(t *testing.T) { runFindTests(t, possessiveHappeningTests) }

// reportedSubjectTests: a weekday in the subject of a reported clause
// with a modal is ahead of the report.
var reportedSubjectTests = []findTest{
	// a weekday in the subject of a reported clause with a modal is
	// ahead of the report (2015-05-27 was a Wednesday)
	{"weekday in a reported subject with would", "Ana Costa said the vote on Friday would go ahead.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2015-05-29", ""},
	{"weekday in a reported subject with will", "Officials said that the summit on Monday will be held in Accra.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2015-06-01", ""},
	// a past verb in the reported clause keeps the past week
	{"weekday in a reported subject with a past verb", "The official said the vote on Friday was rigged.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2015-05-22", ""},
	{"weekday as the report's own adjunct", "The official said on Friday it would go ahead.", time.Date(2015, 5, 27, 0, 0, 0, 0, time.UTC), "Friday", "DATE", "2015-05-22", ""},
}

func TestFindReportedSubject(t *testing.T) { runFindTests(t, reportedSubjectTests) }

// monthAfterPastYearTests: a bare month in a past clause right after a
// year well before the article's is that year's.
var monthAfterPastYearTests = []findTest{
	// a bare month in the past clause right after a year written
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

func TestFindMonthAfterPastYear(t *testing.T) { runFindTests(t, monthAfterPastYearTests) }

// dateSetForTests: "for <date>" after the object of a verb that sets a
// date lies ahead, whatever the verb's tense.
var dateSetForTests = []findTest{
	// "for <date>" after the object of a verb that sets a date
	// lies ahead, whatever the verb's tense
	{"called an election for", "Parliament called an early election for November 1.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "November 1", "DATE", "2022-11-01", ""},
	{"set an election for", "The assembly dissolved itself and set an election for Nov. 1.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Nov. 1", "DATE", "2022-11-01", ""},
	{"a bill setting the vote for", "Lawmakers approved a bill setting the vote for Nov. 1.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Nov. 1", "DATE", "2022-11-01", ""},
	{"passive called for a weekday", "The strike was called for Monday.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2022-07-04", ""},
	// "called for" a thing, then a day: the past verb's day
	{"called for a strike on", "The opposition called for a strike on Monday.", time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2022-06-27", ""},
}

func TestFindDateSetFor(t *testing.T) { runFindTests(t, dateSetForTests) }

// weekAheadFrontedTests: "This week," opening a sentence written on a
// Sunday takes the tense of the clause after its comma; wire copy of a
// Sunday says "this week" of the coming week when that clause is present
// schedule or future, of the week just ending when it is past.
var weekAheadFrontedTests = []findTest{
	{"fronted before a schedule verb", "This week, talks resume in Geneva.",
		time.Date(2010, 6, 6, 0, 0, 0, 0, time.UTC), "This week", "DATE", "2010-W23", ""},
	{"fronted before a past verb", "This week, talks resumed in Geneva.",
		time.Date(2010, 6, 6, 0, 0, 0, 0, time.UTC), "This week", "DATE", "2010-W22", ""},
}

func TestFindWeekAheadFronted(t *testing.T) { runFindTests(t, weekAheadFrontedTests) }

// weekdayAbbrevTests: wire copy abbreviates weekdays ("Tues.", "Thurs.");
// an abbreviation is a weekday with its period, capitalised, and not
// part of a name ("The Sun."). A date in brackets after a weekday says
// which one it is.
var weekdayAbbrevTests = []findTest{
	{"Tues. past", "Farm leaders met ministers in Canberra on Tues. and were told aid was coming.",
		time.Date(2003, 7, 13, 0, 0, 0, 0, time.UTC), "Tues.", "DATE", "2003-07-08", ""},
	{"Thurs. ahead after a schedule verb", "The central bank cut rates on Feb. 5 and meets again on Thurs.",
		time.Date(2009, 3, 1, 0, 0, 0, 0, time.UTC), "Thurs.", "DATE", "2009-03-05", ""},
	{"Mon. with a bracketed date", "Faction leaders meet in Addis Ababa on Mon. (Jan. 4) for talks.",
		time.Date(1993, 1, 1, 0, 0, 0, 0, time.UTC), "Mon.", "DATE", "1993-01-04", ""},
	{"a bracketed date picks the week", "He lost a confidence vote on Monday (Dec. 16) and parliament was dissolved on Friday.",
		time.Date(2024, 12, 28, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2024-12-16", ""},
	{"a bracketed day-month", "He lost a confidence vote on Monday (16 December).",
		time.Date(2024, 12, 28, 0, 0, 0, 0, time.UTC), "Monday", "DATE", "2024-12-16", ""},
	{"a sentence-opening preposition before it", "By Mon. the deal was done.",
		time.Date(2019, 9, 5, 0, 0, 0, 0, time.UTC), "Mon.", "DATE", "2019-09-02", ""},
	{"this past weekend on a Sunday", "Showers this past weekend came too late for the crop.",
		time.Date(2003, 7, 13, 0, 0, 0, 0, time.UTC), "this past weekend", "DATE", "2003-W28-WE", ""},
	{"last weekend on a Sunday", "Showers last weekend came too late for the crop.",
		time.Date(2003, 7, 13, 0, 0, 0, 0, time.UTC), "last weekend", "DATE", "2003-W27-WE", ""},
}

func TestFindWeekdayAbbrev(t *testing.T) { runFindTests(t, weekdayAbbrevTests) }

func TestFindWeekdayAbbrevNames(t *testing.T) {
	checkNoTime(t, time.Date(2024, 12, 28, 0, 0, 0, 0, time.UTC), []string{
		"The story was first reported by The Sun.",
		"The figures were published in the Baltimore Sun.",
		"He sat. Then he wed.",
		"Sun Microsystems shares rose.",
	}, "Sun.", "Sun", "sat.", "wed.")
}

// midweekTests: "midweek" is the middle of the article's week, the week
// before in a past clause written on a Monday or Tuesday; before a noun
// it is an attribute.
var midweekTests = []findTest{
	{"past midweek on a Saturday", "The Bank of England stepped in midweek to buy bonds.",
		time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), "midweek", "DATE", "2022-W39", "MID"},
	{"past mid-week on a Monday", "The Bank of England stepped in mid-week to buy bonds.",
		time.Date(2022, 9, 26, 0, 0, 0, 0, time.UTC), "mid-week", "DATE", "2022-W38", "MID"},
	{"future midweek on a Thursday", "The two sides will meet again midweek.",
		time.Date(2022, 9, 29, 0, 0, 0, 0, time.UTC), "midweek", "DATE", "2022-W40", "MID"},
}

func TestFindMidweek(t *testing.T) { runFindTests(t, midweekTests) }

func TestFindMidweekAttribute(t *testing.T) {
	checkNoTime(t, time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC), []string{
		"A midweek rally in the bond market faded.",
		"The midweek games were cancelled.",
	}, "midweek")
}

// nearSeasonTests: a season without a determiner is this year's when it
// begins within three months (as a month is); "the turn of the century"
// is the start of the century whose first year is nearest the article;
// "as recently as May" is the month.
var nearSeasonTests = []findTest{
	{"the spring written on Jan. 1", "A U.N. mission takes over, possibly in the spring.",
		time.Date(1993, 1, 1, 0, 0, 0, 0, time.UTC), "the spring", "DATE", "1993-SP", ""},
	{"the summer written in January stays back", "Aid deliveries doubled in the summer.",
		time.Date(1993, 1, 10, 0, 0, 0, 0, time.UTC), "the summer", "DATE", "1992-SU", ""},
	{"turn of the century in 2016", "Retail spending has risen every year since the turn of the century.",
		time.Date(2016, 11, 24, 0, 0, 0, 0, time.UTC), "the turn of the century", "DATE", "20", "START"},
	{"turn of the century in 1997", "They warned that a pandemic could strike by the turn of the century.",
		time.Date(1997, 12, 31, 0, 0, 0, 0, time.UTC), "the turn of the century", "DATE", "20", "START"},
	{"a superlative season", "Farmers said it was the state's driest autumn since 1902.",
		time.Date(2003, 11, 20, 0, 0, 0, 0, time.UTC), "autumn", "DATE", "2003-FA", ""},
	{"a superlative season after its", "The city had its wettest winter in decades.",
		time.Date(2003, 4, 2, 0, 0, 0, 0, time.UTC), "winter", "DATE", "2002-WI", ""},
	{"as recently as May", "The North tested missiles as recently as May.",
		time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC), "May", "DATE", "2019-05", ""},
}

func TestFindNearSeason(t *testing.T) {
	runFindTests(t, nearSeasonTests)
	// after a superlative "fall" is the noun
	checkNoTime(t, time.Date(2003, 11, 20, 0, 0, 0, 0, time.UTC), []string{
		"It was the sharpest fall since 2008.", "Shares had their steepest fall in a year.",
	}, "fall")
}

// southSeasonTests: told south of the equator (FindSouth), a season is
// read in the months it spans there: winter June to August, summer
// December to February, autumn March to May, spring September to
// November.
var southSeasonTests = []findTest{
	{"the winter in July", "The winter has been harsh for the poorest families.",
		time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC), "The winter", "DATE", "2024-WI", ""},
	{"last autumn in July", "Last autumn, prices rose.",
		time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC), "Last autumn", "DATE", "2024-FA", ""},
	{"the spring ahead in July", "In the spring, the government will review subsidies.",
		time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC), "the spring", "DATE", "2024-SP", ""},
	{"the summer in January began in December", "Fires burned through the summer.",
		time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC), "the summer", "DATE", "2023-SU", ""},
	{"next summer in July", "The port will reopen next summer.",
		time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC), "next summer", "DATE", "2024-SU", ""},
	{"the following winter", "The vote was held in September 2016. The following winter, the law passed.",
		time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC), "The following winter", "DATE", "2017-WI", ""},
}

func TestFindSouthSeasons(t *testing.T) {
	for _, tt := range southSeasonTests {
		t.Run(tt.name, func(t *testing.T) {
			for _, g := range FindSouth(tt.text, tt.anchor) {
				if g.Text == tt.want {
					if g.Type != tt.typ || g.Value != tt.value {
						t.Errorf("FindSouth(%q) %q = %s %s; want %s %s", tt.text, g.Text, g.Type, g.Value, tt.typ, tt.value)
					}
					return
				}
			}
			t.Errorf("FindSouth(%q): no expression %q", tt.text, tt.want)
		})
	}
	// the same text told in the north keeps the northern season
	for _, g := range Find("The winter has been harsh.", time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)) {
		if g.Text == "The winter" && g.Value != "2023-WI" {
			t.Errorf("Find: %q = %s; want 2023-WI", g.Text, g.Value)
		}
	}
}

// possessiveYearTests: a month in a clause that tells more of an event
// dated by a possessive year just before ("next year's summit, which was
// moved from October") is a month of that year; with no clause between
// the month reads against the article.
var possessiveYearTests = []findTest{
	{"next year's summit", "Leaders will meet at next year's summit in Tarawa, which was moved from October to the following month.",
		time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC), "October", "DATE", "2000-10", ""},
	{"the following month after it", "Leaders will meet at next year's summit in Tarawa, which was moved from October to the following month.",
		time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC), "the following month", "DATE", "2000-11", ""},
	{"last year's drought", "Farmers are still counting the cost of last year's drought, which peaked in August.",
		time.Date(2023, 11, 10, 0, 0, 0, 0, time.UTC), "August", "DATE", "2022-08", ""},
	{"no clause between", "Next year's budget will be presented in October.",
		time.Date(2022, 8, 10, 0, 0, 0, 0, time.UTC), "October", "DATE", "2022-10", ""},
}

func TestFindPossessiveYear(t *testing.T) { runFindTests(t, possessiveYearTests) }

// namedYearTests: "the year" after a year written in the same sentence
// ("grew 1.4 percent in 2009, far below the forecast at the start of the
// year") is that year; "since the start of the year", a relative year
// before it or a future clause keep the article's year.
var namedYearTests = []findTest{
	{"start of the named year", "The economy grew 1.4 percent in 2009, far below the 6 percent forecast at the start of the year.",
		time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), "the start of the year", "DATE", "2009", "START"},
	{"since the start of the year", "Prices fell in 2009, and have risen 3 percent since the start of the year.",
		time.Date(2010, 3, 1, 0, 0, 0, 0, time.UTC), "the start of the year", "DATE", "2010", "START"},
	{"relative year before", "Unemployment, which was below 5 percent two years ago, could reach 3 million by the end of the year.",
		time.Date(2009, 3, 1, 0, 0, 0, 0, time.UTC), "the end of the year", "DATE", "2009", "END"},
	{"future clause", "After losses in 2023, the company will return to profit by the end of the year.",
		time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), "the end of the year", "DATE", "2024", "END"},
}

func TestFindNamedYear(t *testing.T) { runFindTests(t, namedYearTests) }

// turnOfYearTests: "the turn of the year" is the start of the year whose
// first day is meant: past, the article's year; future, the next; with
// no tense, the nearest.
var turnOfYearTests = []findTest{
	{"no tense on Dec. 31 is the coming year", "The economy could slow as rebuilding begins at the turn of the year.",
		time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC), "the turn of the year", "DATE", "2022", "START"},
	{"past in October is the article's year", "Fighting paused at the turn of the year.",
		time.Date(2021, 10, 10, 0, 0, 0, 0, time.UTC), "the turn of the year", "DATE", "2021", "START"},
	{"future in March is the next year", "Talks will resume at the turn of the year.",
		time.Date(2021, 3, 10, 0, 0, 0, 0, time.UTC), "the turn of the year", "DATE", "2022", "START"},
	{"no tense in January is the year begun", "Markets, closed at the turn of the year, reopen on Monday.",
		time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), "the turn of the year", "DATE", "2023", "START"},
}

func TestFindTurnOfYear(t *testing.T) { runFindTests(t, turnOfYearTests) }

// thisTimeYearTests: "this time last year" is the article's day a year
// back, clamped on Feb. 29; "last year's" alone stays the year.
var thisTimeYearTests = []findTest{
	{"this time last year", "This time last year, Lula had not declared his candidacy.",
		time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), "This time last year", "DATE", "2022-01-01", ""},
	{"this time next year on a leap day", "Prices may double by this time next year.",
		time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), "this time next year", "DATE", "2025-02-28", ""},
	{"this time alone is no date", "This time the vote passed, unlike last year.",
		time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), "last year", "DATE", "2023", ""},
}

func TestFindThisTimeYear(t *testing.T) { runFindTests(t, thisTimeYearTests) }

// dayFirstSlashTests: a slashed date that reads either way is day first
// when only that reading fits a past clause before the article date.
var dayFirstSlashTests = []findTest{
	{"past clause, month-first reading ahead", "Police fired tear gas outside the building on 12/06/2019.",
		time.Date(2019, 7, 2, 0, 0, 0, 0, time.UTC), "12/06/2019", "DATE", "2019-06-12", ""},
	{"future clause keeps the US order", "The hearing will be held on 12/06/2019.",
		time.Date(2019, 7, 2, 0, 0, 0, 0, time.UTC), "12/06/2019", "DATE", "2019-12-06", ""},
	{"both readings past keep the US order", "Police fired tear gas on 12/06/2019.",
		time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC), "12/06/2019", "DATE", "2019-12-06", ""},
}

func TestFindDayFirstSlash(t *testing.T) { runFindTests(t, dayFirstSlashTests) }
