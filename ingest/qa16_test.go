package ingest

import (
	"strings"
	"testing"
)

// TestQA16Furniture checks that photo captions and credits, share
// buttons and newsletter promos inside an article stay out of its text,
// in a page and in a feed item's HTML content, while article paragraphs
// that merely use those words stay (QA16 I-1).
func TestQA16Furniture(t *testing.T) {
	body := `<p>NAIROBI — Police fired tear gas at hundreds of protesters in the capital on Wednesday, witnesses said.</p>
<figure><img src="a.jpg" alt="x"><figcaption>Protesters near parliament on Wednesday. Photo: Reuters</figcaption></figure>
<p>The finance minister said the tax increases would be withdrawn.</p>
<div class="share-tools">Share on Facebook Share on X</div>
<p class="newsletter-promo">Sign up for our morning briefing</p>
<p>Photo: AP Images</p>
<p>The opposition leader said the protests would go on until the budget was scrapped.</p>
<p>Sign up for the vote was slow, officials said.</p>`
	bad := []string{"Protesters near", "Photo:", "Share on", "morning briefing"}
	good := []string{"tear gas", "withdrawn", "opposition leader", "Sign up for the vote"}
	check := func(name, text string) {
		t.Helper()
		for _, s := range bad {
			if strings.Contains(text, s) {
				t.Errorf("%s: text keeps %q:\n%s", name, s, text)
			}
		}
		for _, s := range good {
			if !strings.Contains(text, s) {
				t.Errorf("%s: text lost %q:\n%s", name, s, text)
			}
		}
	}
	page := `<html><head><title>Police fire tear gas</title></head><body><article><h1>Police fire tear gas</h1>` + body + `</article></body></html>`
	a, err := articleFromHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	check("page", a.Raw)
	check("feed item", htmlFragmentText(body))

	// a long block whose class merely mentions "social" is the story
	long := `<div class="story-body has-social-bar"><p>` + strings.Repeat("The opposition leader said the protests would go on. ", 10) + `</p></div>`
	if got := htmlFragmentText(long); !strings.Contains(got, "opposition leader") {
		t.Errorf("long social-class block dropped: %q", got)
	}
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"photo: afp/getty images", true},
		{"share on facebook share on twitter", true},
		{"sign up for our daily newsletter", true},
		{"subscribe to breaking news alerts", true},
		{"subscribe to the view that growth will return", false},
		{"photo:", false},
		{"photographs of the crash were shared online", false},
	} {
		if got := furniturePara(tc.para); got != tc.want {
			t.Errorf("furniturePara(%q) = %v; want %v", tc.para, got, tc.want)
		}
	}
}
