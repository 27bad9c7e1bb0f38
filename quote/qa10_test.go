package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa10Tests are constructions the tenth QA read of unseen articles found
// mishandled.
var qa10Tests = []struct {
	name  string
	input string
	want  []want
}{
	// conceding a noun phrase is no report
	{"conceded NP and V", `The challenger conceded defeat and thanked his voters.`, nil},
	{"conceded the race on a day", `Smith conceded the race on Tuesday night.`, nil},
	{"conceded a clause", `Smith conceded the campaign had made mistakes.`,
		[]want{{"^the campaign had made mistakes", Indirect, "Smith", "", KindNamed, "conceded"}}},
	{"conceded that", `Smith conceded that the campaign had made mistakes.`,
		[]want{{"^the campaign had made mistakes", Indirect, "Smith", "", KindNamed, "conceded"}}},
	// a body is not the person whose title names it
	{"the opposition after opposition leader NAME", `"We will fight on," opposition leader Maria Costa told reporters. The opposition said it would boycott the vote.`,
		[]want{{"We will fight on", Direct, "Maria Costa", "opposition leader", KindNamed, "told"}, {"^it would boycott the vote", Indirect, "", "", KindUnresolved, "said"}}},
	{"the party after party chairman NAME", `"Nothing changes," party chairman Jan Novak said. The party said it would stay in the coalition.`,
		[]want{{"Nothing changes", Direct, "Jan Novak", "party chairman", KindNamed, "said"}, {"^it would stay in the coalition", Indirect, "", "", KindUnresolved, "said"}}},
	{"the opposition leader still resolves", `"We will fight on," opposition leader Maria Costa told reporters. The opposition leader said she would boycott the vote.`,
		[]want{{"We will fight on", Direct, "Maria Costa", "opposition leader", KindNamed, "told"}, {"^she would boycott the vote", Indirect, "Maria Costa", "opposition leader", KindDescription, "said"}}},
	// "the three juntas" are the coordinated speakers before
	{"the juntas after coordinated countries", `Chad, Sudan and Libya said they would close the border. The three juntas said the decision was final.`,
		[]want{{"^they would close the border", Indirect, "Chad, Sudan and Libya", "", KindNamed, "said"}, {"^the decision was final", Indirect, "Chad, Sudan and Libya", "", KindDescription, "said"}}},
	{"the juntas after the governments of a list", `The military rulers of Chad, Sudan and Libya said they would close the border. The three juntas said the decision was final.`,
		[]want{{"^they would close the border", Indirect, "The military rulers of Chad, Sudan and Libya", "", KindDescription, "said"}, {"^the decision was final", Indirect, "The military rulers of Chad, Sudan and Libya", "", KindDescription, "said"}}},
	{"the two governments: a list of three is not them", `The military rulers of Chad, Sudan and Libya said they would close the border. The two governments said the decision was final.`,
		[]want{{"^they would close the border", Indirect, "The military rulers of Chad, Sudan and Libya", "", KindDescription, "said"}, {"^the decision was final", Indirect, "The two governments", "", KindDescription, "said"}}},
}

func TestFindQA10(t *testing.T) {
	for _, tt := range qa10Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa10Ends are reports whose content must end exactly where given.
var qa10Ends = []struct{ input, content string }{
	// the writer's ", N days after …" closes the report
	{`The ministry said on Friday it would recall its ambassador, three days after the border clash, leaving the talks in doubt.`, `it would recall its ambassador`},
	{`The union said it would strike, just hours before the deadline.`, `it would strike`},
	{`He said voters wondered why the vote was held now, two years after the war.`, `voters wondered why the vote was held now, two years after the war`},
}

func TestFindQA10Ends(t *testing.T) {
	for _, tc := range qa10Ends {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// TestFindQA10Bloc checks that "the bloc" and "the alliance" refer to
// the international body (a KB organisation of no country) named last,
// and stay as they were with none, or with only a national body.
func TestFindQA10Bloc(t *testing.T) {
	type km struct{ text, typ, kbid, country string }
	build := func(input string, ms []km) *doc.Doc {
		d := newDoc(input)
		from := 0
		for _, m := range ms {
			s := from + strings.Index(input[from:], m.text)
			from = s + len(m.text)
			d.Entities = append(d.Entities, doc.Entity{KBID: m.kbid, Name: m.text, Type: m.typ, Country: m.country, Mentions: []int{len(d.Mentions)}})
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len(m.text)}, Text: m.text, Type: m.typ, KBID: m.kbid, Entity: len(d.Entities) - 1, Role: -1})
		}
		d.Fill(doc.LayerMentions)
		return d
	}
	tests := []struct {
		name, input string
		ms          []km
		want        []want
	}{
		{"the bloc after a body named as an object",
			"Three states quit the Southern African Development Community. The bloc said it regretted the move.",
			[]km{{"Southern African Development Community", doc.TypeOrganization, "org.sadc", ""}},
			[]want{{"^it regretted the move", Indirect, "Southern African Development Community", "", KindDescription, "said"}}},
		{"the alliance is the body named last",
			"The African Union met in Addis Ababa. NATO sent observers. The alliance said it would stay neutral.",
			[]km{{"African Union", doc.TypeOrganization, "org.au", ""}, {"NATO", doc.TypeOrganization, "org.nato", ""}},
			[]want{{"^it would stay neutral", Indirect, "NATO", "", KindDescription, "said"}}},
		{"a national body is no bloc",
			"The Labour Party lost the vote. The bloc said it would regroup.",
			[]km{{"Labour Party", doc.TypeOrganization, "org.labour", "GBR"}},
			[]want{{"^it would regroup", Indirect, "", "", KindUnresolved, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := build(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}
