package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindW13QA6ContrastAfterQuote: a quote's closing comma followed by
// "while", "whereas" or "but" opens another clause: its subject is no
// attribution of the quote, and a mixed quote ends at its mark (W13 QA6:
// Bolivia, Russia's Foreign Ministry quoted as Trump). Without a subject
// of its own the clause goes on the quote's ("but pledged to …").
func TestFindW13QA6ContrastAfterQuote(t *testing.T) {
	for _, tc := range []struct{ in, quote, speaker string }{
		{`The Foreign Ministry said the violence "resembled a well-orchestrated coup," while President Donald Trump praised the army.`,
			`the violence "resembled a well-orchestrated coup,"`, "Foreign Ministry"},
		{`The Foreign Ministry said the vote was "a farce", whereas President Donald Trump praised the army.`,
			`the vote was "a farce"`, "Foreign Ministry"},
		{`The Foreign Ministry said they want "justice for Terrence," but pledged to remain civil.`,
			`they want "justice for Terrence," but pledged to remain civil`, "Foreign Ministry"},
		{`"It was a coup," but President Donald Trump praised the army.`,
			`"It was a coup,"`, ""},
	} {
		d := newDoc(tc.in)
		markMention(d, "Donald Trump", doc.TypePerson, "", "", "")
		markMention(d, "Foreign Ministry", doc.TypeOrganization, "", "", "")
		d.Fill(doc.LayerMentions)
		var got *doc.Quote
		qs := Find(d)
		for i := range qs {
			if strings.Contains(qs[i].Text, `"`) {
				got = &qs[i]
			}
		}
		if tc.speaker == "" {
			if got != nil && strings.Contains(got.Speaker.Name, "Trump") {
				t.Errorf("Find(%q): quote attributed to %q; want no attribution to Trump", tc.in, got.Speaker.Name)
			}
			continue
		}
		if got == nil || got.Text != tc.quote || !strings.Contains(got.Speaker.Name, tc.speaker) {
			t.Errorf("Find(%q) = %s; want %q by %s", tc.in, describe(qs), tc.quote, tc.speaker)
		}
	}
}
