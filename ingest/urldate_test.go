package ingest

import "testing"

// Tests of dates read from news URLs.

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
