package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// A mention the tests place by hand: its text (first occurrence from
// the offset of the one before), type and title.
type handMention struct{ text, typ, title string }

// docWithMentions builds a test doc with the given person and other
// mentions filled in, in text order.
func docWithMentions(input string, ms []handMention) *doc.Doc {
	d := newDoc(input)
	from := 0
	for _, m := range ms {
		s := from + strings.Index(input[from:], m.text)
		from = s + len(m.text)
		d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len(m.text)}, Text: m.text, Type: m.typ, Title: m.title, Entity: -1, Role: -1})
	}
	d.Fill(doc.LayerMentions)
	return d
}

// TestFindAntecedentsWithMentions checks, with mentions given by hand,
// which earlier person a pronoun or title speaker stands for.
func TestFindAntecedentsWithMentions(t *testing.T) {
	tests := []struct {
		name, input string
		ms          []handMention
		want        []want
	}{
		{"he is the subject of the sentence before, not the last speaker",
			"President Emmanuel Macron said on Friday that Paris would not recognise the junta.\n\nGeneral Abdourahamane Tchiani appeared on television and declared himself head of a council. He said the junta would not tolerate interference.",
			[]handMention{{"Emmanuel Macron", doc.TypePerson, "President"}, {"Abdourahamane Tchiani", doc.TypePerson, "General"}},
			[]want{{"^Paris would not recognise", Indirect, "Emmanuel Macron", "President", KindNamed, "said"},
				{"^the junta would not tolerate", Indirect, "Abdourahamane Tchiani", "General", KindPronoun, "said"}}},
		{"a person a quote reports about is no antecedent",
			"\"She is cooperating with the investigation,\" Pat Nelson said. Stacy Barker is \"not a suspect\" at this point, he said. \"That may change\" as the inquiry continues, he said.",
			[]handMention{{"Pat Nelson", doc.TypePerson, ""}, {"Stacy Barker", doc.TypePerson, ""}},
			[]want{{"She is cooperating", Direct, "Pat Nelson", "", KindNamed, "said"},
				{"^Stacy Barker is", Mixed, "Pat Nelson", "", KindPronoun, "said"},
				{"That may change", Mixed, "Pat Nelson", "", KindPronoun, "said"}}},
		{"a lower-case title before the subject of the sentence before",
			"\"We are fine,\" Pat Nelson said.\n\nParty spokesman Eric Jotkoff criticised the spending. \"It is a waste,\" he said.",
			[]handMention{{"Pat Nelson", doc.TypePerson, ""}, {"Eric Jotkoff", doc.TypePerson, "Party spokesman"}},
			[]want{{"We are fine", Direct, "Pat Nelson", "", KindNamed, "said"},
				{"It is a waste", Direct, "Eric Jotkoff", "Party spokesman", KindPronoun, "said"}}},
		{"a list after a split abbreviation is no subject",
			"Pat Nelson said he liked speeches by U.S. Sens. Mitch McConnell and Jim Bunning. \"They were good,\" he said.",
			[]handMention{{"Pat Nelson", doc.TypePerson, ""}, {"Mitch McConnell", doc.TypePerson, ""}, {"Jim Bunning", doc.TypePerson, ""}},
			[]want{{"^he liked speeches", Indirect, "Pat Nelson", "", KindNamed, "said"},
				{"They were good", Direct, "Pat Nelson", "", KindPronoun, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWithMentions(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}

// speakerFormTests are speaker and cue forms that need no mentions.
var speakerFormTests = []struct {
	name  string
	input string
	want  []want
}{
	{"a possessive relation before an apposed name, coordinated cue", `His son, Senator Flávio Bolsonaro, called the trial political persecution and said the family would appeal.`,
		[]want{{"^the family would appeal", Indirect, "Flávio Bolsonaro", "Senator", KindNamed, "said"}}},
	{"a described office before an apposed name, coordinated cue", `The UN High Commissioner for Refugees, Filippo Grandi, visited the border last month and urged donors not to forget Sudan.`,
		[]want{{"^donors not to forget Sudan", Indirect, "Filippo Grandi", "UN High Commissioner for Refugees", KindNamed, "urged"}}},
	{"a cue coordinated by but", `The army hesitated but said it backed the takeover.`,
		[]want{{"^it backed the takeover", Indirect, "The army", "", KindUnresolved, "said"}}},
	{"a name coordinated by but", `Sengel would not identify the jurisdiction but said Smith was sentenced there.`,
		[]want{{"^Smith was sentenced there", Indirect, "Sengel", "", KindNamed, "said"}}},
	{"an unnamed source before an appositive", `Aid workers in Adré, the main border crossing, said 2,000 people were arriving each day.`,
		[]want{{"^2,000 people were arriving", Indirect, "Aid workers in Adré", "", KindUnnamed, "said"}}},
	{"a surname that is a title word, after an acronym and a title", `IOM Director General Amy Pope said the agency needed $300 million.`,
		[]want{{"^the agency needed", Indirect, "Amy Pope", "IOM Director General", KindNamed, "said"}}},
	{"a surname that is a title word, after a title", `Senator John King said the bill would pass.`,
		[]want{{"^the bill would pass", Indirect, "John King", "Senator", KindNamed, "said"}}},
	{"claimed victory is no report", `Prime Minister Narendra Modi claimed victory on Tuesday after the election.`, nil},
	{"claimed responsibility is no report", `The group claimed responsibility for the attack.`, nil},
	{"claimed with a clause reports", `The opposition claimed the vote was rigged.`,
		[]want{{"^the vote was rigged", Indirect, "", "", KindUnresolved, "claimed"}}},
	{"several bodies keep their words", `The agencies said the rainy season would cut off roads.`,
		[]want{{"^the rainy season", Indirect, "The agencies", "", KindUnresolved, "said"}}},
	{"a statement saying", `Abdramane read a statement saying the army had decided to act.`,
		[]want{{"^the army had decided to act", Indirect, "Abdramane", "", KindNamed, "saying"}}},
	{"a statement saying, with a quoted phrase", `Abdramane read a statement saying the army had decided "to put an end to the regime".`,
		[]want{{"^the army had decided", Mixed, "Abdramane", "", KindNamed, "saying"}}},
	{"a described body issued a statement saying", `The ministry issued a statement saying the border would reopen.`,
		[]want{{"^the border would reopen", Indirect, "The ministry", "", KindUnresolved, "saying"}}},
	{"a pronoun contraction is no name", `He's had opportunities to run for other positions but said he wanted to stay.`,
		nil},
}

func TestFindSpeakerForms(t *testing.T) {
	for _, tt := range speakerFormTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindFamilyNameFirst: a one-word speaker the KB linked to someone
// the article never named is the person of the quote before whose name,
// unknown to the KB, opens with that word; a surname written last keeps
// its link.
func TestFindFamilyNameFirst(t *testing.T) {
	for _, tc := range []struct{ in, full, short, kbName, want string }{
		{`Vice Finance Minister Zhu Guangyao said growth would hold. "The fundamentals are sound," Zhu said.`,
			"Zhu Guangyao", "Zhu", "Zhu Rongji", "Zhu Guangyao"},
		{`Michelle Obama said schools would reopen. "They are ready," Obama said.`,
			"Michelle Obama", "Obama", "Barack Obama", "Barack Obama"},
	} {
		d := docWithMentions(tc.in, []handMention{{tc.full, doc.TypePerson, ""}, {tc.short, doc.TypePerson, ""}})
		d.Mentions[0].Entity, d.Mentions[1].Entity, d.Mentions[1].KBID = 0, 1, "person.x"
		d.Entities = []doc.Entity{{Name: tc.full, Type: doc.TypePerson, Mentions: []int{0}}, {KBID: "person.x", Name: tc.kbName, Type: doc.TypePerson, Mentions: []int{1}}}
		qs := Find(d)
		if len(qs) != 2 || qs[1].Speaker.Name != tc.want {
			t.Errorf("Find(%q) = %+v; want the second quote by %q", tc.in, qs, tc.want)
		}
	}
}
