package segment

import (
	"strings"
	"testing"
)

// TestParagraphsW13QA7LabelLines: a line opening with a short label and
// a colon ("Tel:", "Email:", "Q:") starts a paragraph of its own even
// under a line long enough to look hard-wrapped, so that a contact
// block's fields and an interview's turns are not read as one sentence
// ("the Republic of Indonesia Tel"); wrapped prose still joins (W13
// QA7: Indonesia, Finland).
func TestParagraphsW13QA7LabelLines(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Ministry of Foreign Affairs of the Republic of Indonesia\nTel: +62 21 3441508\nEmail: info@example.org",
			[]string{"Ministry of Foreign Affairs of the Republic of Indonesia", "Tel: +62 21 3441508", "Email: info@example.org"}},
		{"A: It will take time, and we expect the currency to stabilise by then\nQ: What about the bondholders?",
			[]string{"A: It will take time, and we expect the currency to stabilise by then", "Q: What about the bondholders?"}},
		// a long wrapped line before a capitalised word without a label joins
		{"The foreign ministers of the two countries met in the capital with\nIndonesian officials on Thursday.",
			[]string{"The foreign ministers of the two countries met in the capital with\nIndonesian officials on Thursday."}},
		// a colon later in the line is no label
		{"The foreign ministers of the two countries met in the capital with\nIndonesian officials: they agreed.",
			[]string{"The foreign ministers of the two countries met in the capital with\nIndonesian officials: they agreed."}},
	} {
		got := texts(tt.in, Paragraphs(tt.in))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Paragraphs(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
