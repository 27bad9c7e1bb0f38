package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa5Tests are constructions a QA read of unseen articles found
// mishandled: appositives, abbreviations in a speaker, a time before
// the subject, a report that goes on after its attribution.
var qa5Tests = []struct {
	name  string
	input string
	want  []want
}{
	{"a name's possessive opens an appositive title", `Sergei Lavrov, Russia's foreign minister, said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "Sergei Lavrov", "Russia's foreign minister", KindNamed, "said"}}},
	{"a curly possessive appositive before a direct quote", "Sergei Lavrov, Russia\u2019s foreign minister, said: \"The talks have stalled.\"",
		[]want{{"The talks have stalled", Direct, "Sergei Lavrov", "Russia\u2019s foreign minister", KindNamed, "said"}}},
	{"a possessive appositive before told", `Lolwah Al-Khater, Qatar's minister of state, told reporters the children had been handed over.`,
		[]want{{"^the children had been handed over", Indirect, "Lolwah Al-Khater", "Qatar's minister of state", KindNamed, "told"}}},
	// an attribution set off by commas inside its sentence
	{"said, but: the clause before is the report", `Tinubu won the vote, the commission said, but the opposition rejected it.`,
		[]want{{"^Tinubu won the vote", Indirect, "", "", KindUnresolved, "said"}}},
	{"said on a day, a noun phrase: the clause before is the report", `Tinubu won the vote, the commission said on Wednesday, the third such result.`,
		[]want{{"^Tinubu won the vote", Indirect, "", "", KindUnresolved, "said"}}},
	{"said, with: the clause before is the report", `Typhoon Haiyan has made landfall in Guiuan, the weather agency PAGASA said, with winds of 235 km/h.`,
		[]want{{"^Typhoon Haiyan has made landfall in Guiuan", Indirect, "PAGASA", "", KindNamed, "said"}}},
	{"said, adding that: two reports", `The economy grew by 3 percent, the minister said, adding that inflation had eased.`,
		[]want{{"^The economy grew by 3 percent", Indirect, "", "", KindUnresolved, "said"}, {"^inflation had eased", Indirect, "", "", KindUnresolved, "adding"}}},
	{"an attribution inside a subject and its predicate: the whole sentence", `The plan, the minister said, would cost $5 billion over five years.`,
		[]want{{"^The plan, the minister said, would cost $5 billion", Indirect, "", "", KindUnresolved, "said"}}},
	{"an attribution before an adverb and a predicate: the whole sentence", `The reason for the rise, he said, probably is the tax credit.`,
		[]want{{"^The reason for the rise, he said, probably is", Indirect, "", "", KindUnresolved, "said"}}},
	{"an attribution after a relative pronoun: the predicate after it", `Lamont thanked the locals who, he said, supported him so vigorously during his campaign.`,
		[]want{{"^supported him so vigorously", Indirect, "", "", KindUnresolved, "said"}}},
	// a description no speaker before fits: unresolved, named by its words when they say who
	{"an unresolved description with a modifier keeps its words", `The British ambassador said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "The British ambassador", "", KindUnresolved, "said"}}},
	{"an unresolved bare description has no name", `The ambassador said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "", "", KindUnresolved, "said"}}},
	{"an unresolved description is no relative pronoun's antecedent", `The British ambassador, who said the talks had stalled, left Moscow.`,
		[]want{{"^the talks had stalled", Indirect, "", "", KindUnresolved, "said"}}},
	// dotted abbreviations inside a speaker's noun phrase
	{"an unnamed source with a dotted abbreviation", `A senior U.S. official said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "A senior U.S. official", "", KindUnnamed, "said"}}},
	{"plural sources after a dotted abbreviation", `U.S. officials said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "U.S. officials", "", KindUnnamed, "said"}}},
	{"a description with a dotted abbreviation", `The U.N. envoy said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "The U.N. envoy", "", KindUnresolved, "said"}}},
	{"an unnamed source with a dotted abbreviation and a relative clause", `A senior U.S. official, who spoke on condition of anonymity, said the outlines of a deal were clear.`,
		[]want{{"^the outlines of a deal were clear", Indirect, "A senior U.S. official", "", KindUnnamed, "said"}}},
	// a time that opens the sentence is no part of the speaker
	{"on a weekday before the name", `On Monday Rutte said that talks would resume.`,
		[]want{{"^talks would resume", Indirect, "Rutte", "", KindNamed, "said"}}},
	{"late on a weekday before the name", `Late on Friday Zelensky said that Kyiv would apply.`,
		[]want{{"^Kyiv would apply", Indirect, "Zelensky", "", KindNamed, "said"}}},
	{"hours later is no title", `Hours later Zelensky announced that Kyiv would apply.`,
		[]want{{"^Kyiv would apply", Indirect, "Zelensky", "", KindNamed, "announced"}}},
	{"a date before a description", `On March 3, 2023 the ministry said the border would reopen.`,
		[]want{{"^the border would reopen", Indirect, "", "", KindUnresolved, "said"}}},
	{"a weekday naming a newspaper stays", `Sunday Times said that talks would resume.`,
		[]want{{"^talks would resume", Indirect, "Sunday Times", "", KindNamed, "said"}}},
	// appositives: a capitalised office, an adverbial that is no title
	{"a capitalised office with its domain", `Hikmet Hajiyev, Assistant to the President of the Republic of Azerbaijan, stated that the checkpoint is a sovereign right of Azerbaijan.`,
		[]want{{"^the checkpoint is a sovereign right", Indirect, "Hikmet Hajiyev", "Assistant to the President of the Republic of Azerbaijan", KindNamed, "stated"}}},
	{"a short capitalised office", `John Smith, Assistant to the President, said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "John Smith", "Assistant to the President", KindNamed, "said"}}},
	{"in his turn is no title", `Hikmet Hajiyev, in his turn, said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "Hikmet Hajiyev", "", KindNamed, "said"}}},
	{"however is no title", `John Smith, however, said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "John Smith", "", KindNamed, "said"}}},
	{"an affiliation with of stays the title", `John Smith, of the Brookings Institution, said the talks had stalled.`,
		[]want{{"^the talks had stalled", Indirect, "John Smith", "of the Brookings Institution", KindNamed, "said"}}},
	{"two appositives and in his turn before the cue", `Hikmet Hajiyev, Assistant to the President of the Republic of Azerbaijan, head of the Foreign Policy Affairs Department of the Presidential Administration, in his turn stated to journalists that the checkpoint is a sovereign right of Azerbaijan.`,
		[]want{{"^the checkpoint is a sovereign right", Indirect, "Hikmet Hajiyev", "Assistant to the President of the Republic of Azerbaijan, head of the Foreign Policy Affairs Department of the Presidential Administration", KindNamed, "stated"}}},
	{"no appositive before a titled name", `In Mount Gilead, Judge Lee McClelland, of Morrow County Municipal Court, says the court has just enough paper.`,
		[]want{{"^the court has just enough paper", Indirect, "Lee McClelland", "Judge", KindNamed, "says"}}},
	{"no appositive across a time before a name", `As he prepared to join a cleaning crew on Tuesday, council leader, Peter Thompson, said the squads would double.`,
		[]want{{"^the squads would double", Indirect, "Peter Thompson", "council leader", KindNamed, "said"}}},
	// recalled takes an object unless a report follows
	{"recalled an ambassador is no report", `Serbia recalled its ambassador from Pristina on Tuesday.`, nil},
	{"recalled that reports", `He recalled that the war had been hard.`,
		[]want{{"^the war had been hard", Indirect, "", "", KindUnresolved, "recalled"}}},
	{"recalled after the clause reports", `The war was hard, Smith recalled.`,
		[]want{{"^The war was hard", Indirect, "Smith", "", KindNamed, "recalled"}}},
	{"an object cue before a colon reports", `Smith declared: the war was over.`,
		[]want{{"^the war was over", Indirect, "Smith", "", KindNamed, "declared"}}},
	// two reports joined by a conjunction
	{"a second report after and", `The agency said it stood ready to help, and the UN's humanitarian office said it was sending a team to Manila.`,
		[]want{{"^it stood ready to help", Indirect, "", "", KindUnresolved, "said"}, {"^it was sending a team", Indirect, "the UN's humanitarian office", "", KindDescription, "said"}}},
	{"a second report after but with a pronoun", `Robley said the crews would watch the roads, but he said he was not too concerned.`,
		[]want{{"^the crews would watch the roads", Indirect, "Robley", "", KindNamed, "said"}, {"^he was not too concerned", Indirect, "Robley", "", KindPronoun, "said"}}},
	{"and that goes on with the report", `The agency said the road was closed, and that officials said nothing about it.`,
		[]want{{"^the road was closed, and that officials said nothing", Indirect, "", "", KindUnresolved, "said"}}},
	{"a clause cue after but goes on with the report", `Smith said the city backs the plan, but he wants it to fit in.`,
		[]want{{"^the city backs the plan, but he wants it", Indirect, "Smith", "", KindNamed, "said"}}},
	// a live blog's entry time is no part of the report
	{"an entry time before a report", `11:05 - Communications with Tacloban City have been lost since morning, the civil defence office said.`,
		[]want{{"^Communications with Tacloban City", Indirect, "the civil defence office", "", KindDescription, "said"}}},
	{"an entry time with a zone before a report", "14.20 GMT \u2014 The storm has weakened, officials said.",
		[]want{{"^The storm has weakened", Indirect, "officials", "", KindUnnamed, "said"}}},
	{"a time in the report stays", `At 11:05 the storm hit the coast, officials said.`,
		[]want{{"^At 11:05 the storm hit the coast", Indirect, "officials", "", KindUnnamed, "said"}}},
	{"a time before a possessive is no name", `Yesterday, Parliament's budget watchdog, federal budget officer Kevin Page, told a committee the projections were too rosy.`, nil},
}

