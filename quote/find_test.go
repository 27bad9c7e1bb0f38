package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Regression tables of reports Find must give.

// concedeAndCollectiveTests are concessions, bodies named inside a
// title and collective descriptions ("the three juntas").
var concedeAndCollectiveTests = []struct {
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
		[]want{{"Nothing changes", Direct, "Jan Novak", "party chairman", KindNamed, "said"}, {"^it would stay in the coalition", Indirect, "The party", "", KindUnresolved, "said"}}},
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

func TestFindConcedeAndCollective(t *testing.T) {
	for _, tt := range concedeAndCollectiveTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// toldAndRuledTests are listeners of "told" before a colon and a
// quote, and "ruled" as "governed".
var toldAndRuledTests = []struct {
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
		[]want{{"^the law was void", Indirect, "The court", "", KindUnresolved, "ruled"}}},
}

func TestFindToldAndRuled(t *testing.T) {
	for _, tt := range toldAndRuledTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// outletTests are news outlets named with what they are.
var outletTests = []struct {
	name  string
	input string
	want  []want
}{
	// a news outlet named with what it is, in a trailing
	// attribution or opening the sentence
	{"trailing name news agency reports", `The death toll has risen above 800, Tanjug news agency reports.`,
		[]want{{"^The death toll has risen above 800", Indirect, "Tanjug", "news agency", KindNamed, "reports"}}},
	{"trailing name news agency reported", `Two ministers have resigned, Bernama news agency reported.`,
		[]want{{"^Two ministers have resigned", Indirect, "Bernama", "news agency", KindNamed, "reported"}}},
	{"possessive country before the agency", `Rescue teams reached the village, Peru's Andina news agency said.`,
		[]want{{"^Rescue teams reached the village", Indirect, "Andina", "news agency", KindNamed, "said"}}},
	{"trailing outlet noun before the name", `The curfew was lifted, state broadcaster RTS reported.`,
		[]want{{"^The curfew was lifted", Indirect, "RTS", "state broadcaster", KindNamed, "reported"}}},
	{"opening outlet noun before the name", `Earlier this week the Serbian tabloid Kurir reported that the minister would resign.`,
		[]want{{"^the minister would resign", Indirect, "Kurir", "Serbian tabloid", KindNamed, "reported"}}},
	{"modifiers before the name and a bare agency", `Three soldiers were killed, Turkish state-run Anadolu agency reported.`,
		[]want{{"^Three soldiers were killed", Indirect, "Anadolu", "agency", KindNamed, "reported"}}},
	// a nationality alone names no outlet; an article keeps the description
	{"nationality television", `The curfew was lifted, Serbian television reported.`,
		[]want{{"^The curfew was lifted", Indirect, "Serbian television", "", KindUnnamed, "reported"}}},
	{"the newspaper stays unresolved", `The newspaper reported that the plan had been shelved.`,
		[]want{{"^the plan had been shelved", Indirect, "The newspaper", "", KindUnresolved, "reported"}}},
	{"agency of a body is no outlet", `The flood displaced 4,000 people, UN refugee agency spokesman Ali Kamal said.`,
		[]want{{"^The flood displaced 4,000 people", Indirect, "Ali Kamal", "UN refugee agency spokesman", KindNamed, "said"}}},
}

func TestFindOutlets(t *testing.T) {
	for _, tt := range outletTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// orderedReports are sentences with the reports Find must give, in text
// order, as "speaker: content" (the speaker's name, else its words);
// none for no report.
var orderedReports = []struct {
	input string
	want  []string
}{
	// "the statement read" after a quote attributes it like "said"; the
	// statement is the one of the report just before
	{`The prosecutor's office said a case had been opened. "A group tried to seize buildings," the statement read.`,
		[]string{"The prosecutor's office: a case had been opened", `The prosecutor's office: "A group tried to seize buildings,"`}},
	{`The army issued a statement on Monday. "The situation is under control," it read.`,
		[]string{`The army: "The situation is under control,"`}},
	// a request with no report leaves its subject the speaker of the
	// participle after it
	{"The prison service had asked for the change, saying Navalny had missed regular check-ins.",
		[]string{"The prison service: Navalny had missed regular check-ins"}},
	{"Families wept as gunfire echoed through the streets, Mayor Ana Diaz said.",
		[]string{"Ana Diaz: Families wept as gunfire echoed through the streets"}},
	// ", but <Name>, <appositive>, (later) told … that …" is a
	// rival report of its own, not more of the first one
	{"The general said he was in charge, but Omar Salif, the commander of the presidential guard, later told crowds that he was in charge.",
		[]string{"The general: he was in charge", "Omar Salif: he was in charge"}},
	{"The minister said the talks had failed, but Ana Ruiz, a spokeswoman for the rebels, said they would resume.",
		[]string{"The minister: the talks had failed", "Ana Ruiz: they would resume"}},
	// the listener of "told" before "that" is no part of a report with
	// a partial quote; the name of two words owning an appositive title
	// opens the subject, and "told" takes no inverted subject
	{`Prime Minister Benjamin Netanyahu told his cabinet that the decision was "meaningless" and wrong.`,
		[]string{`Benjamin Netanyahu: the decision was "meaningless" and wrong`}},
	{`The foreign minister told diplomats in Dhaka that Myanmar was carrying out "genocide" in Rakhine.`,
		[]string{`The foreign minister: Myanmar was carrying out "genocide" in Rakhine`}},
	{"Ali Sabry, Sri Lanka's finance minister, told lawmakers that the country needed more money.",
		[]string{"Ali Sabry: the country needed more money"}},
	// a question put to the subject, its askers named or not, is no
	// report and no part of the subject's title
	{"Prime Minister Shehbaz Sharif, asked whether the government had been prepared, said no country could have coped.",
		[]string{"Shehbaz Sharif: no country could have coped"}},
	{"Shehbaz Sharif, asked by reporters about the floods, said no country could have coped.",
		[]string{"Shehbaz Sharif: no country could have coped"}},
	// the writer's comment on a report after a comma is no part of it
	{"Debretsion Gebremichael told Reuters by text message that federal troops had suffered heavy losses, a claim that could not be verified.",
		[]string{"Debretsion Gebremichael: federal troops had suffered heavy losses"}},
	{"Debretsion Gebremichael said rebels had shelled the town, an allegation denied by the rebels.",
		[]string{"Debretsion Gebremichael: rebels had shelled the town"}},
	// a participle after "the" modifies the body that speaks
	{"The ruling ZANU-PF party said on Twitter that there had been no coup.",
		[]string{"The ruling ZANU-PF party: there had been no coup"}},
	// an appositive with no cue after it is the first report's words
	{"The minister said the talks had failed, but Ana Ruiz, a spokeswoman for the rebels, was not there.",
		[]string{"The minister: the talks had failed, but Ana Ruiz, a spokeswoman for the rebels, was not there"}},
	// a question put to the speaker between commas is not part of
	// the speaker
	{`Mensah, asked whether Accra would close the border again, said: "Not if they keep their word."`,
		[]string{`Mensah: "Not if they keep their word."`}},
	{"The minister, pressed about the delay, said the money would arrive soon.",
		[]string{"The minister: the money would arrive soon"}},
	// a pronoun object of "accused" opens the report with the
	// charge, as a named object does
	{"The United States accuses them of taking more than $150 million in bribes.",
		[]string{"United States: them of taking more than $150 million in bribes"}},
	{"Prosecutors accused the officials of taking more than $2 million in bribes.",
		[]string{"Prosecutors: the officials of taking more than $2 million in bribes"}},
	// a past tense after a modal's clause is the speaker's next act
	{"Prime Minister Tomas Ilic said the assembly would have the final say and asked for calm.",
		[]string{"Tomas Ilic: the assembly would have the final say"}},
	{"The mayor said the city will rebuild the bridge and urged residents to stay home.",
		[]string{"The mayor: the city will rebuild the bridge"}},
	// after ", and" any past tense is the speaker's next act
	{"Lena Varga said the mission would end on Aug. 31, and defended her decision to withdraw.",
		[]string{"Lena Varga: the mission would end on Aug. 31"}},
	{"The governor said the curfew will stay in force, and thanked police for their restraint.",
		[]string{"The governor: the curfew will stay in force"}},
	{"The minister said the army could hold the pass for weeks, and visited the soldiers who defended it.",
		[]string{"The minister: the army could hold the pass for weeks"}},
	{"The mayor said the roads would be cleared, and reopened by Friday.",
		[]string{"The mayor: the roads would be cleared, and reopened by Friday"}},
	// a participle after "be", a perfect, or a past tense in between
	// go on with the report
	{"The mayor said the suspects would be arrested and charged with fraud.",
		[]string{"The mayor: the suspects would be arrested and charged with fraud"}},
	{"The mayor said the troops would leave once the rebels disarmed and returned home.",
		[]string{"The mayor: the troops would leave once the rebels disarmed and returned home"}},
}

func TestFindReports(t *testing.T) {
	for _, tc := range orderedReports {
		qs := Find(newDoc(tc.input))
		var got []string
		for _, q := range qs {
			name := q.Speaker.Name
			if name == "" {
				name = tc.input[q.Speaker.Span.Start:q.Speaker.Span.End]
			}
			got = append(got, name+": "+q.Text)
		}
		if len(got) != len(tc.want) {
			t.Errorf("Find(%q) = %q; want %q", tc.input, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Find(%q) = %q; want %q", tc.input, got, tc.want)
				break
			}
		}
	}
}

// noReportSentences are sentences in which Find must find no report.
var noReportSentences = []string{
	// a relative clause after a request's object is no content
	"After the 2002 elections Okoro asked him to lead the inquiry, which heard testimony from 3,000 witnesses.",
	// a request with a bare "be" asks for something, it reports nothing
	"A father of two of the students, who asked that his name be withheld for fear of reprisals, was at the march.",
	"The lawyer asked that the hearing be postponed until May.",
	// "left-wing" after "the" is no participle that opens a body's description
	"The left-wing New Popular Front alliance, which won the most seats, criticised the choice.",
	// a cue before a path is a verb of sound; "asked for" a thing is a request
	"Explosions echoed across the capital for a fourth night.",
	"The electoral commission had asked for the delay.",
	"The spokesman read the statement aloud.",
}

func TestFindNoReports(t *testing.T) {
	for _, in := range noReportSentences {
		if qs := Find(newDoc(in)); len(qs) != 0 {
			t.Errorf("Find(%q) = %s; want no report", in, describe(qs))
		}
	}
}

// appositiveTests are appositives, abbreviations in a speaker, a time
// before the subject, a report that goes on after its attribution.
var appositiveTests = []struct {
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
		[]want{{"^Tinubu won the vote", Indirect, "the commission", "", KindUnresolved, "said"}}},
	{"said on a day, a noun phrase: the clause before is the report", `Tinubu won the vote, the commission said on Wednesday, the third such result.`,
		[]want{{"^Tinubu won the vote", Indirect, "the commission", "", KindUnresolved, "said"}}},
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
	// a short quoted sentence after a direct quote is a quote too
	{"a three-word sentence after a quote", `"The time for talk is over," Kenyatta said. "We must act."`,
		[]want{{"The time for talk is over", Direct, "Kenyatta", "", KindNamed, "said"}, {"We must act.", Direct, "Kenyatta", "", KindNamed, "said"}}},
	{"a short sentence after an inverted speaker with a relative clause", `"The government has failed," said Tsvangirai, whose party won the most seats. "It must go."`,
		[]want{{"The government has failed", Direct, "Tsvangirai", "", KindNamed, "said"}, {"It must go.", Direct, "Tsvangirai", "", KindNamed, "said"}}},
	// the writer's linking adverb between commas after the cue
	{"said, however, that", `The ministry said, however, that no decision had been taken.`,
		[]want{{"^no decision had been taken", Indirect, "The ministry", "", KindUnresolved, "said"}}},
	{"said, however, and a clause", `Officials said, however, the plan would go ahead.`,
		[]want{{"^the plan would go ahead", Indirect, "Officials", "", KindUnnamed, "said"}}},
	// "according to" a medium after a report: the cue before speaks
	{"said …, according to an agency", `Abbas said Israel was destroying any chance of peace, according to the official WAFA news agency.`,
		[]want{{"^Israel was destroying any chance of peace", Indirect, "Abbas", "", KindNamed, "said"}}},
	{"said a mixed quote, according to an agency", `Abbas said Israel was "destroying any chance of peace," according to WAFA.`,
		[]want{{"^Israel was \"destroying any chance of peace,\"", Mixed, "Abbas", "", KindNamed, "said"}}},
	{"according to a source with no report inside", `Prices rose 5 percent, according to the statistics office.`,
		[]want{{"^Prices rose 5 percent", Indirect, "the statistics office", "", KindDescription, "according to"}}},
	// a retort after a quote
	{"shot back after a quote", `"Then the system is broken," Chong shot back.`,
		[]want{{"Then the system is broken", Direct, "Chong", "", KindNamed, "shot back"}}},
	{"hit back at critics reports no words", `Chong hit back at critics on Monday.`, nil},
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
	// a quotation ending an object cue's object is no report; a cue
	// inside a "that" report is part of it (e.g. Haiti, Kazakhstan)
	{"declared a quoted state of siege is no report", `Joseph declared a two-week "state of siege" on Wednesday after gunmen stormed the residence.`, nil},
	{"declared the vote a quoted sham reports", `Smith declared the vote "a sham" on Monday.`,
		[]want{{"a sham", Mixed, "Smith", "", KindNamed, "declared"}}},
	{"an adverb and a since phrase before that", `Yakubu had said repeatedly since early 2022 that the system would make rigging impossible.`,
		[]want{{"^the system would make rigging impossible", Indirect, "Yakubu", "", KindNamed, "said"}}},
	{"a time ago before that", `Dagalo said two weeks ago that civilian politicians had failed the country.`,
		[]want{{"^civilian politicians had failed", Indirect, "Dagalo", "", KindNamed, "said"}}},
	{"a cue inside a that report", `Putin said on Monday that the alliance had shown it would not allow "colour revolutions" in the region.`,
		[]want{{"^the alliance had shown", Mixed, "Putin", "", KindNamed, "said"}}},
	{"a cue inside a bare report opening with a pronoun", `Yoon said he had declared martial law on December 3 to protect the country from "anti-state forces" in parliament.`,
		[]want{{"^he had declared martial law", Mixed, "Yoon", "", KindNamed, "said"}}},
	// two reports joined by a conjunction
	// a report with an object, then "and told <addressee> that": two reports
	{"praised X and told reporters that", `Maria Brandt praised the army and told reporters that the war was over.`,
		[]want{{"^the army", Indirect, "Maria Brandt", "", KindNamed, "praised"}, {"^the war was over", Indirect, "Maria Brandt", "", KindNamed, "told"}}},
	{"criticised X and assured two words that", `Maria Brandt criticised the deal and assured state television that talks would go on.`,
		[]want{{"^the deal", Indirect, "Maria Brandt", "", KindNamed, "criticised"}, {"^talks would go on", Indirect, "Maria Brandt", "", KindNamed, "assured"}}},
	{"a second report after and", `The agency said it stood ready to help, and the UN's humanitarian office said it was sending a team to Manila.`,
		[]want{{"^it stood ready to help", Indirect, "The agency", "", KindUnresolved, "said"}, {"^it was sending a team", Indirect, "the UN's humanitarian office", "", KindDescription, "said"}}},
	{"a second report after but with a pronoun", `Robley said the crews would watch the roads, but he said he was not too concerned.`,
		[]want{{"^the crews would watch the roads", Indirect, "Robley", "", KindNamed, "said"}, {"^he was not too concerned", Indirect, "Robley", "", KindPronoun, "said"}}},
	{"and that goes on with the report", `The agency said the road was closed, and that officials said nothing about it.`,
		[]want{{"^the road was closed, and that officials said nothing", Indirect, "The agency", "", KindUnresolved, "said"}}},
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

func TestFindAppositives(t *testing.T) {
	for _, tt := range appositiveTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// descriptionTests are titles, descriptions, outlets and naming verbs
// around a speaker.
var descriptionTests = []struct {
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
		// (the coordinated "and said" opens a report of its
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
	{"a nom de guerre in apposition is no title", `Londono, better known by his nom de guerre Timochenko, said he regretted the killings.`,
		[]want{{"^he regretted the killings", Indirect, "Londono", "", KindNamed, "said"}}},
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

func TestFindDescriptions(t *testing.T) {
	for _, tt := range descriptionTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// coordinatedCitedTests are requests, coordinated reports, cited
// documents and parentheticals.
var coordinatedCitedTests = []struct {
	name  string
	input string
	want  []want
}{
	// a request, then a coordinated "and said" with a clause
	{"a request and a coordinated said", `Maliki asked parliament to declare a state of emergency and said the government would arm citizens.`,
		[]want{{"^to declare a state of emergency", Indirect, "Maliki", "", KindNamed, "asked"}, {"^the government would arm citizens", Indirect, "Maliki", "", KindNamed, "said"}}},
	// ("asked donors for help" reports nothing: a request)
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
		[]want{{"^talks would resume", Indirect, "The agency", "", KindUnresolved, "said"}}},
	// an appositive between dashes
	{"a relative clause between em dashes", "Carrie Lam \u2014 who has refused to resign \u2014 said the bill was dead.",
		[]want{{"^the bill was dead", Indirect, "Carrie Lam", "", KindNamed, "said"}}},
	{"a relative clause between double hyphens", `Erdogan -- who has fired three governors -- said rates would fall.`,
		[]want{{"^rates would fall", Indirect, "Erdogan", "", KindNamed, "said"}}},
}

func TestFindCoordinatedAndCited(t *testing.T) {
	for _, tt := range coordinatedCitedTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// trailingTitleTests are trailing attributions with a title, a new
// holder, long relative clauses and requests.
var trailingTitleTests = []struct {
	name  string
	input string
	want  []want
}{
	// a trailing attribution with the title as an appositive before the name
	{"trailing the title, NAME, said", `Police arrested 13 people, the ministry's spokesman, Ali Khan, said.`,
		[]want{{"^Police arrested 13 people", Indirect, "Ali Khan", "ministry's spokesman", KindNamed, "said"}}},
	{"trailing the title, NAME, said on a day", `Police arrested 13 people, the national police chief, Cesar Zapata, said on Tuesday.`,
		[]want{{"^Police arrested 13 people", Indirect, "Cesar Zapata", "national police chief", KindNamed, "said"}}},
	{"trailing title NAME said, no commas", `Police arrested 13 people, police chief Cesar Zapata said.`,
		[]want{{"^Police arrested 13 people", Indirect, "Cesar Zapata", "police chief", KindNamed, "said"}}},
	// "the new president" is who was just sworn in, not a guest
	{"the new president after sworn in as", `Faye was sworn in as president on Tuesday, attended by Nigerian President Bola Tinubu. The new president said he would renegotiate oil contracts.`,
		[]want{{"^he would renegotiate oil contracts", Indirect, "Faye", "", KindDescription, "said"}}},
	{"the new prime minister after was appointed", `Michel Barnier was appointed prime minister on Thursday after talks with Emmanuel Macron. The new prime minister said he would form a government.`,
		[]want{{"^he would form a government", Indirect, "Michel Barnier", "", KindDescription, "said"}}},
	{"the president, no new: the last named", `Faye was sworn in as president on Tuesday, attended by Nigerian President Bola Tinubu. The president said he would renegotiate oil contracts.`,
		[]want{{"^he would renegotiate oil contracts", Indirect, "Bola Tinubu", "Nigerian President", KindDescription, "said"}}},
	// a long relative clause after the subject of a coordinated cue
	{"long relative clause, V1 X and called it", `President Macky Sall, who tried to postpone the vote before the court blocked the move, congratulated Faye and called it "a victory for democracy."`,
		[]want{{"a victory for democracy", Mixed, "Macky Sall", "President", KindNamed, "called"}}},
	// "asked X for help" reports nothing; a naming participle does
	{"asked X for help, calling Y quoted", `President Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help late on Wednesday, calling the protesters "terrorist bands" trained abroad.`,
		[]want{{`^the protesters "terrorist bands" trained abroad`, Mixed, "Kassym-Jomart Tokayev", "President", KindNamed, "calling"}}},
	{"asked X for help", `Tokayev asked the Collective Security Treaty Organization for help.`, nil},
	{"asked X for military assistance", `The government asked its neighbours for military assistance on Monday.`, nil},
	{"asked X whether: a report", `Reporters asked the minister whether the talks had failed.`,
		[]want{{"whether the talks had failed", Indirect, "Reporters", "", KindNamed, "asked"}}},
}

func TestFindTrailingTitles(t *testing.T) {
	for _, tt := range trailingTitleTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// possessedNameTests: a sentence that opens with a possessive, a noun and
// a name ("His ally Yulia Tymoshenko") and reports with its second verb
// has the name for speaker, not the possessive.
var possessedNameTests = []struct {
	name  string
	input string
	want  []want
}{
	{"his ally NAME V and urged", `His ally Yulia Tymoshenko called for a national strike and urged protesters to blockade government buildings.`,
		[]want{{"^protesters to blockade government buildings", Indirect, "Yulia Tymoshenko", "", KindNamed, "urged"}}},
	{"her husband NAME met and said", `Her husband Ahmed Khan met the minister and said the talks had failed.`,
		[]want{{"^the talks had failed", Indirect, "Ahmed Khan", "", KindNamed, "said"}}},
}

func TestFindPossessedNameSubject(t *testing.T) {
	for _, tt := range possessedNameTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// datelineParticipleTests: a participle before a quote reports the
// words of the sentence's subject, never of the dateline's city.
var datelineParticipleTests = []struct {
	name  string
	input string
	want  []want
}{
	{"dateline, NAME V, telling that \"…\"", `LIMA, September 12, 2022 - Ana Torres rejected calls to resign, telling supporters that she had been elected "by the people."`,
		[]want{{"^she had been elected", Mixed, "Ana Torres", "", KindNamed, "telling"}}},
	{"dateline (agency), NAME V, saying \"…\"", `QUITO (Wire) - Ana Torres rejected the report, saying it was "pure fiction."`,
		[]want{{"pure fiction", Mixed, "Ana Torres", "", KindNamed, "saying"}}},
	{"dateline (agency) - \"…,\" NAME vowed", `PRAGUE, August 14, 2002 (Central Daily) - "We will rebuild every house," Mayor Igor Nemec vowed on Wednesday.`,
		[]want{{`"We will rebuild every house,"`, Direct, "Igor Nemec", "Mayor", KindNamed, "vowed"}}},
	{"dateline - \"…,\" NAME said", `DOHA, Nov 19 (Wire) - "This tournament belongs to everyone," Gianni Infantino said.`,
		[]want{{`"This tournament belongs to everyone,"`, Direct, "Gianni Infantino", "", KindNamed, "said"}}},
}

func TestFindDatelineParticiple(t *testing.T) {
	for _, tt := range datelineParticipleTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// namingAfterReportTests: a naming participle whose object a quote
// names ends the report before it and is a report of its own.
var namingAfterReportTests = []struct {
	name  string
	input string
	want  []want
}{
	{"said that …, calling NP \"…\"", `The Kremlin said on Wednesday that it had no role in the blast, calling the accusation "absurd."`,
		[]want{{"^it had no role in the blast", Indirect, "Kremlin", "", KindNamed, "said"}, {"absurd", Mixed, "Kremlin", "", KindNamed, "calling"}}},
	{"said …, branding NP \"…\"", `Smith said he would appeal, branding the ruling "a travesty."`,
		[]want{{"^he would appeal", Indirect, "Smith", "", KindNamed, "said"}, {"a travesty", Mixed, "Smith", "", KindNamed, "branding"}}},
	{"no quote: the naming stays in the report", `Smith said he had no role in the blast, calling the accusation absurd.`,
		[]want{{"^he had no role in the blast, calling the accusation absurd", Indirect, "Smith", "", KindNamed, "said"}}},
}

// TestFindActAfterMixedQuote: a past-tense cue joined by "and" after a
// mixed quote's close, with no quote of its own, is the speaker's next
// act, no part of the report ("and asked the judges to set it aside").
func TestFindActAfterMixedQuote(t *testing.T) {
	checkFind(t, `Defence lawyer Guillermo Fanego said the testimony was "full of contradictions" and asked the judges to set it aside.`,
		[]want{{`the testimony was "full of contradictions"`, Mixed, "Guillermo Fanego", "Defence lawyer", KindNamed, "said"}})
	for _, q := range Find(newDoc(`Fanego said the testimony was "full of contradictions" and asked the judges to set it aside.`)) {
		if strings.Contains(q.Text, "contradictions") && strings.Contains(q.Text, "judges") {
			t.Errorf("content %q holds the act after the quote", q.Text)
		}
	}
}

func TestFindNamingAfterReport(t *testing.T) {
	for _, tt := range namingAfterReportTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// butCueTests: "but" coordinates a second report of the same speaker as
// "and" does.
var butCueTests = []struct {
	name  string
	input string
	want  []want
}{
	{"said that …, but warned that …", `The ministry said on Monday that it was ready to return to talks, but warned that it would not give up enrichment.`,
		[]want{{"^it was ready to return to talks", Indirect, "The ministry", "", KindUnresolved, "said"}, {"^it would not give up enrichment", Indirect, "The ministry", "", KindUnresolved, "warned"}}},
	{"said that … but insisted that …", `Smith said that the talks had failed but insisted that a deal was possible.`,
		[]want{{"^the talks had failed", Indirect, "Smith", "", KindNamed, "said"}, {"^a deal was possible", Indirect, "Smith", "", KindNamed, "insisted"}}},
	{"but that …: one report", `Smith said that the talks had failed, but that a deal was possible.`,
		[]want{{"^the talks had failed, but that a deal was possible", Indirect, "Smith", "", KindNamed, "said"}}},
	{"a quoted word, then but acknowledged that …", `Smith told reporters that the protests had been organised by "mercenaries" paid from abroad but acknowledged that some people had genuine grievances.`,
		[]want{{"^the protests had been organised by \"mercenaries\" paid from abroad", Mixed, "Smith", "", KindNamed, "told"}, {"^some people had genuine grievances", Indirect, "Smith", "", KindNamed, "acknowledged"}}},
	{"a quoted word, then and urged them to …: one report", `The group said that it had declared a "general amnesty" for officials and urged them to return to work.`,
		[]want{{"^it had declared a \"general amnesty\" for officials and urged them to return to work", Mixed, "The group", "", KindUnresolved, "said"}}},
}

func TestFindButCue(t *testing.T) {
	for _, tt := range butCueTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
	// the mixed quote ends before the second report
	d := newDoc(butCueTests[3].input)
	if got := Find(d); len(got) == 0 || strings.Contains(got[0].Text, "acknowledged") {
		t.Errorf("Find(%q)[0] = %s; want it to end before \"but acknowledged\"", d.Text, describe(got))
	}
}

// TestFindConditionCue: a present-tense cue in a clause of condition or
// of a time still to come reports nothing said yet; a past cue there and
// a present cue in a main clause report (e.g. Iran, 2015).
func TestFindConditionCue(t *testing.T) {
	for _, tt := range []struct {
		name  string
		input string
		want  []want
	}{
		{"once the agency confirms", `Sanctions will be lifted once the agency confirms that Tehran has met its commitments.`, nil},
		{"if the minister says", `The talks will resume if the minister says that the army has withdrawn.`, nil},
		{"unless the court rules", `The vote will go ahead unless the court rules that the law is void.`, nil},
		{"a main clause in the present reports", `The agency confirms that Tehran has met its commitments.`,
			[]want{{"^Tehran has met its commitments", Indirect, "The agency", "", KindUnresolved, "confirms"}}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
	// the subject a mention names, after "the"
	in := `Sanctions will be lifted once the International Atomic Energy Agency confirms that Tehran has met its commitments.`
	d := docWithMentions(in, []handMention{{"International Atomic Energy Agency", doc.TypeOrganization, ""}, {"Tehran", doc.TypePlace, ""}})
	checkQuotes(t, d, Find(d), nil)
}

// TestFindAccordingToPeople: a report inside the content of "according
// to" unnamed people is theirs ("Sharif had blamed the army …, according
// to aides"); after an outlet it stays the named person's.
func TestFindAccordingToPeople(t *testing.T) {
	checkFind(t, `Prime Minister Nawaz Sharif had blamed the army for the delay, according to aides.`,
		[]want{{"^Prime Minister Nawaz Sharif had blamed the army", Indirect, "aides", "", KindUnnamed, "according to"}})
	checkFind(t, `Abbas told the council the talks had failed, according to officials.`,
		[]want{{"^Abbas told the council the talks had failed", Indirect, "officials", "", KindUnnamed, "according to"}})
	checkFind(t, `Abbas said the talks had failed, according to WAFA.`,
		[]want{{"^the talks had failed", Indirect, "Abbas", "", KindNamed, "said"}})
}

// TestFindWordsOfAfter: a quote that is a sentence of its own, with no
// cue, is the person's whom the next sentence names as its author
// ("Those were the words of X", "X spoke those words"), a dateline
// before it or not; a sentence naming no person leaves it unresolved.
func TestFindWordsOfAfter(t *testing.T) {
	tests := []struct {
		name, input string
		ms          []handMention
		want        []want
	}{
		{"those were the words of a titled name",
			"\"We will not yield to anyone in this country.\" Those were the words of Prime Minister Ana Petrova on Monday.",
			[]handMention{{"Ana Petrova", doc.TypePerson, "Prime Minister"}},
			[]want{{"^We will not yield", Direct, "Ana Petrova", "Prime Minister", KindNamed, ""}}},
		{"after a dateline",
			"RIGA, May 4, 2010 (Baltic Wire) - \"We will not yield to anyone in this country.\" That was the call of President Ana Petrova, who spoke in Riga.",
			[]handMention{{"Ana Petrova", doc.TypePerson, "President"}},
			[]want{{"^We will not yield", Direct, "Ana Petrova", "President", KindNamed, ""}}},
		{"the speaker spoke those words",
			"\"We will not yield to anyone in this country.\" Prime Minister Ana Petrova spoke those words in a televised address.",
			[]handMention{{"Ana Petrova", doc.TypePerson, "Prime Minister"}},
			[]want{{"^We will not yield", Direct, "Ana Petrova", "Prime Minister", KindNamed, ""}}},
		{"with those words, after an aside",
			"\"We will not yield to anyone in this country.\" With those words, broadcast on radio on Tuesday, Colonel Ivan Sokolov announced the coup.",
			[]handMention{{"Ivan Sokolov", doc.TypePerson, "Colonel"}},
			[]want{{"^We will not yield", Direct, "Ivan Sokolov", "Colonel", KindNamed, ""}}},
		{"the end of something names no speaker",
			"\"We will not yield to anyone in this country.\" That was the end of the war in Riga.",
			[]handMention{{"Riga", doc.TypePlace, ""}},
			[]want{{"^We will not yield", Direct, "", "", KindUnresolved, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWithMentions(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}
