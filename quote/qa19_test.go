package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindQA19ParticipleSubject: the speaker of a participle report
// ("…, saying …") is the whole subject noun phrase: a quantity of people
// ("Thousands of farmers", QA19 Q-1), and the named group after a
// "<X>-backed group" description, not its sponsor (QA19 Q-2).
func TestFindQA19ParticipleSubject(t *testing.T) {
	tests := []mentionQuoteCase{
		{"thousands of farmers, saying",
			`Thousands of farmers marched through the capital, saying fuel prices were too high.`,
			nil,
			[]want{{"^fuel prices were too high", Indirect, "Thousands of farmers", "", KindUnnamed, "saying"}}},
		{"hundreds of nurses and said",
			`Hundreds of nurses rallied outside parliament and said their wages had not risen in a decade.`,
			nil,
			[]want{{"^their wages had not risen", Indirect, "Hundreds of nurses", "", KindUnnamed, "said"}}},
		{"tens of thousands of protesters, saying",
			`Tens of thousands of protesters filled the square, saying the vote had been stolen.`,
			nil,
			[]want{{"^the vote had been stolen", Indirect, "Tens of thousands of protesters", "", KindUnnamed, "saying"}}},
		{"a crowd of people takes to the streets",
			`Thousands of people took to the streets, saying the election was rigged.`,
			nil,
			[]want{{"^the election was rigged", Indirect, "Thousands of people", "", KindUnnamed, "saying"}}},
		{"a crowd with a capitalised modifier",
			`Hundreds of Likud supporters rallied in the city, saying the court had overstepped.`,
			[]mentionMark{{"Likud", doc.TypeOrganization, "", ""}},
			[]want{{"^the court had overstepped", Indirect, "Hundreds of Likud supporters", "", KindUnnamed, "saying"}}},
		{"a bare crowd word",
			`Thousands marched through the capital, saying fuel prices were too high.`,
			nil,
			[]want{{"^fuel prices were too high", Indirect, "Thousands", "", KindUnnamed, "saying"}}},
		{"sponsor-backed group, saying",
			`The Moscow-backed group Wagner claimed responsibility, saying its fighters had taken the town.`,
			[]mentionMark{{"Moscow", doc.TypePlace, "", ""}, {"Wagner", doc.TypeOrganization, "", ""}},
			[]want{{"^its fighters had taken the town", Indirect, "Wagner", "", KindNamed, "saying"}}},
		{"sponsor-linked militia, saying",
			`The Tehran-linked militia Kataib Sayyid claimed responsibility for the attack, saying it had targeted a base.`,
			[]mentionMark{{"Tehran", doc.TypePlace, "", ""}, {"Kataib Sayyid", doc.TypeOrganization, "", ""}},
			[]want{{"^it had targeted a base", Indirect, "Kataib Sayyid", "", KindNamed, "saying"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestQA19CrowdHead: plural heads and crowd nouns head a crowd; units
// ("Thousands of miles away") and singular -s words do not.
func TestQA19CrowdHead(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"farmers", true}, {"people", true}, {"police", true}, {"supporters", true},
		{"miles", false}, {"dollars", false}, {"years", false}, {"status", false}, {"press", false}, {"was", false},
	} {
		if got := crowdHead(tc.w); got != tc.want {
			t.Errorf("crowdHead(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
