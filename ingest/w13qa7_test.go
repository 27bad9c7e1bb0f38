package ingest

import "testing"

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
}
