package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of groups, crowds and bodies as speakers.

// TestFindParticipleSubject: the speaker of a participle report
// ("…, saying …") is the whole subject noun phrase: a quantity of people
// ("Thousands of farmers"), and the named group after a
// "<X>-backed group" description, not its sponsor.
func TestFindParticipleSubject(t *testing.T) {
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

// TestCrowdHead: plural heads and crowd nouns head a crowd; units
// ("Thousands of miles away") and singular -s words do not.
func TestCrowdHead(t *testing.T) {
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

// TestFindMissionSpeaker: "<KB body> observers/monitors said" is the
// body's statement (a description with the body's entity), not an
// unnamed source; a country's officials or unnamed observers stay
// unnamed.
func TestFindMissionSpeaker(t *testing.T) {
	for _, tc := range []struct {
		in, mention, typ, kbid, kind string
	}{
		{`SADC observers said the vote fell short of regional standards.`, "SADC", doc.TypeOrganization, "org.sadc", KindDescription},
		{`African Union monitors said the vote was flawed.`, "African Union", doc.TypeOrganization, "org.au", KindDescription},
		{`Russian officials said the vote was flawed.`, "Russian", doc.TypeCountry, "RUS", KindUnnamed},
		{`Western observers said the vote was flawed.`, "", "", "", KindUnnamed},
	} {
		d := newDoc(tc.in)
		if tc.mention != "" {
			markMention(d, tc.mention, tc.typ, tc.kbid, tc.mention, "")
		}
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Speaker.Kind != tc.kind || tc.kind == KindDescription && qs[0].Speaker.Entity != tc.kbid {
			t.Errorf("Find(%q) = %s; want speaker kind %s", tc.in, describe(qs), tc.kind)
		}
	}
}

// TestFindQualifiedGroupSubject: capitalised words before a plural
// head ("West African leaders imposed sanctions …, warning that …")
// qualify the group that speaks; the speaker was "West African" (e.g. Niger).
func TestFindQualifiedGroupSubject(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"West African leaders, warning",
			`West African leaders imposed sanctions on Niger on Sunday, warning that they did not rule out the use of force.`,
			nil,
			[]want{{"^they did not rule out", Indirect, "West African leaders", "", KindUnnamed, "warning"}}},
	})
}

// TestFindTheyPeopleBefore: "They" that opens a sentence is the people
// the sentence before opens with, when no one spoke since (an earlier
// speaker is no nearer).
func TestFindTheyPeopleBefore(t *testing.T) {
	for _, tc := range []struct{ text, content, name string }{
		{`Farmers blocked the highway on Monday. They said the new tax would ruin them.`, "the new tax would ruin them", "Farmers"},
		{`Hundreds of nurses marched on parliament. They said wages had not risen in a decade.`, "wages had not risen", "Hundreds of nurses"},
		{`Nigeria said it had accepted help. The girls' families marched on parliament. They said they would return every day.`, "they would return every day", "The girls' families"},
	} {
		qs := Find(newDoc(tc.text))
		if len(qs) == 0 || !strings.Contains(qs[len(qs)-1].Text, tc.content) || qs[len(qs)-1].Speaker.Name != tc.name || qs[len(qs)-1].Speaker.Kind != KindUnnamed {
			t.Errorf("Find(%q) = %s; want the last report by %q, unnamed", tc.text, describe(qs), tc.name)
		}
	}
}
