package ingest

import (
	"strings"
	"testing"
)

// TestQA18QuotedLede checks that a first paragraph ending in a full stop
// inside a closing quote mark or bracket is body text, not a headline,
// while headlines that end in a quote without a full stop stay headlines
// (QA18 I-1).
func TestQA18QuotedLede(t *testing.T) {
	for _, tc := range []struct {
		in, title, first string
	}{
		{"Erdogan told supporters in Ankara: \"We won.\"\n\nTurnout was 84 percent, officials said.\n", "", "Erdogan told"},
		{"The minister said: \u201cThe border will stay closed.\u201d\n\nTraders protested in the port.\n", "", "The minister said"},
		{"Rebels seized the town (officials confirmed the loss.)\n\nFighting went on overnight.\n", "", "Rebels seized"},
		{"'It was a mistake,' the general told the inquiry.'\n\nThe hearing resumed on Monday.\n", "", "'It was a mistake"},
		{"Erdogan told supporters in Ankara: \"We won!\"\n\nTurnout was high.\n", "", "Erdogan told"},
		{"The general said: \u201cNever again\u201d\n\nThe hearing resumed.\n", "", "The general said"},
		{"Erdogan tells supporters: \"We won!\"\n\nTurnout was high.\n", "Erdogan tells supporters: \"We won!\"", "Turnout"},
		{"Minister: \"We will not resign\"\n\nThe minister spoke in parliament.\n", "Minister: \"We will not resign\"", "The minister spoke"},
		{"Why the talks failed\n\nThe talks collapsed on Monday.\n", "Why the talks failed", "The talks collapsed"},
	} {
		a := ParseText(tc.in)
		if a.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.in, a.Title, tc.title)
		}
		if !strings.HasPrefix(a.Raw, tc.first) {
			t.Errorf("%q: text starts %q, want %q", tc.in, a.Raw[:min(len(a.Raw), 30)], tc.first)
		}
	}
}
