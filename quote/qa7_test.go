package quote

import "testing"

// qa7Tests are constructions the seventh QA read of unseen articles
// found mishandled.
var qa7Tests = []struct {
	name  string
	input string
	want  []want
}{
	// a title with "of" before the name of a coordinated subject
	{"a title with of, two coordinated verbs", `Secretary of State Rex Tillerson condemned the test and said Washington would act.`,
		[]want{{"^Washington would act", Indirect, "Rex Tillerson", "Secretary of State", KindNamed, "said"}}},
	{"a minister's title with of before the name", `Minister of Foreign Affairs Wang Yi condemned the test and said China would act.`,
		[]want{{"^China would act", Indirect, "Wang Yi", "Minister of Foreign Affairs", KindNamed, "said"}}},
	{"a minister's title with of, the name saying", `Minister of Defence John Smith said the army would act.`,
		[]want{{"^the army would act", Indirect, "John Smith", "Minister of Defence", KindNamed, "said"}}},
	{"the title with of alone names no one", `The Minister of Defence said the army would act.`,
		[]want{{"^the army would act", Indirect, "The Minister of Defence", "", KindUnresolved, "said"}}},
	// a description, then a modified title and the name in apposition
	{"a modified title and name after a description", `The African Union envoy, former Nigerian President Olusegun Obasanjo, said the deal was historic.`,
		[]want{{"^the deal was historic", Indirect, "Olusegun Obasanjo", "former Nigerian President", KindNamed, "said"}}},
	{"a modified title and name after a possessive description", `The group's leader, former Prime Minister Imran Khan, said the vote was rigged.`,
		[]want{{"^the vote was rigged", Indirect, "Imran Khan", "former Prime Minister", KindNamed, "said"}}},
	// a participle opener, a second action after the quoted words,
	// a verdict verb before them
	{"a participle opener before a subject with two verbs", `Speaking at Istanbul airport, Erdogan blamed followers of the cleric for the plot and said the conspirators would "pay a heavy price."`,
		// (qa8 Q-1: the coordinated "and said" opens a report of its
		// own, so the accusation before it is one too, as alone)
		[]want{{"^followers of the cleric for the plot", Indirect, "Erdogan", "", KindNamed, "blamed"}, {`^the conspirators would "pay a heavy price."`, Mixed, "Erdogan", "", KindNamed, "said"}}},
	{"a second action after the quoted words ends the report", `Obama said he was "deeply concerned" and ordered a review of military aid to Egypt.`,
		[]want{{`^he was "deeply concerned"`, Mixed, "Obama", "", KindNamed, "said"}}},
	{"the quoted words after a verdict verb", `Gulen denied any involvement and condemned the attempt "in the strongest terms."`,
		[]want{{`the attempt "in the strongest terms."`, Mixed, "Gulen", "", KindNamed, "condemned"}}},
	// a state's outlet named by what it is
	{"state television", `State television said the missile flew 933 km before landing in the Sea of Japan.`,
		[]want{{"^the missile flew 933 km", Indirect, "State television", "", KindUnnamed, "said"}}},
	{"state television reported that", `State television reported that the missile flew 933 km.`,
		[]want{{"^the missile flew 933 km", Indirect, "State television", "", KindUnnamed, "reported"}}},
	{"a demonym before state TV", `Iranian state TV said on Tuesday the missile flew 933 km.`,
		[]want{{"^the missile flew 933 km", Indirect, "Iranian state TV", "", KindUnnamed, "said"}}},
	{"state-run radio", `State-run radio said the missile flew 933 km.`,
		[]want{{"^the missile flew 933 km", Indirect, "State-run radio", "", KindUnnamed, "said"}}},
	// an appositive giving another name is no title
	{"a nom de guerre in apposition is no title", `Londono, better known by his nom de guerre Timochenko, asked for forgiveness from the victims.`,
		[]want{{"^for forgiveness from the victims", Indirect, "Londono", "", KindNamed, "asked"}}},
	{"also known as in apposition is no title", `Londono, also known as Timochenko, said the war was over.`,
		[]want{{"^the war was over", Indirect, "Londono", "", KindNamed, "said"}}},
	// a new subject with a relative clause after ", and" is the
	// journalist's clause; a pledge of an amount is no report
	{"a new subject with a relative clause ends the report", `The European Union announced last week that it had removed the FARC from its list of terrorist organisations, and Norway, which co-sponsored the talks, pledged $10 million for demining.`,
		[]want{{"^it had removed the FARC from its list of terrorist organisations", Indirect, "European Union", "", KindNamed, "announced"}}},
	{"a pledged amount is no report", `Norway pledged $10 million for demining.`, nil},
	{"a promise with that reports", `Norway promised that it would pay for demining.`,
		[]want{{"^it would pay for demining", Indirect, "Norway", "", KindNamed, "promised"}}},
	// a body named inside a report is no antecedent of a description
	{"a body inside an earlier report is no antecedent", `Prime Minister Ranil Wickremesinghe said he was willing to resign to make way for an all-party government. Fuel has run so short that the government asked office workers to stay home.`,
		[]want{{"^he was willing to resign", Indirect, "Ranil Wickremesinghe", "Prime Minister", KindNamed, "said"}, {"^office workers to stay home", Indirect, "", "", KindUnresolved, "asked"}}},
	// a medium of two medium nouns
	{"said in a video message that", `Karzai said in a video message that he had remained in Kabul.`,
		[]want{{"^he had remained in Kabul", Indirect, "Karzai", "", KindNamed, "said"}}},
	// a naming verb with an object and a predicate, no quotation marks
	{"called X an adjective", `Turkish Prime Minister Recep Tayyip Erdogan called the overthrow unacceptable.`,
		[]want{{"^the overthrow unacceptable", Indirect, "Recep Tayyip Erdogan", "Turkish Prime Minister", KindNamed, "called"}}},
	{"called X a noun phrase", `Russia called the reports a provocation planned in advance.`,
		[]want{{"^the reports a provocation", Indirect, "Russia", "", KindNamed, "called"}}},
	{"called it an adjective", `He called it unacceptable and left.`,
		[]want{{"^it unacceptable", Indirect, "", "", KindUnresolved, "called"}}},
	{"called a person on a day: no report", `Erdogan called the president on Tuesday.`, nil},
	{"called a meeting: no report", `Erdogan called a meeting of the cabinet.`, nil},
	{"called the baby a name: no report", `They called the baby Sarah.`, nil},
	{"called a compound noun: no report", `Szymanski called the fire department.`, nil},
	{"called the police and a time: no report", `Bryan Harman called the police the next day to report him missing.`, nil},
}

func TestFindQA7(t *testing.T) {
	for _, tt := range qa7Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa7Ends are reports whose content must end exactly where given: the
// clause after it is the journalist's.
var qa7Ends = []struct{ input, content string }{
	{`Obama said he was "deeply concerned" and ordered a review of military aid to Egypt.`, `he was "deeply concerned"`},
	{`Obama said the rebels crossed the line and attacked the town.`, `the rebels crossed the line and attacked the town`},
	{`Gaddafi said Libyans would fight a "long war" and called the intervention "a barbaric aggression."`, `Libyans would fight a "long war" and called the intervention "a barbaric aggression."`},
	{`The EU said it had removed the FARC from its list, and Norway, which co-sponsored the talks, pledged $10 million.`, `it had removed the FARC from its list`},
	{`The minister said the army had retaken the town, and the rebels, who had held it for a year, fled north.`, `the army had retaken the town, and the rebels, who had held it for a year, fled north`},
}

func TestFindQA7Ends(t *testing.T) {
	for _, tc := range qa7Ends {
		d := newDoc(tc.input)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}
