package ingest

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/shareddata"
)

var parseTextTests = []struct {
	name   string
	in     string
	title  string
	meta   map[string]string
	author string
	raw    string
}{
	{"headline and body", "Talks Resume\n\nBody one.\n\nBody two.", "Talks Resume", nil, "", "Body one.\n\nBody two."},
	{"header then body", "Topic: World - Middle East\n\nIn a move, Israel and Iran talked.", "", map[string]string{"Topic": "World - Middle East"}, "", "In a move, Israel and Iran talked."},
	{"header, title, byline", "Topic: Asia\nDesk: Politics\n\nMarkets Rally\nBy Jane Doe\n\nStocks rose.", "Markets Rally", map[string]string{"Topic": "Asia", "Desk": "Politics"}, "Jane Doe", "Stocks rose."},
	{"unknown single key is a headline", "Analysis: Why the talks failed\n\nThe talks failed.", "Analysis: Why the talks failed", nil, "", "The talks failed."},
	{"unknown keys block", "Foo: one\nBar Baz: two\n\nText.", "", map[string]string{"Foo": "one", "Bar Baz": "two"}, "", "Text."},
	{"dateline first line is body", "BEIJING, March 10, 2023 - China said.\n\nMore.", "", nil, "", "BEIJING, March 10, 2023 - China said.\n\nMore."},
	{"sentence first line is body", "The talks ended on Friday without a deal.\n\nMore.", "", nil, "", "The talks ended on Friday without a deal.\n\nMore."},
	{"abbreviation at end is a headline", "Talks With the U.S.\n\nMore.", "Talks With the U.S.", nil, "", "More."},
	{"markdown title", "# Big News Today\n\nText.", "Big News Today", nil, "", "Text."},
	{"hard-wrapped paragraph", "the committee met on tuesday and agreed that the budget would\nbe reviewed again in the spring after further consultation.", "", nil, "", "the committee met on tuesday and agreed that the budget would\nbe reviewed again in the spring after further consultation."},
	{"title case line then text", "Ceasefire Holds in Gaza\nThe truce held overnight.", "Ceasefire Holds in Gaza", nil, "", "The truce held overnight."},
	{"crlf", "Headline Here\r\n\r\nBody.\r\n", "Headline Here", nil, "", "Body."},
	{"url in body is not a header", "http://example.com/x\n\nText.", "http://example.com/x", nil, "", "Text."},
	{"date line is no title and no text", "March 3, 2022\n\nThe president spoke.", "", nil, "", "The president spoke."},
	{"place-only dateline is not a title", "NAIROBI, Kenya (AP) _\nSuspected bombs exploded.", "", nil, "", "NAIROBI, Kenya (AP) _\nSuspected bombs exploded."},
	{"header under the headline", "Markets Rally\nTopic: Business\nDate: 2024-05-01\n\nStocks rose.", "Markets Rally", map[string]string{"Topic": "Business", "Date": "2024-05-01"}, "", "Stocks rose."},
	{"only a line", "Just one line.", "", nil, "", "Just one line."},
	{"a first line ending in a quoted sentence is body", "Erdogan told supporters in Ankara: \"We won.\"\n\nTurnout was 84 percent.", "", nil, "", "Erdogan told supporters in Ankara: \"We won.\"\n\nTurnout was 84 percent."},
	{"curly quotes too", "He said: “The talks are over.”\n\nMore.", "", nil, "", "He said: “The talks are over.”\n\nMore."},
	{"a quoted headline stays a headline", "Trump: \"We Will Win\"\n\nMore.", "Trump: \"We Will Win\"", nil, "", "More."},
}

func TestParseText(t *testing.T) {
	for _, tt := range parseTextTests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseText(tt.in)
			if a.Title != tt.title || a.Raw != tt.raw || a.Author != tt.author {
				t.Errorf("ParseText(%q) = title %q, author %q, raw %q; want %q, %q, %q", tt.in, a.Title, a.Author, a.Raw, tt.title, tt.author, tt.raw)
			}
			if len(a.Meta) != len(tt.meta) {
				t.Errorf("ParseText(%q) meta = %v; want %v", tt.in, a.Meta, tt.meta)
			}
			for k, v := range tt.meta {
				if a.Meta[k] != v {
					t.Errorf("ParseText(%q) meta[%q] = %q; want %q", tt.in, k, a.Meta[k], v)
				}
			}
		})
	}
}

