package ingest

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestLabelledHeadline checks that a first line opening with a news
// page's label in capitals ("LIVE:") is the headline, not a dateline or
// a quote, and that a capitalised place before a colon still is no
// headline label (QA11 I-1).
func TestLabelledHeadline(t *testing.T) {
	for _, tc := range []struct{ in, title string }{
		{"LIVE: Rebels march on the capital\n\nThe rebel leader said his fighters had taken the airport.\n", "LIVE: Rebels march on the capital"},
		{"EXCLUSIVE: Minister to quit within days\n\nThe minister told aides he would resign.\n", "EXCLUSIVE: Minister to quit within days"},
		{"WATCH: Floodwaters sweep through the town\n\nResidents fled on Sunday.\n", "WATCH: Floodwaters sweep through the town"},
		{"KYIV: Rebels march on the capital\n\nThe rebel leader said his fighters had taken the airport.\n", ""},
	} {
		if a := ParseText(tc.in); a.Title != tc.title {
			t.Errorf("ParseText(%q).Title = %q; want %q", tc.in, a.Title, tc.title)
		}
	}
}

// TestURLDate checks the dates read from news URLs' paths, and that
// hosts, queries, IDs and impossible days give none (QA11 I-2).
func TestURLDate(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://example.com/world/2023/08/30/gabon-coup", "2023-08-30"},
		{"https://example.com/world/2023/08/30", "2023-08-30"},
		{"http://news.example.org/2019-02-28-hanoi-summit.html", "2019-02-28"},
		{"https://example.com/news/2024-07-29/putin-decree", "2024-07-29"},
		{"https://example.com/world/2023/02/30/story", ""},
		{"https://example.com/world/1066/10/14/hastings", ""},
		{"https://example.com/article/20230830123", ""},
		{"https://2023.example.com/08/30/x", ""},
		{"https://example.com/search?from=2023-08-30", ""},
		{"https://example.com/2023/08/story", ""},
		{"example.com/2023/08/30/no-scheme", ""},
		{"", ""},
	} {
		got := ""
		if d, ok := URLDate(tc.url); ok {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("URLDate(%q) = %q; want %q", tc.url, got, tc.want)
		}
	}
}

// TestDatelineStageURL checks the order of the date sources: metadata,
// then a dateline, then the URL.
func TestDatelineStageURL(t *testing.T) {
	const u = "https://example.com/world/2023/08/30/gabon-coup"
	for _, tc := range []struct {
		text, url, want, source string
	}{
		{"LIBREVILLE — Army officers said on Wednesday they had seized power.", u, "2023-08-30", DateFromURL},
		{"LIBREVILLE, Aug 31, 2023 (Reuters) — Army officers said they had seized power.", u, "2023-08-31", doc.DateFromDateline},
		{"Army officers said on Wednesday they had seized power.", "", "", doc.DateFromNone},
	} {
		d := &doc.Doc{Text: tc.text, URL: tc.url}
		d.Fill(doc.LayerText)
		if err := (DatelineStage{}).Process(d); err != nil {
			t.Fatal(err)
		}
		got := ""
		if d.HasDate() {
			got = d.Date.Format("2006-01-02")
		}
		if got != tc.want || d.DateSource != tc.source {
			t.Errorf("%q with URL %q: date %q from %q; want %q from %q", tc.text, tc.url, got, d.DateSource, tc.want, tc.source)
		}
	}
}

func FuzzURLDate(f *testing.F) {
	f.Add("https://example.com/world/2023/08/30/gabon-coup")
	f.Add("http://x.org/2019-02-28-hanoi")
	f.Add("https://x/9999/99/99/")
	f.Add("://")
	f.Fuzz(func(t *testing.T, u string) {
		d, ok := URLDate(u)
		if ok && (d.Year() < 1990 || d.Year() > 2099) {
			t.Fatalf("URLDate(%q) = %v: year out of range", u, d)
		}
	})
}
