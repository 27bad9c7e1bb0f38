package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestFindW13QA5DatedNarration: after a report's content, ", and" with a
// subject of its own, a past tense and a day of its own is the writer's
// narration of another event, not more of the report (W13 QA5: South
// Korea, Sweden); a clause without its own day stays in the report.
func TestFindW13QA5DatedNarration(t *testing.T) {
	for _, tc := range []struct{ speaker, in, want string }{
		{"Lee Jae-myung", `Lee Jae-myung said the plan was the most humiliating moment in the country's history, and thousands of people protested in Seoul on Saturday.`,
			"the plan was the most humiliating moment in the country's history"},
		{"Recep Tayyip Erdogan", `Recep Tayyip Erdogan accused Stockholm of sheltering Kurdish militants, and Hungary's parliament approved it on Feb. 26.`,
			"Stockholm of sheltering Kurdish militants"},
		{"Lee Jae-myung", `Lee Jae-myung said the plan was humiliating, and thousands of people had protested against it.`,
			"the plan was humiliating, and thousands of people had protested against it"},
		{"Lee Jae-myung", `Lee Jae-myung said the plan was humiliating, and Seoul would protest on Monday.`,
			"the plan was humiliating, and Seoul would protest on Monday"},
	} {
		d := newDoc(tc.in)
		markMention(d, tc.speaker, doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.want {
			t.Errorf("Find(%q) = %s; want one quote %q", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindW13QA5TitledPersonOfBody: a titled person mention, then "of
// the" and a body, speaks as the person, not as the body at the end
// ("Opposition leader Lee Jae-myung of the Democratic Party said"; W13
// QA5: South Korea).
func TestFindW13QA5TitledPersonOfBody(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"title, person, of the party",
			`Opposition leader Lee Jae-myung of the Democratic Party said the plan was humiliating.`,
			people("Lee Jae-myung"),
			[]want{{"^the plan was humiliating", Indirect, "Lee Jae-myung", "Opposition leader", KindNamed, "said"}}},
		{"senator, person, of the party",
			`Senator Paloma Valencia of the Democratic Centre party said the deal was a mistake.`,
			people("Paloma Valencia"),
			[]want{{"^the deal was a mistake", Indirect, "Paloma Valencia", "Senator", KindNamed, "said"}}},
	})
}

// TestFindW13QA5PortfolioFor: a title with a portfolio after "for"
// before a name ("Emirati Minister of State for Foreign Affairs Anwar
// Gargash said") speaks as the name; the report was lost or given to
// "Emirati Minister" (W13 QA5: Qatar).
func TestFindW13QA5PortfolioFor(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"minister of state for",
			`Emirati Minister of State for Foreign Affairs Anwar Gargash said on Twitter that Qatar had to change its policies.`,
			people("Anwar Gargash"),
			[]want{{"^Qatar had to change its policies", Indirect, "Anwar Gargash", "Emirati Minister of State for Foreign Affairs", KindNamed, "said"}}},
		{"minister for",
			`Minister for Foreign Affairs Anwar Gargash said Qatar had to change its policies.`,
			people("Anwar Gargash"),
			[]want{{"^Qatar had to change its policies", Indirect, "Anwar Gargash", "Minister for Foreign Affairs", KindNamed, "said"}}},
		{"spokesman for a name stays unnamed",
			`A spokesman for Clinton said the plan was dead.`,
			nil,
			[]want{{"^the plan was dead", Indirect, "A spokesman for Clinton", "", KindUnnamed, "said"}}},
	})
}

// TestFindW13QA5WhichDocument: "which" after a document noun ("read out
// the final communique, which demanded …") is the document speaking, as
// "a statement, which said" is; it was left unresolved (W13 QA5: Niger).
func TestFindW13QA5WhichDocument(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"the final communique, which demanded",
			`Omar Touray read out the final communique, which demanded the president's "immediate release".`,
			people("Omar Touray"),
			[]want{{"^the president's", Mixed, "the final communique", "", KindUnnamed, "demanded"}}},
		{"a resolution, which urged",
			`The council adopted a resolution, which urged both sides to stop fighting.`,
			nil,
			[]want{{"^both sides to stop fighting", Indirect, "a resolution", "", KindUnnamed, "urged"}}},
	})
}

// TestFindW13QA5QualifiedGroupSubject: capitalised words before a plural
// head ("West African leaders imposed sanctions …, warning that …")
// qualify the group that speaks; the speaker was "West African" (W13
// QA5: Niger).
func TestFindW13QA5QualifiedGroupSubject(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"West African leaders, warning",
			`West African leaders imposed sanctions on Niger on Sunday, warning that they did not rule out the use of force.`,
			nil,
			[]want{{"^they did not rule out", Indirect, "West African leaders", "", KindUnnamed, "warning"}}},
	})
}

// TestFindW13QA5BodyInCity: an indefinite body placed in a city with a
// determiner in its name ("An international tribunal in The Hague
// ruled") speaks as the whole phrase, an unnamed source; it spoke as
// "Hague" (W13 QA5: Philippines).
func TestFindW13QA5BodyInCity(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"tribunal in The Hague",
			`An international tribunal in The Hague ruled that the claims had no legal basis.`,
			nil,
			[]want{{"^the claims had no legal basis", Indirect, "An international tribunal in The Hague", "", KindUnnamed, "ruled"}}},
	})
}
