package quote

import "testing"

// qa11Tests are constructions the eleventh QA read of unseen articles
// found mishandled.
var qa11Tests = []struct {
	name  string
	input string
	want  []want
}{
	// any listener of "told" before a colon and a quote
	{"told NP: quote", `Okafor told party leaders: "I accept it."`,
		[]want{{"I accept it.", Direct, "Okafor", "", KindNamed, "told"}}},
	{"told NP time: quote", `Okafor told party leaders that evening: "I accept it."`,
		[]want{{"I accept it.", Direct, "Okafor", "", KindNamed, "told"}}},
	{"told NP with possessive: quote", `Okafor told the union's executive committee late on Sunday: "We will not back down."`,
		[]want{{"We will not back down.", Direct, "Okafor", "", KindNamed, "told"}}},
	{"told a lower-case listener: quote", `Okafor told lawmakers in the capital: "The budget is dead."`,
		[]want{{"The budget is dead.", Direct, "Okafor", "", KindNamed, "told"}}},
	// "ruled" with the span of a rule is "governed", no report
	{"ruled since, then a quote", `Mensah, who had ruled since 1994 when he took over from his uncle, appeared in a video calling on "all friends of the country" to "speak up".`,
		[]want{{`^all friends of the country" to "speak up"`, Mixed, "Mensah", "", KindNamed, "calling on"}}},
	{"calling on a quoted listener with no comma", `Mensah appeared at a rally calling on "all patriots" to "defend the vote".`,
		[]want{{`^all patriots" to "defend the vote"`, Mixed, "Mensah", "", KindNamed, "calling on"}}},
	{"ruled since when a clause", `The king, who had ruled since 1990 when his father died, appeared on television.`, nil},
	{"ruled for years and the ruler was", `The general ruled for two decades and his party was banned.`, nil},
	{"ruled that still reports", `The court ruled on Monday that the law was void.`,
		[]want{{"^the law was void", Indirect, "", "", KindUnresolved, "ruled"}}},
}

func TestFindQA11(t *testing.T) {
	for _, tt := range qa11Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa11Ends are reports whose content must end exactly where given.
var qa11Ends = []struct{ input, content string }{
	// a report inside a relative clause after its subject ends
	// at the clause's closing comma, before the main verb
	{`Norway, which had warned that a levy could drive investors away from the region, backed the deal.`, `a levy could drive investors away from the region`},
	{`Okafor, who has repeatedly said that the talks are over, left for Geneva on Monday.`, `the talks are over`},
	{`The union, which insisted the strike was legal, won the appeal.`, `the strike was legal`},
	// a comma inside the report that no main verb follows stays in it
	{`Okafor, who said that Chad, Niger and Mali were allies, met the envoy.`, `Chad, Niger and Mali were allies`},
	// no relative clause: the report runs on
	{`Okafor said the talks were over, ended by the army.`, `the talks were over, ended by the army`},
}

func TestFindQA11Ends(t *testing.T) {
	for _, tc := range qa11Ends {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}
