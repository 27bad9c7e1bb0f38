package quote

import "testing"

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
