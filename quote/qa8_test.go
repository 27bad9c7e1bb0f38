package quote

import "testing"

// qa8Tests are constructions the eighth QA read of unseen articles
// found mishandled.
var qa8Tests = []struct {
	name  string
	input string
	want  []want
}{
	// a request, then a coordinated "and said" with a clause
	{"a request and a coordinated said", `Maliki asked parliament to declare a state of emergency and said the government would arm citizens.`,
		[]want{{"^to declare a state of emergency", Indirect, "Maliki", "", KindNamed, "asked"}, {"^the government would arm citizens", Indirect, "Maliki", "", KindNamed, "said"}}},
	// ("asked donors for help" reports nothing: a request, QA9 Q-4)
	{"a request and a coordinated added", `The minister asked donors for help and added the army would stay.`,
		[]want{{"^the army would stay", Indirect, "", "", KindUnresolved, "added"}}},
	{"a comma before a coordinated said", `Two parents told reporters they worry about crowding, and said the campus would grow too big.`,
		[]want{{"^they worry about crowding", Indirect, "Two parents", "", KindUnnamed, "told"}, {"^the campus would grow too big", Indirect, "Two parents", "", KindUnnamed, "said"}}},
	{"a coordinated said inside the reported clause", `The Atlanta Journal-Constitution wrote Cox pulled the bill and said he is reworking it.`,
		[]want{{"^Cox pulled the bill and said he is reworking it", Indirect, "Atlanta Journal-Constitution", "", KindNamed, "wrote"}}},
	{"a pronoun subject, then a coordinated said", `Okruashvili said he did not believe Russia was interested and said such rhetoric was propaganda.`,
		[]want{{"^he did not believe Russia was interested", Indirect, "Okruashvili", "", KindNamed, "said"}, {"^such rhetoric was propaganda", Indirect, "Okruashvili", "", KindNamed, "said"}}},
	// a listener with no determiner before a mixed report
	{"told local radio that, quoted words", `Alan Garcia told local radio that the attempt was "a self-coup".`,
		[]want{{`^the attempt was "a self-coup"`, Mixed, "Alan Garcia", "", KindNamed, "told"}}},
	{"told local radio, no that, quoted words", `Garcia told local radio the attempt was "a self-coup".`,
		[]want{{`^the attempt was "a self-coup"`, Mixed, "Garcia", "", KindNamed, "told"}}},
	{"told his supporters, quoted words", `The president told his supporters the vote was "a fraud".`,
		[]want{{`^the vote was "a fraud"`, Mixed, "", "", KindUnresolved, "told"}}},
	// the second of two coordinated reports is the first's speaker's
	{"called, then a coordinated said", `Beijing's Hong Kong and Macau Affairs Office called the break-in "a serious illegal act" and said it trampled on the rule of law.`,
		[]want{{`"a serious illegal act"`, Mixed, "Beijing's Hong Kong and Macau Affairs Office", "", KindNamed, "called"}, {"^it trampled on the rule of law", Indirect, "Beijing's Hong Kong and Macau Affairs Office", "", KindNamed, "said"}}},
	// a document of a body after "according to"
	{"according to a body's own forecasts", `Inflation will peak in the spring, according to the bank's own forecasts.`,
		[]want{{"^Inflation will peak in the spring", Indirect, "the bank's own forecasts", "", KindUnresolved, "according to"}}},
	{"according to a body's latest figures", `According to the ministry's latest figures, 40 people died.`,
		[]want{{"^40 people died", Indirect, "the ministry's latest figures", "", KindUnnamed, "According to"}}},
	{"according to bare reports", `According to reports, 40 people died.`,
		[]want{{"^40 people died", Indirect, "reports", "", KindUnnamed, "According to"}}},
	{"tell in a radio interview how: the medium is no listener", `Many had heard a police wife tell in a radio interview how their son begged his father not to go.`,
		[]want{{"^how their son begged", Indirect, "a police wife", "", KindUnnamed, "tell"}}},
	{"they is no document source", `The company runs 89 sites, according to military records. They claim the company knew there were problems.`,
		[]want{{"^The company runs 89 sites", Indirect, "military records", "", KindUnnamed, "according to"}, {"^the company knew there were problems", Indirect, "", "", KindUnresolved, "claim"}}},
	{"they is no single unnamed person", `A police wife said her son cried. They faced the cameras and said there was no support for violence.`,
		[]want{{"^her son cried", Indirect, "A police wife", "", KindUnnamed, "said"}, {"^there was no support for violence", Indirect, "", "", KindUnresolved, "said"}}},
	// a citing parenthetical between the cue and "that"
	{"reported, citing sources, that", `Reuters reported, citing two people familiar with the matter, that the fund would approve the loan.`,
		[]want{{"^the fund would approve the loan", Indirect, "Reuters", "", KindNamed, "reported"}}},
	{"reported on a day, citing sources, that", `The Wall Street Journal reported on Thursday, citing people familiar with the matter, that the fund would approve the loan.`,
		[]want{{"^the fund would approve the loan", Indirect, "Wall Street Journal", "", KindNamed, "reported"}}},
	{"said, quoting a minister, that", `The agency said, quoting a senior minister, that talks would resume.`,
		[]want{{"^talks would resume", Indirect, "", "", KindUnresolved, "said"}}},
	// an appositive between dashes
	{"a relative clause between em dashes", "Carrie Lam \u2014 who has refused to resign \u2014 said the bill was dead.",
		[]want{{"^the bill was dead", Indirect, "Carrie Lam", "", KindNamed, "said"}}},
	{"a relative clause between double hyphens", `Erdogan -- who has fired three governors -- said rates would fall.`,
		[]want{{"^rates would fall", Indirect, "Erdogan", "", KindNamed, "said"}}},
}

func TestFindQA8(t *testing.T) {
	for _, tt := range qa8Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa8Ends are reports whose content must end exactly where given.
var qa8Ends = []struct{ input, content string }{
	{`President Tayyip Erdogan has repeatedly said high interest rates cause inflation, and he has fired three central bank governors since 2019.`, `high interest rates cause inflation`},
	{`The minister has said the plan is sound, and she has dismissed two critics.`, `the plan is sound`},
	// a perfect clause of another subject stays in the report
	{`The minister has said the plan is sound, and the banks have backed it.`, `the plan is sound, and the banks have backed it`},
	// after a past cue a pronoun clause may be reported speech
	{`The minister said the plan was sound, and he had not changed his mind.`, `the plan was sound, and he had not changed his mind`},
}

func TestFindQA8Ends(t *testing.T) {
	for _, tc := range qa8Ends {
		d := newDoc(tc.input)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}
