package ingest

import "testing"

// Tests of the site name read from a page's title.

// TestSiteNotHeadline checks that a headline holding a full stop
// ("U.S.", "Jr.", "St.") is never taken as the site name: the site is the
// other part of the <title>, or none.
func TestSiteNotHeadline(t *testing.T) {
	body := `<p>A storm killed five people in Texas on Monday and left thousands without power, officials said on Tuesday.</p>`
	for _, tc := range []struct {
		title, h1, want string
	}{
		{"U.S. storm kills five in Texas | Daily Courier", "U.S. storm kills five in Texas", "Daily Courier"},
		{"Marcos Jr. heads for landslide win - The Manila Ledger", "Marcos Jr. heads for landslide win", "The Manila Ledger"},
		{"St. Louis mayor resigns", "St. Louis mayor resigns", ""},
		{"Storm kills five in Texas | dailycourier.com", "Storm kills five in Texas", "dailycourier.com"},
		{"Storm kills five in Texas", "Storm kills five in Texas", ""},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body><article><h1>` + tc.h1 + `</h1>` + body + `</article></body></html>`
		a, err := articleFromHTML(page)
		if err != nil {
			t.Fatalf("%q: %v", tc.title, err)
		}
		if a.Site != tc.want {
			t.Errorf("title %q: site %q, want %q", tc.title, a.Site, tc.want)
		}
	}
}
