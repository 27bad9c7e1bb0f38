package ingest

import (
	"strings"
	"testing"
)

// Tests of page furniture: captions, credits, end marks and corrections
// dropped from the text.

// TestFurniture checks that photo captions and credits, share
// buttons and newsletter promos inside an article stay out of its text,
// in a page and in a feed item's HTML content, while article paragraphs
// that merely use those words stay.
func TestFurniture(t *testing.T) {
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

var endMarkTests = []struct {
	in, want string
}{
	{"Ministers met.\n\nENDS\n\nFor further information, please contact:\nTel: +62 21 1234", "Ministers met."},
	{"Ministers met.\n\n-ENDS-\n\nMedia office\nEmail: press@example.org", "Ministers met."},
	{"Ministers met.\n– ENDS –\nContact: Press Office", "Ministers met."},
	{"Ministers met.\n\n###\n\nAbout the ministry", "Ministers met."},
	{"Ministers met.\n\n- 30 -\n\nContact", "Ministers met."},
	// prose and bare numbers are not marks
	{"Ministers met.\n\nEnds.\n\nMore text.", "Ministers met.\n\nEnds.\n\nMore text."},
	{"Ministers met.\n\n30\n\nMore text.", "Ministers met.\n\n30\n\nMore text."},
	{"The talks ENDS here, he said.\n\nMore.", "The talks ENDS here, he said.\n\nMore."},
	// a mark with nothing before it is kept
	{"ENDS\n\nMinisters met.", "ENDS\n\nMinisters met."},
}

func TestCutEndMark(t *testing.T) {
	for _, tt := range endMarkTests {
		if got := cutEndMark(tt.in); got != tt.want {
			t.Errorf("cutEndMark(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestParseTextPressRelease reads a plain-text release whose contact
// block follows "ENDS": none of it reaches the text.
func TestParseTextPressRelease(t *testing.T) {
	a := ParseText("Ministers Meet in Jakarta\n\nThe two ministers met on Thursday.\n\nENDS\n\nFor further information, please contact:\nDirectorate of Information and Media\nTel: +62 21 3441508\nFollow us on Twitter: @Ministry\n")
	if want := "The two ministers met on Thursday."; a.Raw != want {
		t.Errorf("Raw = %q; want %q", a.Raw, want)
	}
}

var correctionTests = []struct {
	in, want string
}{
	{"Correction: An earlier version of this article misstated the city. It was Cartagena, not Bogota.\n\nThe deal was signed.", "The deal was signed."},
	{"The deal was signed.\n\nThis article was amended on September 28, 2016.", "The deal was signed."},
	{"The deal was signed.\n\nAn earlier version of this story gave the wrong date.\n\nMore text.", "The deal was signed.\n\nMore text."},
	// news about corrections stays
	{"The deal was signed.\n\nThe ministry issued a correction on Monday.", "The deal was signed.\n\nThe ministry issued a correction on Monday."},
	{"Correction: the date was wrong.", "Correction: the date was wrong."}, // a note alone is kept
	// a long paragraph is news, even when it opens like a note
	{"The deal was signed.\n\nCorrection: " + strings.Repeat("the minister spoke. ", 16), "The deal was signed.\n\nCorrection: " + strings.Repeat("the minister spoke. ", 16)},
}

func TestDropCorrections(t *testing.T) {
	for _, tt := range correctionTests {
		if got := dropCorrections(tt.in); got != tt.want {
			t.Errorf("dropCorrections(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if got := dropBoilerplate(tt.in); got != tt.want {
			t.Errorf("dropBoilerplate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	// dropCorrections limits the lower-cased note: 334 bytes here, 134
	// lower-cased (the Kelvin sign lowers to "k")
	in := "The deal was signed.\n\nCorrection: the unit was " + strings.Repeat("\u212a", 100)
	if got := dropCorrections(in); got != "The deal was signed." {
		t.Errorf("dropCorrections(%q) = %q; want the note dropped", in, got)
	}
}

// TestMayBeNote checks that the quick test lets through every paragraph
// the full one calls a note.
func TestMayBeNote(t *testing.T) {
	paras := []string{"Correction: the date was wrong.", "CORRECTION: x", "The deal was signed.",
		"this Story has been updated to add a quote", "An earlier version of this report said so",
		"Correction", "\u212aorrection: x", "Çorrection: x", "correction:\u0130 x", "Th\u00e9 deal",
		"a previous version of this story", "a previous version of this", "Clarification:  the minister"}
	for _, tt := range correctionTests {
		for p := range strings.SplitSeq(tt.in, "\n\n") {
			paras = append(paras, strings.TrimSpace(p))
		}
	}
	for _, p := range paras {
		if correctionPara(strings.ToLower(p)) && !mayBeNote(p) {
			t.Errorf("mayBeNote(%q) = false for a note", p)
		}
	}
	for _, p := range []string{"The deal was signed.", "Correct: no", "This article is about grain."} {
		if mayBeNote(p) {
			t.Errorf("mayBeNote(%q) = true; want false", p)
		}
	}
}