// TestSeedArticle reads the project's seed article: its Topic line is
// metadata, it has no headline, and the body starts with the first
// paragraph.
func TestSeedArticle(t *testing.T) {
	p := shareddata.Path(t, "examples/seed-article.txt")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a, err := parseText(data)
	if err != nil {
		t.Fatal(err)
	}
	if a.Meta["Topic"] != "World - Middle East" || len(a.Meta) != 1 {
		t.Errorf("Meta = %v; want Topic → World - Middle East", a.Meta)
	}
	if a.Title != "" {
		t.Errorf("Title = %q; the seed article has no headline", a.Title)
	}
	if !strings.HasPrefix(a.Raw, "In a move that has reverberated") || strings.Contains(a.Raw, "Topic:") {
		t.Errorf("Raw starts %q", a.Raw[:min(60, len(a.Raw))])
	}
	if !strings.HasSuffix(a.Raw, "resulting in casualties.") {
		t.Errorf("Raw ends %q", a.Raw[max(0, len(a.Raw)-40):])
	}
	if strings.Count(a.Raw, "\n\n") != 6 {
		t.Errorf("Raw has %d paragraph breaks; want 6", strings.Count(a.Raw, "\n\n"))
	}
}

func BenchmarkReadText(b *testing.B) {
	data, err := os.ReadFile("../examples/2023-03-10-beijing-saudi-iran.txt")
	if err != nil {
		b.Fatal(err)
	}
	big := []byte(strings.Repeat(string(data)+"\n\n", 200))
	b.SetBytes(int64(len(big)))
	b.ResetTimer()
	for range b.N {
		as, errs := collect(b, "bench.txt", big, Options{})
		if len(as) != 1 || len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	line := `{"id": "x", "title": "T", "date": "2024-10-01", "text": "` + strings.Repeat("Body text of an article, with words. ", 60) + `"}` + "\n"
	big := []byte(strings.Repeat(line, 500))
	b.SetBytes(int64(len(big)))
	b.ResetTimer()
	for range b.N {
		as, errs := collect(b, "bench.jsonl", big, Options{})
		if len(as) != 500 || len(errs) > 0 {
			b.Fatal(len(as), errs)
		}
	}
}

func BenchmarkReadRSS(b *testing.B) {
	data, err := os.ReadFile("../examples/asia-pacific.rss")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		as, errs := collect(b, "bench.rss", data, Options{})
		if len(as) != 3 || len(errs) > 0 {
			b.Fatal(len(as), errs)
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("../examples/2023-04-04-brussels-finland-nato.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		as, errs := collect(b, "bench.html", data, Options{})
		if len(as) != 1 || len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// TestParseTextDates: "Updated:" header lines and bylines with a date
// date the article; a publication date wins over an update.
func TestParseTextDates(t *testing.T) {
	const body = "\n\nPARIS — French jets struck tanks near Benghazi on Saturday."
	for _, tt := range []struct {
		in, date, author, title string
	}{
		{"Updated: March 20, 2011, 02:15 a.m." + body, "2011-03-20", "", ""},
		{"Updated: March 20, 2011 2:15 AM" + body, "2011-03-20", "", ""},
		{"Updated: March 21, 2011\nPublished: March 20, 2011" + body, "2011-03-20", "", ""},
		{"Published: March 20, 2011\nUpdated: March 21, 2011" + body, "2011-03-20", "", ""},
		{"By Jane Doe | March 20, 2011" + body, "2011-03-20", "Jane Doe", ""},
		{"Libya Strikes Begin\nBy Jane Doe · 20 March 2011" + body, "2011-03-20", "Jane Doe", "Libya Strikes Begin"},
		{"Libya Strikes Begin\nBy Jane Doe, Reuters" + body, "", "Jane Doe", "Libya Strikes Begin"},
		{"Updated: soon" + body, "", "", ""},
	} {
		a := ParseText(tt.in)
		date := ""
		if !a.Date.IsZero() {
			date = a.Date.Format("2006-01-02")
		}
		if date != tt.date || a.Author != tt.author || a.Title != tt.title {
			t.Errorf("ParseText(%q) = date %q, author %q, title %q; want %q, %q, %q", tt.in, date, a.Author, a.Title, tt.date, tt.author, tt.title)
		}
		if strings.Contains(a.Raw, "Jane Doe") || strings.Contains(a.Raw, "Updated") {
			t.Errorf("ParseText(%q) kept the header line in the text: %q", tt.in, a.Raw)
		}
	}
}

// TestDropDateLine: a first line (or one under the headline) that only
// states when the article appeared dates it and leaves the text;
// a dateline or a sentence with a date stays.
func TestDropDateLine(t *testing.T) {
	for _, tt := range []struct{ in, date, raw string }{
		{"Published 14:32 GMT, 5 Aug 2024\n\nDHAKA — Hasina fled.", "2024-08-05", "DHAKA — Hasina fled."},
		{"Last Updated: Aug 5, 2024 | 16:40 IST\n\nHasina fled.", "2024-08-05", "Hasina fled."},
		{"Mon 5 Aug 2024 16.40 BST\nHasina fled.", "2024-08-05", "Hasina fled."},
		{"Hasina Flees\n\nAugust 5, 2024 at 4:40 p.m. EDT\n\nHasina fled.", "2024-08-05", "Hasina fled."},
		{"BEIJING, March 10, 2023 - China said.\n\nMore.", "", "BEIJING, March 10, 2023 - China said.\n\nMore."},
		{"On Aug 5, 2024 Hasina fled the country by helicopter.\n\nMore.", "", "On Aug 5, 2024 Hasina fled the country by helicopter.\n\nMore."},
		{"Published 14:32 GMT, 5 Aug 2024", "", "Published 14:32 GMT, 5 Aug 2024"},
	} {
		a := ParseText(tt.in)
		got := ""
		if !a.Date.IsZero() {
			got = a.Date.Format("2006-01-02")
		}
		if got != tt.date || a.Raw != tt.raw {
			t.Errorf("ParseText(%q) = date %q, raw %q; want %q, %q", tt.in, got, a.Raw, tt.date, tt.raw)
		}
	}
}

// TestLabelledHeadline checks that a first line opening with a news
// page's label in capitals ("LIVE:") is the headline, not a dateline or
// a quote, and that a capitalised place before a colon still is no
// headline label.
func TestLabelledHeadline(t *testing.T) {
	for _, tc := range []struct{ in, title string }{
		{"LIVE: Rebels march on the capital\n\nThe rebel leader said his fighters had taken the airport.\n", "LIVE: Rebels march on the capital"},
		{"EXCLUSIVE: Minister to quit within days\n\nThe minister told aides he would resign.\n", "EXCLUSIVE: Minister to quit within days"},
		{"WATCH: Floodwaters sweep through the town\n\nResidents fled on Sunday.\n", "WATCH: Floodwaters sweep through the town"},
		{"KYIV: Rebels march on the capital\n\nThe rebel leader said his fighters had taken the airport.\n", ""},
		{"ANALYSIS - After the summit, the hard part\n\nBELGRADE, March 20, 2023 - Both sides disputed the deal.\n", "ANALYSIS - After the summit, the hard part"},
		{"FEATURE \u2014 A divided country waits on the courts\n\nABUJA, March 8, 2023 - The tally was read out.\n", "FEATURE \u2014 A divided country waits on the courts"},
		{"UPDATE 2-Rebels march on the capital\n\nThe rebel leader said his fighters had taken the airport.\n", "UPDATE 2-Rebels march on the capital"},
		{"KYIV - Rebels march on the capital\n\nThe rebel leader said his fighters had taken the airport.\n", ""},
		{"Live-fire drills begin near the border\n\nThe army said the drills would last a week.\n", "Live-fire drills begin near the border"},
	} {
		if a := ParseText(tc.in); a.Title != tc.title {
			t.Errorf("ParseText(%q).Title = %q; want %q", tc.in, a.Title, tc.title)
		}
	}
}

// TestQuotedLede checks that a first paragraph ending in a full stop
// inside a closing quote mark or bracket is body text, not a headline,
// while headlines that end in a quote without a full stop stay headlines.
func TestQuotedLede(t *testing.T) {
	for _, tc := range []struct {
		in, title, first string
	}{
		{"Erdogan told supporters in Ankara: \"We won.\"\n\nTurnout was 84 percent, officials said.\n", "", "Erdogan told"},
		{"The minister said: \u201cThe border will stay closed.\u201d\n\nTraders protested in the port.\n", "", "The minister said"},
		{"Rebels seized the town (officials confirmed the loss.)\n\nFighting went on overnight.\n", "", "Rebels seized"},
		{"'It was a mistake,' the general told the inquiry.'\n\nThe hearing resumed on Monday.\n", "", "'It was a mistake"},
		{"Erdogan told supporters in Ankara: \"We won!\"\n\nTurnout was high.\n", "", "Erdogan told"},
		{"The general said: \u201cNever again\u201d\n\nThe hearing resumed.\n", "", "The general said"},
		{"Erdogan tells supporters: \"We won!\"\n\nTurnout was high.\n", "Erdogan tells supporters: \"We won!\"", "Turnout"},
		{"Minister: \"We will not resign\"\n\nThe minister spoke in parliament.\n", "Minister: \"We will not resign\"", "The minister spoke"},
		{"Why the talks failed\n\nThe talks collapsed on Monday.\n", "Why the talks failed", "The talks collapsed"},
	} {
		a := ParseText(tc.in)
		if a.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.in, a.Title, tc.title)
		}
		if !strings.HasPrefix(a.Raw, tc.first) {
			t.Errorf("%q: text starts %q, want %q", tc.in, a.Raw[:min(len(a.Raw), 30)], tc.first)
		}
	}
}
