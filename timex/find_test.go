package timex

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
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
		"Officials said they may meet soon enough to decide.",
		"May we assume the talks failed?",
		"Protesters march on the embassy. The march was peaceful.",
		"The Sun reported the story first.",
		"Theresa May said the deal was good.",
		"He earned 1999 points in the game.",
		"The 6-year-old boy was rescued.",
		"Police said a man in his late 20s had been charged.",
		"Two women in their mid-30s were detained.",
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
	for _, tt := range qa19Tests {
		f.Add(tt.text, tt.anchor.Unix())
	}
	for _, tt := range qa20Tests {
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
