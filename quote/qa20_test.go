package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindQA20AbbreviatedDate: a calendar date between a cue and its
// report, written the wire-copy way with an abbreviated month and its
// period, with or without "on", is skipped like "on Tuesday" (QA20 Q-1).
func TestFindQA20AbbreviatedDate(t *testing.T) {
	org := func(s string) []mentionMark { return []mentionMark{{s, doc.TypeOrganization, "", ""}} }
	tests := []mentionQuoteCase{
		{"said on Mar. 4 that",
			`Okonkwo said on Mar. 4 that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
		{"said Oct. 9 that (AP, no on)",
			`The Interior Ministry said Oct. 9 that the border had reopened.`, org("Interior Ministry"),
			[]want{{"^the border had reopened", Indirect, "Interior Ministry", "", KindNamed, "said"}}},
		{"said on 21 Nov. that",
			`Okonkwo said on 21 Nov. that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
		{"told reporters on Dec. 30 that",
			`Okonkwo told reporters on Dec. 30 that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "told"}}},
		{"said in a statement on Aug. 12 that",
			`Okonkwo said in a statement on Aug. 12 that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
		{"full date with year",
			`Okonkwo said on February 7, 2016, that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

func TestQA20DayNumber(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{{"1", true}, {"9", true}, {"15", true}, {"31", true}, {"3rd", true}, {"21st", true},
		{"0", false}, {"32", false}, {"40", false}, {"2019", false}, {"st", false}, {"", false}} {
		if got := dayNumber(tc.w); got != tc.want {
			t.Errorf("dayNumber(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
}
