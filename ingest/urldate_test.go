package ingest

import (
	"testing"
	"time"
)

// Tests of dates read from news URLs.

// TestURLDate checks the dates read from news URLs' paths, and that
// hosts, queries, IDs and impossible days give none.
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
		checkDay(t, "URLDate", URLDate, tc.url, tc.want)
	}
}

// checkDay wants fn(in) to give the day want ("" for none).
func checkDay(t *testing.T, name string, fn func(string) (time.Time, bool), in, want string) {
	t.Helper()
	got := ""
	if d, ok := fn(in); ok {
		got = d.Format("2006-01-02")
	}
	if got != want {
		t.Errorf("%s(%q) = %q; want %q", name, in, got, want)
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

// TestFileNameDate checks the dates read from article file names and
// their folders, and that URLs, records of multi-article files, digit
// runs and impossible days give none (PolNeAR's files are named
// outlet_YYYY-MM-DD_slug.txt and their texts carry no dateline).
func TestFileNameDate(t *testing.T) {
	for _, tc := range []struct{ source, want string }{
		{"corpus/text/nyt_2016-09-08_obama-on-climate-change.txt", "2016-09-08"},
		{"2023-10-07 reuters.html", "2023-10-07"},
		{"news/2016-09-08/story.txt", "2016-09-08"},
		{`C:\news\2016-09-08\story.txt`, "2016-09-08"},
		{"archive/2016-09-08/2019-01-02-story.txt", "2019-01-02"},
		{"a/2016-09-08/b/story.txt", ""}, // only the folder holding the file
		{"id-12016-09-08.txt", ""},
		{"2016-09-081.txt", ""},
		{"story-2023-02-30.txt", ""},
		{"story-1066-10-14.txt", ""},
		{"https://example.com/2016-09-08-story", ""},
		{"dump-2016-09-08.jsonl#17", ""},
		{"-", ""},
		{"", ""},
	} {
		checkDay(t, "FileNameDate", FileNameDate, tc.source, tc.want)
	}
}

func FuzzFileNameDate(f *testing.F) {
	f.Add("corpus/nyt_2016-09-08_obama.txt")
	f.Add(`C:\x\2016-09-08\y`)
	f.Add("9999-99-99")
	f.Add("/")
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := FileNameDate(s)
		if ok && (d.Year() < 1990 || d.Year() > 2099) {
			t.Fatalf("FileNameDate(%q) = %v: year out of range", s, d)
		}
	})
}
