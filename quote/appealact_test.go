package quote

import "testing"

// appealAndActTests: a quotation right after a verb of appeal ("called
// for", "appealed for") is the speaker's words; a verb of praising,
// thanking, welcoming or condemning with a noun-phrase object after
// ", and" ends the report before it and reports nothing itself.
var appealAndActTests = []struct {
	name  string
	input string
	want  []want
}{
	{"called for a quotation", `Secretary of State Maria Brandt called for "an immediate ceasefire and the release of all hostages."`,
		[]want{{"an immediate ceasefire", Mixed, "Maria Brandt", "Secretary of State", KindNamed, "called for"}}},
	{"appealed for a quotation", `The archbishop appealed for "an end to the fighting in the north."`,
		[]want{{"an end to the fighting", Mixed, "", "", KindUnresolved, "appealed for"}}},
	{"called on someone to a quotation", `Schiff called on the administration to "really call out Russia on this" and act.`,
		[]want{{"really call out Russia", Mixed, "Schiff", "", KindNamed, "called on"}}},
	{"called for a quotation with a preposition after", `Maria Brandt called for a "full and independent inquiry" into the attack.`,
		[]want{{"full and independent inquiry", Mixed, "Maria Brandt", "", KindNamed, "called for"}}},
	// scare quotes and the noun "calls" are no appeal's words
	{"so-called before the quotation", `Maria Brandt has called for taxing so-called "pass through" income at a lower rate.`, nil},
	{"a quotation modifying a noun", `Maria Brandt called for new "smart border" checks at the crossing.`, nil},
	// an act after ", and" is no report
	{"said X, and praised NP", `Maria Brandt said the talks were useful, and praised the work of the mediators.`,
		[]want{{"^the talks were useful", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"said X, and thanked NP", `Maria Brandt said the deal was fair, and thanked the negotiators for their patience.`,
		[]want{{"^the deal was fair", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"said X, and welcomed NP", `Maria Brandt said the vote was a step forward, and welcomed the decision of the court.`,
		[]want{{"^the vote was a step forward", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"said X, and condemned NP", `Maria Brandt said the attack was planned abroad, and condemned the killing of civilians.`,
		[]want{{"^the attack was planned abroad", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	// what the act calls its object ("as") still reports
	{"met X, and praised NP as", `Maria Brandt met the president, who also leads the party, and praised Vietnam as an example for the region.`,
		[]want{{"^Vietnam as an example", Indirect, "Maria Brandt", "", KindNamed, "praised"}}},
}

func TestFindAppealAndAct(t *testing.T) {
	for _, tt := range appealAndActTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}
