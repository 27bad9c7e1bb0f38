package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindQA18NameSaid: a capitalised "Said" after a given name or a
// name particle is the name, not the cue (QA18 Q-1); a sentence-initial
// "Said the minister" stays a cue.
func TestFindQA18NameSaid(t *testing.T) {
	tests := []mentionQuoteCase{
		{"surname Said before said",
			`Karim Said said the harbour would reopen next week.`,
			[]mentionMark{{"Karim Said", doc.TypePerson, "", ""}},
			[]want{{"^the harbour would reopen next week", Indirect, "Karim Said", "", KindNamed, "said"}}},
		{"surname Said before told",
			`Karim Said told reporters the harbour would reopen next week.`,
			[]mentionMark{{"Karim Said", doc.TypePerson, "", ""}},
			[]want{{"^the harbour would reopen next week", Indirect, "Karim Said", "", KindNamed, "told"}}},
		{"bin Said",
			`Faisal bin Said said the harbour would reopen next week.`,
			[]mentionMark{{"Faisal bin Said", doc.TypePerson, "", ""}},
			[]want{{"^the harbour would reopen next week", Indirect, "Faisal bin Said", "", KindNamed, "said"}}},
		{"sentence-initial Said stays a cue",
			`Said the minister: "The harbour will reopen next week."`,
			nil,
			[]want{{"The harbour will reopen next week", Direct, "", "", KindUnresolved, "Said"}}},
	}
	checkMentionQuotes(t, tests)
}
