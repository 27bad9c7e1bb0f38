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

// TestFindQA20PronounAfterLongQuote: "he said" after a direct quote of
// several sentences resolves like after a one-sentence quote: to the
// person who opens the sentence before the quote, not to the previous
// quote's speaker (QA20 Q-2).
func TestFindQA20PronounAfterLongQuote(t *testing.T) {
	per := func(names ...string) []mentionMark {
		var ms []mentionMark
		for _, n := range names {
			ms = append(ms, mentionMark{n, doc.TypePerson, "", ""})
		}
		return ms
	}
	tests := []mentionQuoteCase{
		{"two-sentence quote",
			`"The count is final," Mwangi said. Otieno, 61, thanked the crowd. "This is a new day. We will unite the country," he said.`,
			per("Mwangi", "Otieno"),
			[]want{{"The count is final", Direct, "Mwangi", "", KindNamed, "said"},
				{"This is a new day. We will unite", Direct, "Otieno", "", KindPronoun, "said"}}},
		{"three-sentence quote, she",
			`"We lost," Kamau said. Wanjiru greeted her supporters. "It is over. We move on. We will be back," she said.`,
			per("Kamau", "Wanjiru"),
			[]want{{"We lost", Direct, "Kamau", "", KindNamed, "said"},
				{"It is over.", Direct, "Wanjiru", "", KindPronoun, "said"}}},
		{"same speaker continues",
			`Otieno thanked the crowd. "This is a new day. We will unite the country," he said.`,
			per("Otieno"),
			[]want{{"This is a new day.", Direct, "Otieno", "", KindPronoun, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindQA20PronounAfterQuotedSentence: a pronoun that opens the
// sentence after one ending in a quote is no pronoun after that quote:
// its antecedent search starts from its own sentence.
func TestFindQA20PronounAfterQuotedSentence(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"He after a quoted sentence",
			`Brennan urged calm. Okafor called for talks in "any format." He said the army could oversee them.`,
			[]mentionMark{{"Brennan", doc.TypePerson, "", ""}, {"Okafor", doc.TypePerson, "", ""}},
			[]want{{"^the army could oversee them", Indirect, "Okafor", "", KindPronoun, "said"}}},
	})
}

// TestFindQA20InfinitiveList: a commitment's content of conjoined
// to-infinitives starts at "to", keeping the first pledge (QA20 Q-3);
// a listener after "to" is still skipped.
func TestFindQA20InfinitiveList(t *testing.T) {
	org := []mentionMark{{"Mendez", doc.TypePerson, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"promised to A, B and C",
			`Mendez has promised to cut fuel subsidies, raise the minimum wage and reopen the border crossings.`, org,
			[]want{{"^to cut fuel subsidies, raise the minimum wage and reopen", Indirect, "Mendez", "", KindNamed, "promised"}}},
		{"vowed to A, B",
			`Mendez vowed to free the hostages, whatever the cost.`, org,
			[]want{{"^to free the hostages", Indirect, "Mendez", "", KindNamed, "vowed"}}},
		{"threatened to A, B and C",
			`Mendez threatened to close the port, expel the envoy and cut off gas supplies.`, org,
			[]want{{"^to close the port, expel the envoy", Indirect, "Mendez", "", KindNamed, "threatened"}}},
	})
}

func TestFindQA20ToListener(t *testing.T) {
	org := []mentionMark{{"Mendez", doc.TypePerson, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"promised to the nation that",
			`Mendez promised to the nation that taxes would fall.`, org,
			[]want{{"^taxes would fall", Indirect, "Mendez", "", KindNamed, "promised"}}},
		{"said to reporters that",
			`Mendez said to reporters that taxes would fall.`, org,
			[]want{{"^taxes would fall", Indirect, "Mendez", "", KindNamed, "said"}}},
	})
}

// TestFindQA20FeltState: "felt" before a state (an adjective or a
// participle) reports nothing; before a clause it reports a belief
// (QA20 Q-4).
func TestFindQA20FeltState(t *testing.T) {
	p := []mentionMark{{"Banda", doc.TypePerson, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"felt unwell", `The rally was halted when Banda felt unwell during his address.`, p, nil},
		{"felt betrayed by", `Banda felt betrayed by the court's decision.`, p, nil},
		{"felt very sick", `Banda felt very sick after the flight.`, p, nil},
		{"felt deeply hurt", `Banda felt deeply hurt by the remarks.`, p, nil},
		{"feels safe", `Banda feels safe in the capital again.`, p, nil},
		{"felt that", `Banda felt that the count had been rigged.`, p,
			[]want{{"^the count had been rigged", Indirect, "Banda", "", KindNamed, "felt"}}},
		{"felt + clause", `Banda felt the count had been rigged.`, p,
			[]want{{"^the count had been rigged", Indirect, "Banda", "", KindNamed, "felt"}}},
		{"felt strongly that", `Banda felt strongly that the count had been rigged.`, p,
			[]want{{"^the count had been rigged", Indirect, "Banda", "", KindNamed, "felt"}}},
	})
}

// TestFindQA20DateSubject: a date after a cue with no "on" that a verb
// follows is the report's subject, not an adjunct.
func TestFindQA20DateSubject(t *testing.T) {
	org := []mentionMark{{"Interior Ministry", doc.TypeOrganization, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"said March 3 was",
			`The Interior Ministry said March 3 was the deadline for the forms.`, org,
			[]want{{"^March 3 was the deadline", Indirect, "Interior Ministry", "", KindNamed, "said"}}},
		{"said Oct. 9 the",
			`The Interior Ministry said Oct. 9 the border had reopened.`, org,
			[]want{{"^the border had reopened", Indirect, "Interior Ministry", "", KindNamed, "said"}}},
	})
}
