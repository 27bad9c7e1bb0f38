package ingest

import (
	"strings"
	"testing"
	"time"
)

// body is a paragraph of body text long enough to end the page header.
const body = `<p>MADRID — The parliament voted on Tuesday to approve the budget after weeks of talks between the coalition partners and the regional parties that support the minority government.</p><p>The opposition said it would challenge the vote in the constitutional court, which has ruled against two earlier budgets.</p><p>The finance minister said the plan would cut the deficit to 3 percent of output by the end of next year.</p>`

var visibleDateTests = []struct {
	name, page string
	want       string // "" for no date
}{
	{"updated span in a meta div", `<html><body><article><h1>Budget passes</h1><div class="meta"><span class="author">By Ana Ruiz</span> <span class="updated">Updated Dec. 5, 2024, 9:12 a.m. CET</span></div>` + body + `</article></body></html>`, "2024-12-05"},
	{"published with a colon in a p", `<html><body><article><h1>Budget passes</h1><p class="date">Published: Sept. 4, 2025, 10:05 GMT</p>` + body + `</article></body></html>`, "2025-09-04"},
	{"posted in a time element", `<html><body><main><h1>Budget passes</h1><div><time>Posted Tue., Feb. 4, 2025</time></div>` + body + `</main></body></html>`, "2025-02-04"},
	{"a date line after the body has begun is no header", `<html><body><article><h1>Budget passes</h1>` + body + `<p>Updated March 9, 2025</p></article></body></html>`, ""},
	{"body text opening with Updated is no date line", `<html><body><article><h1>Budget passes</h1><p>Updated figures from March 4, 2025 show the deficit fell sharply after the reform of the pension system was approved.</p>` + body + `</article></body></html>`, ""},
	{"a date in a script is left out", `<html><body><script>var s = "Updated March 4, 2025";</script><article><h1>Budget passes</h1>` + body + `</article></body></html>`, ""},
}

func TestVisibleDate(t *testing.T) {
	for _, tt := range visibleDateTests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := articleFromHTML(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !a.Date.IsZero() {
				got = a.Date.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("date = %q (%s); want %q", got, a.DateSource, tt.want)
			}
			if strings.Contains(a.Raw, "var s") {
				t.Errorf("text keeps the script: %q", a.Raw)
			}
		})
	}
}

// TestShortPageParagraphs reads one-paragraph pages whose extracted text
// the fallback extractor runs together: block elements end paragraphs,
// with or without white space between the tags.
func TestShortPageParagraphs(t *testing.T) {
	for _, tt := range []struct{ name, page, want string }{
		{"no white space between tags", `<html><body><article><h1>Budget passes</h1><div class="meta"><span>By Ana Ruiz</span></div><p>MADRID — The parliament approved the budget on Tuesday.</p></article></body></html>`,
			"By Ana Ruiz\n\nMADRID — The parliament approved the budget on Tuesday."},
		{"no white space, spans in a div", `<html><body><article><h1>Budget passes</h1><div class="meta"><span class="author">By Ana Ruiz</span> <span class="updated">Updated Mar. 4, 2025, 6:40 p.m. CET</span></div><p>MADRID — The parliament approved the budget on Tuesday.</p></article></body></html>`,
			"By Ana Ruiz Updated Mar. 4, 2025, 6:40 p.m. CET\n\nMADRID — The parliament approved the budget on Tuesday."},
		{"new lines between tags", "<html><body>\n<article>\n<h1>Budget passes</h1>\n<p class=\"updated\">Updated: Mar. 4, 2025</p>\n<p>MADRID — The parliament approved the budget on Tuesday.</p>\n</article>\n</body></html>",
			"Updated: Mar. 4, 2025\n\nMADRID — The parliament approved the budget on Tuesday."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := articleFromHTML(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if a.Raw != tt.want {
				t.Errorf("text = %q; want %q", a.Raw, tt.want)
			}
		})
	}
}

// TestSqueeze: squeeze drops the white space strings.Fields splits at,
// ASCII and Unicode, and keeps every other byte, invalid UTF-8 too.
func TestSqueeze(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "ab", " a", "a ", " a b  c ", "\t\n\v\f\r x", "x\u00a0y\u0085z\u2028w\u3000v\u200bu",
		"naïve café \u2014 déjà vu", "\xff\xfe a\x80 b\xc3", "\xc2\xa0\xc2", "no-space-at-all", "trailing\n\n",
		strings.Repeat("word ", 50), "\u1680lead\u00a0", "a\x00b \x1fc",
	} {
		if got, want := squeeze(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Errorf("squeeze(%q) = %q, want %q", s, got, want)
		}
	}
}
