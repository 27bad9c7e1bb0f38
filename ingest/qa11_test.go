package ingest

import "testing"

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