func TestFindQA5(t *testing.T) {
	for _, tt := range qa5Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// With the mentions layer, an organisation's name that holds lower-case
// words is the speaker whole, and an acronym in brackets after it links
// it.
func TestFindQA5WithMentions(t *testing.T) {
	tests := []mentionQuoteCase{
		{"an organisation's name with for", `The United States Agency for International Development said it stood ready to help.`,
			[]mentionMark{{"United States Agency for International Development", doc.TypeOrganization, "", ""}},
			[]want{{"^it stood ready to help", Indirect, "United States Agency for International Development", "", KindNamed, "said"}}},
		{"an organisation after a possessive, linked by its acronym", `The UN's Office for the Coordination of Humanitarian Affairs (OCHA) said it was sending a team.`,
			[]mentionMark{{"UN", doc.TypeOrganization, "org.un", "United Nations"}, {"Office for the Coordination of Humanitarian Affairs", doc.TypeOrganization, "", ""}, {"OCHA", doc.TypeOrganization, "org.ocha", "UN Office for the Coordination of Humanitarian Affairs"}},
			[]want{{"^it was sending a team", Indirect, "UN Office for the Coordination of Humanitarian Affairs", "", KindNamed, "said"}}},
		{"the government of the one country named", `President Sebastián Piñera declared a state of emergency in Chile. At least 11 people have died, the government said.`,
			[]mentionMark{{"Chile", doc.TypeCountry, "CHL", "Chile"}},
			[]want{{"^At least 11 people have died", Indirect, "Government of Chile", "", KindDescription, "said"}}},
		{"the government among two countries stays unresolved", `Chile and Peru signed a deal. The government said the deal was fair.`,
			[]mentionMark{{"Chile", doc.TypeCountry, "CHL", "Chile"}, {"Peru", doc.TypeCountry, "PER", "Peru"}},
			[]want{{"^the deal was fair", Indirect, "", "", KindUnresolved, "said"}}},
	}
	checkMentionQuotes(t, tests)
}
