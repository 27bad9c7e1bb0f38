package ingest

import (
	"strings"
	"testing"
)

// Tests of the headline and text read from an HTML page.

// bylinePage is a news page whose JSON-LD headline is shorter than its
// <h1>, with a byline block of an author, a dash and a date.
const bylinePage = `<!doctype html><html><head><title>Farmers block roads across the north of the country</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Farmers block roads across the north","datePublished":"2024-03-04T10:00:00Z"}</script></head>
<body><main><h1>Farmers block roads across the north, ports and border crossings</h1>
<div class="meta"><span class="author">Ana Lima</span> &mdash; <time datetime="2024-03-04">March 4, 2024</time></div>
<p>Thousands of farmers drove tractors onto the main highways on Monday, blocking traffic for hours in protest at new fuel taxes and cheap imports.</p>
<p>The agriculture minister said the government would meet the unions on Wednesday to discuss the taxes and the import quotas.</p>
<p>Police said no one had been arrested and that the roads would be cleared by the evening.</p>
</main></body></html>`

// TestDisplayHeadline checks that a display headline opening with the
// metadata headline is no paragraph of the story and that a
// paragraph with no letter or digit left by a byline is dropped.
func TestDisplayHeadline(t *testing.T) {
	a, err := articleFromHTML(bylinePage)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(a.Raw, "Farmers block") {
		t.Errorf("Raw opens with the headline: %q", a.Raw[:60])
	}
	for _, p := range strings.Split(a.Raw, "\n\n") {
		if !hasLetterOrDigit(p) {
			t.Errorf("Raw holds a paragraph with no letter or digit: %q", p)
		}
	}
}

func TestHeadlineFirst(t *testing.T) {
	for _, tc := range []struct {
		first, title string
		want         bool
	}{
		{"Farmers block roads across the north", "Farmers block roads across the north", true},
		{"Farmers block roads across the north, ports and border crossings", "Farmers block roads across the north", true},
		{"Farmers block roads across the north on Monday, the police said.", "Farmers block roads across the north", false},
		{"Farmers blockade", "Farmers block", false},
		{"Short", "Short title", false},
	} {
		if got := headlineFirst(tc.first, tc.title); got != tc.want {
			t.Errorf("headlineFirst(%q, %q) = %v; want %v", tc.first, tc.title, got, tc.want)
		}
	}
}
