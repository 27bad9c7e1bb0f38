package ingest

import (
	"strings"
	"testing"
	"unicode"
)

var boilerTests = []struct {
	in, want string
}{
	{"One.\n\nAdvertisement\n\nTwo.", "One.\n\nTwo."},
	{"One.\n\nADVERTISEMENT\n\nTwo.", "One.\n\nTwo."},
	{"One.\n\nStory continues below advertisement\n\nTwo.", "One.\n\nTwo."},
	{"One.\n\nRead more: Court removes Yingluck as prime minister\n\nTwo.", "One.\n\nTwo."},
	{"One.\n\nRELATED: Army declares martial law\n\nTwo.", "One.\n\nTwo."},
	{"One.\n\nSee also: Who is Prayuth?\n\nAlso read: Timeline\n\nTwo.", "One.\n\nTwo."},
	// article text that merely mentions these words stays
	{"One.\n\nThe advertisement ran for weeks.\n\nTwo.", "One.\n\nThe advertisement ran for weeks.\n\nTwo."},
	{"One.\n\nRead more about it, he said.\n\nTwo.", "One.\n\nRead more about it, he said.\n\nTwo."},
	{"Related: " + strings.Repeat("a long paragraph ", 30), "Related: " + strings.Repeat("a long paragraph ", 30)},
	{"Advertisement", "Advertisement"}, // nothing else: kept, never an empty text
	{"Only one paragraph.", "Only one paragraph."},
}

func TestDropBoilerplate(t *testing.T) {
	for _, tt := range boilerTests {
		if got := dropBoilerplate(tt.in); got != tt.want {
			t.Errorf("dropBoilerplate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestHTMLBoilerplate reads a page with an ad slot and a "Read more:"
// link line between the paragraphs of its article.
func TestHTMLBoilerplate(t *testing.T) {
	page := `<html><head><title>Army seizes power</title></head><body><article>
<h1>Army seizes power</h1>
<p>BANGKOK — The army chief announced on Thursday that the military had taken control of the government, two days after declaring martial law.</p>
<div class="ad">Advertisement</div>
<p>"In order for the situation to return to normal quickly, the committee has seized power," the general said in a televised address to the nation.</p>
<p><strong>Read more:</strong> <a href="/asia/pm-removed">Court removes prime minister</a></p>
<p>The acting prime minister was not present at the talks, which the army had convened at a club in the capital on Thursday afternoon.</p>
</article></body></html>`
	a, err := articleFromHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Advertisement", "Read more", "Court removes"} {
		if strings.Contains(a.Raw, bad) {
			t.Errorf("text keeps %q:\n%s", bad, a.Raw)
		}
	}
	if !strings.Contains(a.Raw, "acting prime minister") {
		t.Errorf("text lost the last paragraph:\n%s", a.Raw)
	}
}

// TestBoilerplateTrimLower guards boilerplate's one lower-case copy:
// trimming " .:…" after lowering cuts what trimming before it would,
// since no rune lowers to one of those marks and each lowers to itself.
func TestBoilerplateTrimLower(t *testing.T) {
	const marks = " .:…"
	for r := rune(0); r <= unicode.MaxRune; r++ {
		lr := unicode.ToLower(r)
		if in, lin := strings.ContainsRune(marks, r), strings.ContainsRune(marks, lr); in != lin || in && lr != r {
			t.Errorf("ToLower(%U) = %U: trimming %q after lowering differs", r, lr, marks)
		}
	}
	for _, p := range []string{"Advertisement.", "ADVERTISEMENT …", "Story continues below:", "\xffAd.", "Sponsored ..."} {
		if before, after := strings.ToLower(strings.TrimRight(p, marks)), strings.TrimRight(strings.ToLower(p), marks); before != after {
			t.Errorf("%q: %q trimmed then lowered, %q lowered then trimmed", p, before, after)
		}
	}
}
