package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of speaker attribution.

// bodyTitleCoordinated are reports coordinated after a first verb whose
// subject is a body, a lower-case title and a name: the name
// speaks, the body with the title is its title.
var bodyTitleCoordinated = []struct {
	name  string
	input string
	want  []want
}{
	{"Army chief Name verb and said", `Army chief Musa Bello toured the camp and said troops would stay.`,
		[]want{{"^troops would stay", Indirect, "Musa Bello", "Army chief", KindNamed, "said"}}},
	{"Police chief Name verb and said", `Police chief Ana Costa visited the scene and said officers would be deployed.`,
		[]want{{"^officers would be deployed", Indirect, "Ana Costa", "Police chief", KindNamed, "said"}}},
	{"body chief Title Name verb and said", `Navy chief Admiral Tomas Ruiz inspected the port and said the fleet was ready.`,
		[]want{{"^the fleet was ready", Indirect, "Tomas Ruiz", "Navy chief Admiral", KindNamed, "said"}}},
}

// TestFindAdjectiveAside: an adjective phrase of allegiance set off
// between commas after the subject ("The information ministry, still
// loyal to Hamdok, said") belongs to the subject, as a relative clause
// does (e.g. Sudan).
func TestFindAdjectiveAside(t *testing.T) {
	checkFind(t, `The information ministry, still loyal to Hamdok, said on Facebook that the prime minister had been taken away.`,
		[]want{{"^the prime minister had been taken away", Indirect, "The information ministry", "", KindDescription, "said"}})
	checkFind(t, `General Ahmed, loyal to the army chief, told reporters the curfew would stay.`,
		[]want{{"^the curfew would stay", Indirect, "Ahmed", "General", KindNamed, "told"}})
}

// TestFindInvertedTitleEmployer: the title after an inverted speaker
// keeps "at" with the employer ("an auto analyst at Daewoo Securities")
// but not a time, and ends before a participle's clause ("a taxi driver
// waiting outside a supermarket").
func TestFindInvertedTitleEmployer(t *testing.T) {
	for _, tc := range []struct{ in, title string }{
		{`"Recalls hurt a brand," said Park Sung-jin, an auto analyst at Daewoo Securities.`, "auto analyst at Daewoo Securities"},
		{`"It was a liability dump," said Kevin Barrett, a lawyer at Bailey & Glasser.`, "lawyer at Bailey & Glasser"},
		{`"It was a good night," said Ana Ruiz, a party organiser at Monday's rally.`, "party organiser"},
		{`"The shelves are empty," said Jose Ramirez, 54, a taxi driver waiting outside a supermarket.`, "taxi driver"},
		{`"We need budgets," said Ana Ruiz, head of marketing at Acme.`, "head of marketing at Acme"},
	} {
		qs := Find(newDoc(tc.in))
		if len(qs) != 1 || qs[0].Speaker.Title != tc.title {
			t.Errorf("Find(%q) = %+v; want one quote, title %q", tc.in, qs, tc.title)
		}
	}
}

// TestFindAnswerNotQuestioner: "he said" after an unnamed reporter's
// question is the one who answers, not the reporter.
func TestFindAnswerNotQuestioner(t *testing.T) {
	checkFind(t, `"We will decide when the time is right," Erdogan said. A reporter asked if Washington had been consulted. "Our friends know our position," he said.`,
		[]want{{"We will decide", Direct, "Erdogan", "", KindNamed, "said"}, {"^if Washington had been consulted", Indirect, "A reporter", "", KindUnnamed, "asked"}, {"Our friends know", Direct, "Erdogan", "", KindPronoun, "said"}})
	checkFind(t, `"We will decide," Erdogan said. A reporter said police had fired on the crowd. "They came from nowhere," he said.`,
		[]want{{"We will decide", Direct, "Erdogan", "", KindNamed, "said"}, {"^police had fired on the crowd", Indirect, "A reporter", "", KindUnnamed, "said"}, {"They came from nowhere", Direct, "A reporter", "", KindUnnamed, "said"}})
}

// TestTitleToCarry: a phrase a preposition or relative word opens is no
// title to give a later quote.
func TestTitleToCarry(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Socialist leader", true}, {"chief executive", true}, {"", false},
		{"at Monday's debate", false}, {"whose candidacy was founded", false},
	} {
		if got := titleToCarry(tc.title); got != tc.want {
			t.Errorf("titleToCarry(%q) = %v; want %v", tc.title, got, tc.want)
		}
	}
}

// TestFindRelativeClauseObject: a name inside a relative clause
// without commas ("Farmers who backed President Evo Morales for 14
// years say") is the clause's object; the speaker is the antecedent,
// even one the finder takes for a name (a capitalised first word).
func TestFindRelativeClauseObject(t *testing.T) {
	checkFind(t, `Farmers who backed President Evo Morales for 14 years say they feel abandoned.`,
		[]want{{"^they feel abandoned", Indirect, "Farmers", "", KindNamed, "say"}})
	checkFind(t, `Residents who met President Evo Morales said they felt abandoned.`,
		[]want{{"^they felt abandoned", Indirect, "Residents who met President Evo Morales", "", KindUnnamed, "said"}})
}

// TestFindRelativeClauseEndsWithName: a relative clause set off after
// its subject that ends with a name in apposition ("which accuses
// Somchai of being a puppet of his brother-in-law, former Prime
// Minister Thaksin Shinawatra,") leaves the antecedent the speaker of
// the main verb (e.g. Thailand); a title and its name between commas
// stay the speaker.
func TestFindRelativeClauseEndsWithName(t *testing.T) {
	checkFind(t, `Hamas, which accuses Abbas of being a puppet of his ally, Prime Minister Ehud Olmert, said it would end the truce.`,
		[]want{{"^Abbas of being a puppet", Indirect, "Hamas", "", KindPronoun, "accuses"},
			{"^it would end the truce", Indirect, "Hamas", "", KindNamed, "said"}})
	checkFind(t, `The council leader, Peter Thompson, said the road would close.`,
		[]want{{"^the road would close", Indirect, "Peter Thompson", "council leader", KindNamed, "said"}})
}

// TestFindTitleBeforeAside: a relative clause with no comma before
// "who" between a description and an apposed name is no title (the noun
// before "who" is, when it names an office or trade), and a gloss of the
// body in an office ("the chairman of X, the Y parliament,") leaves the
// office the title.
func TestFindTitleBeforeAside(t *testing.T) {
	for _, c := range []struct{ text, name, title string }{
		{`"They came at night," a farmer who gave only his first name, Musa, said by telephone.`, "Musa", "farmer"},
		{`"We heard shooting," a neighbour who gave only his first name, Jean, said.`, "Jean", ""},
		{`A woman who would give only her first name, Yanelis, said the shops were empty.`, "Yanelis", ""},
		{`The speaker of the Majlis, the Iranian parliament, Mohammad Ghalibaf, said the vote would go ahead.`, "Mohammad Ghalibaf", "speaker of the Majlis"},
		{`The leader of the Renamo movement, the main opposition party, Ossufo Momade, said the talks had failed.`, "Ossufo Momade", "leader of the Renamo movement"},
		{`Tehran's envoy, the deputy foreign minister, Ali Bagheri, said the talks had failed.`, "Ali Bagheri", "deputy foreign minister"},
	} {
		qs := Find(newDoc(c.text))
		if len(qs) != 1 || qs[0].Speaker.Name != c.name || qs[0].Speaker.Title != c.title {
			t.Errorf("%s\n got %+v, want speaker %q title %q", c.text, qs, c.name, c.title)
		}
	}
}

// TestFindNamesJoined: names joined by "and" opening a clause speak
// together through a verb coordinated with the cue ("Atiku and Obi
// have rejected the outcome and said"), not the first alone (e.g. Nigeria).
func TestFindNamesJoined(t *testing.T) {
	checkFind(t, `Atiku and Obi have rejected the outcome and said they would challenge it in court.`,
		[]want{{"^they would challenge it in court", Indirect, "Atiku and Obi", "", KindNamed, "said"}})
	checkFind(t, `Atiku visited Obi and said they would challenge it in court.`,
		[]want{{"^they would challenge it in court", Indirect, "Atiku", "", KindNamed, "said"}})
}

// TestFindNamesAppositive: names joined by "and" before an appositive
// between commas ("Mali and Burkina Faso, both ruled by soldiers since
// coups in 2021 and 2022, warned") speak together; the appositive
// describes the group and is no title of the last name (e.g. Niger).
func TestFindNamesAppositive(t *testing.T) {
	checkFind(t, `Mali and Burkina Faso, both ruled by soldiers since coups in 2021 and 2022, warned that any intervention would be a declaration of war.`,
		[]want{{"^any intervention would be", Indirect, "Mali and Burkina Faso", "", KindNamed, "warned"}})
	checkFind(t, `John Smith and Ann Lee, both former ministers, said the vote was rigged.`,
		[]want{{"^the vote was rigged", Indirect, "John Smith and Ann Lee", "", KindNamed, "said"}})
	checkFind(t, `Ann Lee, a former minister, said the vote was rigged.`,
		[]want{{"^the vote was rigged", Indirect, "Ann Lee", "former minister", KindNamed, "said"}})
}

func TestFindBodyTitleCoordinated(t *testing.T) {
	for _, tt := range bodyTitleCoordinated {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// countryTitleCoordinated are reports coordinated after a first verb whose
// subject is a country, a title with "of" inside and a name:
// the name speaks, the country and the title are its title.
var countryTitleCoordinated = []struct {
	name  string
	input string
	want  []want
}{
	{"Country Secretary of State Name verb and said", `U.S. Secretary of State Maria Brandt arrived in Lagos and said the two leaders must share power.`,
		[]want{{"^the two leaders must share power", Indirect, "Maria Brandt", "U.S. Secretary of State", KindNamed, "said"}}},
	{"Country Minister of Foreign Affairs Name verb and urged", `French Minister of Foreign Affairs Paul Girard visited Kenya last week and urged both sides to talk.`,
		[]want{{"^both sides to talk", Indirect, "Paul Girard", "French Minister of Foreign Affairs", KindNamed, "urged"}}},
	{"Chief of Staff Name verb and said", `White House Chief of Staff Tom Reilly left the meeting and said no deal was close.`,
		[]want{{"^no deal was close", Indirect, "Tom Reilly", "White House Chief of Staff", KindNamed, "said"}}},
}

func TestFindCountryTitleCoordinated(t *testing.T) {
	for _, tt := range countryTitleCoordinated {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// timeLedCoordinated are reports coordinated after a first verb in a
// clause that a time phrase opens with no comma after it: the subject
// after the time phrase speaks, not its first word.
var timeLedCoordinated = []struct {
	name  string
	input string
	want  []want
}{
	{"On Weekday Name verb and told", `On Monday Maria Brandt defended the police and told reporters that there would be no revolution.`,
		[]want{{"^there would be no revolution", Indirect, "Maria Brandt", "", KindNamed, "told"}}},
	{"Last week Name verb and said", `Last week Maria Brandt met the envoy and said peace would come.`,
		[]want{{"^peace would come", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
}

func TestFindTimeLedCoordinated(t *testing.T) {
	for _, tt := range timeLedCoordinated {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"This month pronoun verb and said", `Ibrahim Kone spoke on Thursday. This month he met the envoy and said peace would come.`,
			people("Ibrahim Kone"), []want{{"^peace would come", Indirect, "Ibrahim Kone", "", KindPronoun, "said"}}},
		{"Last week pronoun said", `Ibrahim Kone spoke on Thursday. Last week he said peace would come.`,
			people("Ibrahim Kone"), []want{{"^peace would come", Indirect, "Ibrahim Kone", "", KindPronoun, "said"}}},
		{"Earlier pronoun said", `Ibrahim Kone spoke on Thursday. Earlier he said peace would come.`,
			people("Ibrahim Kone"), []want{{"^peace would come", Indirect, "Ibrahim Kone", "", KindPronoun, "said"}}},
	})
}

// scareQuoteTests: a quoted word in the speaker's relative clause
// ("who called the plan "historic"", "whose "Abenomics" programme") is
// no part of the report after it: the main clause's "said" still
// reports, by the name before the clause.
var scareQuoteTests = []struct {
	name  string
	input string
	want  []want
}{
	{"who called X quoted, said", `Maria Brandt, who called the plan "historic", said the economy had escaped deflation.`,
		[]want{{`"historic"`, Mixed, "Maria Brandt", "", KindPronoun, "called"},
			{"^the economy had escaped deflation", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"whose quoted nickname, said", `Maria Brandt, whose "Brandtonomics" programme launched the easing, said the economy had escaped deflation.`,
		[]want{{"^the economy had escaped deflation", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"whose quoted nickname, verb and said", `Maria Brandt, whose "Brandtonomics" programme launched the easing in 2013, welcomed the decision and said the economy had escaped deflation.`,
		[]want{{"^the economy had escaped deflation", Indirect, "Maria Brandt", "", KindNamed, "said"}}},
	{"whose quoted nickname, verb and said a mixed quote", `Former Prime Minister Maria Brandt, whose "Brandtonomics" programme launched the easing in 2013, welcomed the decision and said the economy had "finally escaped deflation."`,
		[]want{{"^the economy had", Mixed, "Maria Brandt", "Former Prime Minister", KindNamed, "said"}}},
}

func TestFindScareQuotes(t *testing.T) {
	for _, tt := range scareQuoteTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// participleTests: a participle clause set off after the speaker's name
// describes the speaker but is no title; an appositive with
// a title, or a participle used as a title's adjective, still is.
var participleTests = []struct {
	name  string
	input string
	want  []want
}{
	{"past participle with by", `Petrov, barred by the constitution from a third consecutive term, said he would accept the post.`,
		[]want{{"^he would accept the post", Indirect, "Petrov", "", KindNamed, "said"}}},
	{"past participle with in", `Petrov, elected in 2019, said talks had failed.`,
		[]want{{"^talks had failed", Indirect, "Petrov", "", KindNamed, "said"}}},
	{"present participle with an object", `Petrov, addressing supporters the same day, said the opposition had failed.`,
		[]want{{"^the opposition had failed", Indirect, "Petrov", "", KindNamed, "said"}}},
	{"a title with an -ing word", `Petrov, managing director of the port, said talks had failed.`,
		[]want{{"^talks had failed", Indirect, "Petrov", "managing director of the port", KindNamed, "said"}}},
	{"a title with an -ed adjective", `Petrov, a retired general, said talks had failed.`,
		[]want{{"^talks had failed", Indirect, "Petrov", "retired general", KindNamed, "said"}}},
}

func TestFindParticiples(t *testing.T) {
	for _, tt := range participleTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// With the mentions layer, an organisation's name that holds lower-case
// words is the speaker whole, and an acronym in brackets after it links
// it.
func TestFindOrganisationNamesWithMentions(t *testing.T) {
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
			[]want{{"^the deal was fair", Indirect, "The government", "", KindUnresolved, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindBothSidesPair: "both sides" is the last pair of parties
// joined by "and", not the last two of a longer list ("Armenia,
// Azerbaijan and Russia signed a deal": no two sides named).
func TestFindBothSidesPair(t *testing.T) {
	am := []mentionMark{{"Armenia", doc.TypeCountry, "ARM", "Armenia"}, {"Azerbaijan", doc.TypeCountry, "AZE", "Azerbaijan"}, {"Russia", doc.TypeCountry, "RUS", "Russia"}}
	tests := []mentionQuoteCase{
		{"a pair", `Armenia and Azerbaijan fought for six weeks. At least 1,300 people were killed, according to tallies released by both sides.`,
			am[:2], []want{{"^At least 1,300 people were killed", Indirect, "Armenia and Azerbaijan", "", KindDescription, "according to"}}},
		{"a list of three", `Armenia, Azerbaijan and Russia signed a deal. At least 1,300 people were killed, according to tallies released by both sides.`,
			am, []want{{"^At least 1,300 people were killed", Indirect, "both sides", "", KindDescription, "according to"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindInvertedIndefinite: an inverted cue before an indefinite
// person of a crowd ("said a protester at the compound") names an
// unnamed source, like "said a spokesman" (e.g. Sri Lanka).
func TestFindInvertedIndefinite(t *testing.T) {
	for _, tc := range []struct{ in, name string }{
		{`"We want both of them to go home," said a protester at the compound, who asked not to be named.`, "a protester"},
		{`"We want both of them to go home," said a protester.`, "a protester"},
		{`"The army fired first," said one villager.`, "one villager"},
		{`"We want them to go," a protester said.`, "a protester"},
		// a person noun with modifiers, an "of" phrase or a clause after
		// it: the description up to the clause
		{`"Today we can hold our heads up," said a 67-year-old shopkeeper who had closed his store.`, "a 67-year-old shopkeeper"},
		{`"The water came at night and took everything," said a farmer sheltering on a raised highway.`, "a farmer"},
		{`"The soldiers came at dawn and burned the houses," said a mother of three who walked for nine days.`, "a mother of three"},
		{`"Nobody knows what is happening in the city," said a bank clerk.`, "a bank clerk"},
	} {
		qs := Find(newDoc(tc.in))
		if len(qs) != 1 || qs[0].Speaker.Kind != KindUnnamed || qs[0].Speaker.Name != tc.name {
			t.Errorf("Find(%q) = %s; want one quote by unnamed %q", tc.in, describe(qs), tc.name)
		}
	}
}

// TestFindDatelineNoSubject: a quote with no cue after the
// dateline's sentence is not the dateline city's.
func TestFindDatelineNoSubject(t *testing.T) {
	for _, tc := range []struct{ in, name string }{
		{"COLOMBO, July 13, 2022 (Reuters) - Protesters stormed the office.\n\n\"We want both of them to go home.\"", ""},
	} {
		qs := Find(newDoc(tc.in))
		if len(qs) != 1 || qs[0].Speaker.Name != tc.name {
			t.Errorf("Find(%q) = %s; want one quote by %q", tc.in, describe(qs), tc.name)
		}
	}
}

// TestFindLongTitle: a title before a name keeps a capitalised
// participle that opens the body it names ("Armed Forces chief"), not
// just the words after it.
func TestFindLongTitle(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"capitalised participle",
			`"We will win," Armed Forces chief Gen. Eduardo Ano said.`,
			people("Eduardo Ano"),
			[]want{{"We will win", Direct, "Eduardo Ano", "Armed Forces chief Gen.", KindNamed, "said"}}},
	})
}

// TestFindPortfolioList: a title naming a list of portfolios parted
// by commas ("Minister for Political, Legal and Security Affairs") is
// one title before the name, not a name that starts at the last comma.
func TestFindPortfolioList(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"portfolio list",
			`"It is fine," Coordinating Minister for Political, Legal and Security Affairs Wiranto said.`,
			people("Wiranto"),
			[]want{{"It is fine", Direct, "Wiranto", "Coordinating Minister for Political, Legal and Security Affairs", KindNamed, "said"}}},
		{"names after a title and a comma stay apart",
			`"It is fine," Minister for Trade, John Smith and Mary Jones said.`,
			people("John Smith", "Mary Jones"),
			[]want{{"It is fine", Direct, "John Smith and Mary Jones", "", KindNamed, "said"}}},
	})
}

// TestFindTitledPersonOfBody: a titled person mention, then "of
// the" and a body, speaks as the person, not as the body at the end
// ("Opposition leader Lee Jae-myung of the Democratic Party said"; e.g. South
// Korea).
func TestFindTitledPersonOfBody(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"title, person, of the party",
			`Opposition leader Lee Jae-myung of the Democratic Party said the plan was humiliating.`,
			people("Lee Jae-myung"),
			[]want{{"^the plan was humiliating", Indirect, "Lee Jae-myung", "Opposition leader", KindNamed, "said"}}},
		{"senator, person, of the party",
			`Senator Paloma Valencia of the Democratic Centre party said the deal was a mistake.`,
			people("Paloma Valencia"),
			[]want{{"^the deal was a mistake", Indirect, "Paloma Valencia", "Senator", KindNamed, "said"}}},
	})
}

// TestFindPortfolioFor: a title with a portfolio after "for"
// before a name ("Emirati Minister of State for Foreign Affairs Anwar
// Gargash said") speaks as the name; the report was lost or given to
// "Emirati Minister" (e.g. Qatar).
func TestFindPortfolioFor(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"minister of state for",
			`Emirati Minister of State for Foreign Affairs Anwar Gargash said on Twitter that Qatar had to change its policies.`,
			people("Anwar Gargash"),
			[]want{{"^Qatar had to change its policies", Indirect, "Anwar Gargash", "Emirati Minister of State for Foreign Affairs", KindNamed, "said"}}},
		{"minister for",
			`Minister for Foreign Affairs Anwar Gargash said Qatar had to change its policies.`,
			people("Anwar Gargash"),
			[]want{{"^Qatar had to change its policies", Indirect, "Anwar Gargash", "Minister for Foreign Affairs", KindNamed, "said"}}},
		{"spokesman for a name stays unnamed",
			`A spokesman for Clinton said the plan was dead.`,
			nil,
			[]want{{"^the plan was dead", Indirect, "A spokesman for Clinton", "", KindUnnamed, "said"}}},
	})
}

// TestFindBodyInCity: an indefinite body placed in a city with a
// determiner in its name ("An international tribunal in The Hague
// ruled") speaks as the whole phrase, an unnamed source; it spoke as
// "Hague" (e.g. Philippines).
func TestFindBodyInCity(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"tribunal in The Hague",
			`An international tribunal in The Hague ruled that the claims had no legal basis.`,
			nil,
			[]want{{"^the claims had no legal basis", Indirect, "An international tribunal in The Hague", "", KindUnnamed, "ruled"}}},
	})
}

// TestFindContrastAfterQuote: a quote's closing comma followed by
// "while", "whereas" or "but" opens another clause: its subject is no
// attribution of the quote, and a mixed quote ends at its mark (e.g. Bolivia,
// Russia's Foreign Ministry quoted as Trump). Without a subject
// of its own the clause goes on the quote's ("but pledged to …").
func TestFindContrastAfterQuote(t *testing.T) {
	for _, tc := range []struct{ in, quote, speaker string }{
		{`The Foreign Ministry said the violence "resembled a well-orchestrated coup," while President Donald Trump praised the army.`,
			`the violence "resembled a well-orchestrated coup,"`, "Foreign Ministry"},
		{`The Foreign Ministry said the vote was "a farce", whereas President Donald Trump praised the army.`,
			`the vote was "a farce"`, "Foreign Ministry"},
		{`The Foreign Ministry said they want "justice for Terrence," but pledged to remain civil.`,
			`they want "justice for Terrence," but pledged to remain civil`, "Foreign Ministry"},
		{`"It was a coup," but President Donald Trump praised the army.`,
			`"It was a coup,"`, ""},
	} {
		d := newDoc(tc.in)
		markMention(d, "Donald Trump", doc.TypePerson, "", "", "")
		markMention(d, "Foreign Ministry", doc.TypeOrganization, "", "", "")
		d.Fill(doc.LayerMentions)
		var got *doc.Quote
		qs := Find(d)
		for i := range qs {
			if strings.Contains(qs[i].Text, `"`) {
				got = &qs[i]
			}
		}
		if tc.speaker == "" {
			if got != nil && strings.Contains(got.Speaker.Name, "Trump") {
				t.Errorf("Find(%q): quote attributed to %q; want no attribution to Trump", tc.in, got.Speaker.Name)
			}
			continue
		}
		if got == nil || got.Text != tc.quote || !strings.Contains(got.Speaker.Name, tc.speaker) {
			t.Errorf("Find(%q) = %s; want %q by %s", tc.in, describe(qs), tc.quote, tc.speaker)
		}
	}
}

// TestFindDescribedAfterCue: after an inverted cue, a description that
// opens with a common noun, then a comma and a name, is the name's title
// ("said a spokesperson for the Ministry of Defence, Jon Smith").
func TestFindDescribedAfterCue(t *testing.T) {
	for _, tt := range []struct {
		name  string
		input string
		want  []want
	}{
		{"said a N for the Org, Name", `"We are ready," said a spokesperson for the Ministry of Defence, Jon Smith.`,
			[]want{{"We are ready", Direct, "Jon Smith", "spokesperson for the Ministry of Defence", KindNamed, "said"}}},
		{"said the N for the Org, Name", `"We are ready," said the spokesman for the Ministry of Defence, Jon Smith.`,
			[]want{{"We are ready", Direct, "Jon Smith", "spokesman for the Ministry of Defence", KindNamed, "said"}}},
		{"said a ministry N, Name", `"We are ready," said a ministry spokesman, Jon Smith.`,
			[]want{{"We are ready", Direct, "Jon Smith", "ministry spokesman", KindNamed, "said"}}},
		{"said the head of Org, Name", `"We are ready," said the head of the Bundesbank, Joachim Nagel.`,
			[]want{{"We are ready", Direct, "Joachim Nagel", "head of the Bundesbank", KindNamed, "said"}}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindTitledSubjectBefore: "he" after a sentence that opens with a
// person under a title with punctuation ("U.N. Secretary-General Ban
// Ki-moon welcomed …. He said") is that person, not the speaker before
// (e.g. Ivory Coast).
func TestFindTitledSubjectBefore(t *testing.T) {
	tests := []struct {
		name, input string
		ms          []handMention
		want        []want
	}{
		{"an abbreviated, hyphenated title before the subject",
			"\"We must begin a new era,\" Ouattara said.\n\nU.N. Secretary-General Ban Ki-moon welcomed the arrest. He said the mission would protect civilians.",
			[]handMention{{"Ouattara", doc.TypePerson, ""}, {"U.N.", doc.TypeOrganization, ""}, {"Ban Ki-moon", doc.TypePerson, "U.N. Secretary-General"}},
			[]want{{"We must begin", Direct, "Ouattara", "", KindNamed, "said"},
				{"^the mission would protect", Indirect, "Ban Ki-moon", "U.N. Secretary-General", KindPronoun, "said"}}},
		{"a hyphenated title before the subject",
			"\"We must begin a new era,\" Ouattara said.\n\nDeputy Vice-President Jon Smith welcomed the arrest. He said the mission would protect civilians.",
			[]handMention{{"Ouattara", doc.TypePerson, ""}, {"Jon Smith", doc.TypePerson, "Deputy Vice-President"}},
			[]want{{"We must begin", Direct, "Ouattara", "", KindNamed, "said"},
				{"^the mission would protect", Indirect, "Jon Smith", "Deputy Vice-President", KindPronoun, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWithMentions(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}

// TestFindSubjectOfOpeningReport: "he" after a sentence whose report
// opens it and is attributed at its end to people "he" cannot stand for
// ("Shafik left …, airport officials said. He had said …") is the
// report's subject, not an earlier speaker; a report of "he" or
// of a named person keeps its speaker.
func TestFindSubjectOfOpeningReport(t *testing.T) {
	tests := []struct {
		name, input string
		ms          []handMention
		want        []want
	}{
		{"officials at the end",
			"\"We won,\" Morsi said. Shafik left for the Emirates on Tuesday, airport officials said. He had said on Monday that he would help the new president.",
			[]handMention{{"Morsi", doc.TypePerson, ""}, {"Shafik", doc.TypePerson, ""}},
			[]want{{"We won", Direct, "Morsi", "", KindNamed, "said"},
				{"^Shafik left", Indirect, "airport officials", "", KindUnnamed, "said"},
				{"^he would help", Indirect, "Shafik", "", KindPronoun, "said"}}},
		{"a named speaker at the end keeps the pronoun",
			"\"We won,\" Morsi said. Shafik left for the Emirates on Tuesday, Morsi said. He added that the vote was fair.",
			[]handMention{{"Morsi", doc.TypePerson, ""}, {"Shafik", doc.TypePerson, ""}, {"Morsi", doc.TypePerson, ""}},
			[]want{{"We won", Direct, "Morsi", "", KindNamed, "said"},
				{"^Shafik left", Indirect, "Morsi", "", KindNamed, "said"},
				{"^the vote was fair", Indirect, "Morsi", "", KindPronoun, "added"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWithMentions(tt.input, tt.ms)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}

// TestFindOrgOfTitleName: a run that opens with "<Organisation> of …"
// and ends in a title and a name ("Organization of American States
// Secretary General Luis Almagro urged") names the titled person; the
// organisation is the title's (e.g. Peru). A body named alone stays
// whole.
func TestFindOrgOfTitleName(t *testing.T) {
	checkFind(t, `Organization of American States Secretary General Luis Almagro said Peruvians must respect the constitutional order.`,
		[]want{{"^Peruvians must respect", Indirect, "Luis Almagro", "Organization of American States Secretary General", KindNamed, "said"}})
	checkFind(t, `The Ministry of Foreign Affairs said it was ready to talk.`,
		[]want{{"^it was ready to talk", Indirect, "Ministry of Foreign Affairs", "", KindNamed, "said"}})
}

// TestFindAsideWithAmount: an amount in the aside between the subject
// and its cue ("China, which financed a $1.4 billion port, said") is no
// clause boundary; the subject speaks and the aside is no quote.
func TestFindAsideWithAmount(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []want
	}{
		{"dollar sign in a which clause", `China, which financed a $1.4 billion port city project in Colombo, said it hoped the new government would let work resume.`,
			[]want{{"^it hoped the new government", Indirect, "China", "", KindNamed, "said"}}},
		{"euro sign", `The bank, which lent €5 million, said work would resume.`,
			[]want{{"^work would resume", Indirect, "The bank", "", KindUnresolved, "said"}}},
		{"percent in a who clause", `Smith, who won 52% of the vote, said the count was fair.`,
			[]want{{"^the count was fair", Indirect, "Smith", "", KindNamed, "said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindOfficeOverRank: an office set off before a name outranks the
// military rank written before the name, for the mentions layer's title
// too and for a later quote of the same person ("Thailand's army chief,
// General X, said … X said"); a rank alone stays the title.
func TestFindOfficeOverRank(t *testing.T) {
	text := `Thailand's army chief, General Prayuth Chan-ocha, said the military had seized power. "We will restore order," Prayuth said.`
	d := newDoc(text)
	markMention(d, "Prayuth Chan-ocha", doc.TypePerson, "person.prayuth", "Prayuth Chan-ocha", "General")
	s := strings.LastIndex(text, "Prayuth")
	d.Entities[0].Mentions = append(d.Entities[0].Mentions, len(d.Mentions))
	d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len("Prayuth")}, Text: "Prayuth", Type: doc.TypePerson, KBID: "person.prayuth", Entity: 0, Title: "General", Role: -1})
	d.Fill(doc.LayerMentions)
	checkQuotes(t, d, Find(d), []want{
		{"the military had seized power", Indirect, "Prayuth Chan-ocha", "Thailand's army chief", KindNamed, "said"},
		{"We will restore order", Direct, "Prayuth Chan-ocha", "Thailand's army chief", KindNamed, "said"},
	})
	for _, tc := range []struct{ title string }{{"General"}, {"Major General"}, {"Lt. Col."}, {"Rear Admiral"}} {
		if !rankOnly(tc.title) {
			t.Errorf("rankOnly(%q) = false; want true", tc.title)
		}
	}
	for _, tc := range []struct{ title string }{{"army chief"}, {"chief of the general staff"}, {"Attorney General"}, {"spokesman"}, {"Air"}} {
		if rankOnly(tc.title) {
			t.Errorf("rankOnly(%q) = true; want false", tc.title)
		}
	}
	checkFind(t, `The army rejected the report. Its spokesman, Major General Chris Olukolade, said troops were searching the forest.`,
		[]want{{"troops were searching", Indirect, "Chris Olukolade", "spokesman", KindNamed, "said"}})
	checkFind(t, `General Chris Olukolade said troops were searching the forest.`,
		[]want{{"troops were searching", Indirect, "Chris Olukolade", "General", KindNamed, "said"}})
}

// TestFindInvertedRelativeNoTitle: "said X, whose …" gives X no title
// from the relative clause.
func TestFindInvertedRelativeNoTitle(t *testing.T) {
	checkFind(t, `"They told us to wait," said Enoch Mark, whose two daughters were taken from the school.`,
		[]want{{"They told us to wait", Direct, "Enoch Mark", "", KindNamed, "said"}})
}

// TestFindRepresentativeTitle: "A spokesman for the United Nations
// secretary general, X, said" titles X the spokesman, though the
// mentions layer gave X the principal's title; a body described after
// the title ("…, a consultancy in Rio,") is no part of it.
func TestFindRepresentativeTitle(t *testing.T) {
	text := `A spokesman for the United Nations secretary general, Stephane Dujarric, said the world body was concerned.`
	d := newDoc(text)
	markMention(d, "Stephane Dujarric", doc.TypePerson, "person.dujarric", "Stephane Dujarric", "United Nations secretary general")
	d.Fill(doc.LayerMentions)
	checkQuotes(t, d, Find(d), []want{{"the world body was concerned", Indirect, "Stephane Dujarric", "spokesman for the United Nations secretary general", KindNamed, "said"}})
	checkFind(t, `Adriano Pires, director of the Brazilian Infrastructure Centre, a consultancy in Rio, said the costs were unknown.`,
		[]want{{"the costs were unknown", Indirect, "Adriano Pires", "director of the Brazilian Infrastructure Centre", KindNamed, "said"}})
	checkFind(t, `John Smith, director of the centre, a former diplomat, said the costs were unknown.`,
		[]want{{"the costs were unknown", Indirect, "John Smith", "director of the centre, a former diplomat", KindNamed, "said"}})
}

// TestFindTitleBeforeEarlierMention: a speaker with no title takes the
// title words written before an earlier mention of the person that the
// mentions layer left without a title.
func TestFindTitleBeforeEarlierMention(t *testing.T) {
	text := `Opposition leader Mmusi Maimane, whose party had called for early elections, was not satisfied. "Zuma was only ever a symptom," Maimane said.`
	d := newDoc(text)
	markMention(d, "Mmusi Maimane", doc.TypePerson, "person.maimane", "Mmusi Maimane", "")
	s := strings.LastIndex(text, "Maimane")
	d.Entities[0].Mentions = append(d.Entities[0].Mentions, len(d.Mentions))
	d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len("Maimane")}, Text: "Maimane", Type: doc.TypePerson, KBID: "person.maimane", Entity: 0, Role: -1})
	d.Fill(doc.LayerMentions)
	checkQuotes(t, d, Find(d), []want{{"Zuma was only ever a symptom", Direct, "Mmusi Maimane", "Opposition leader", KindNamed, "said"}})
}

// TestFindAddedGoesOn: "He added" goes on from the last speaker, not
// from a person the text only mentioned since.
func TestFindAddedGoesOn(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{{"added after another person named",
		`Lula told reporters that Brazil would not bow to pressure. Chavez, who was standing beside him, nodded. He added that the summit had been a success.`,
		[]mentionMark{{"Lula", doc.TypePerson, "person.lula", "Lula"}, {"Brazil", doc.TypeCountry, "", ""}, {"Chavez", doc.TypePerson, "person.chavez", "Chavez"}},
		[]want{{"Brazil would not bow", Indirect, "Lula", "", KindNamed, "told"}, {"the summit had been a success", Indirect, "Lula", "", KindPronoun, "added"}}}})
}

// TestFindInvertedPossessiveTitle: "said X, UNICEF's executive
// director" titles X with the possessive name and the office.
func TestFindInvertedPossessiveTitle(t *testing.T) {
	checkFind(t, `"Children are dying," said Catherine Russell, UNICEF's executive director.`,
		[]want{{"Children are dying", Direct, "Catherine Russell", "UNICEF's executive director", KindNamed, "said"}})
}

// TestFindHonorificTakesEarlierOffice: a name after a courtesy title
// ("Ms Rehman") is titled with the office an earlier mention of the same
// person gives; with none, the honorific stays.
func TestFindHonorificTakesEarlierOffice(t *testing.T) {
	for _, tc := range []struct{ office, title string }{
		{"climate change minister", "climate change minister"},
		{"", "Ms"},
	} {
		text := `Sherry Rehman spoke on Tuesday. "It is one big ocean, there is no dry land," Ms Rehman told Turkish television.`
		d := newDoc(text)
		markMention(d, "Sherry Rehman", doc.TypePerson, "person.sherry-rehman", "Sherry Rehman", tc.office)
		s := strings.Index(text, "Rehman told")
		d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len("Rehman")}, Text: "Rehman", Type: doc.TypePerson, KBID: "person.sherry-rehman", Entity: 0, Role: -1})
		d.Entities[0].Mentions = append(d.Entities[0].Mentions, 1)
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Speaker.Name != "Sherry Rehman" || qs[0].Speaker.Title != tc.title {
			t.Errorf("office %q: Find = %s; want one quote by Sherry Rehman titled %q", tc.office, describe(qs), tc.title)
		}
	}
}

// TestFindKinGroupSpeaker: the kin of people in the news speak as a
// group with what follows them ("Parents of the missing girls say"), not
// the people they are kin to.
func TestFindKinGroupSpeaker(t *testing.T) {
	for _, tc := range []struct{ in, name string }{
		{`Parents of the missing girls say they have lost faith in the military.`, "Parents of the missing girls"},
		{`Families of the 43 students say the government is hiding the truth.`, "Families of the 43 students"},
		{`Mothers of the detained men said the army had refused them visits.`, "Mothers of the detained men"},
	} {
		qs := Find(newDoc(tc.in))
		if len(qs) != 1 || qs[0].Speaker.Kind != KindUnnamed || qs[0].Speaker.Name != tc.name {
			t.Errorf("Find(%q) = %s; want one quote by unnamed %q", tc.in, describe(qs), tc.name)
		}
	}
}

// TestFindAskedByAside: "asked by reporters whether …" between a name
// and its cue is a question put to the speaker, no title of theirs.
func TestFindAskedByAside(t *testing.T) {
	for _, in := range []string{
		`Shehbaz Sharif, asked by reporters about the floods, said no country could have coped.`,
		`Shehbaz Sharif, asked by a journalist whether the army was ready, said no country could have coped.`,
	} {
		qs := Find(newDoc(in))
		if len(qs) != 1 || qs[0].Speaker.Name != "Shehbaz Sharif" || qs[0].Speaker.Title != "" {
			t.Errorf("Find(%q) = %s; want one quote by Shehbaz Sharif with no title", in, describe(qs))
		}
	}
}

// TestFindWhoAfterAppositive: "who" after a name and its appositive
// stands for the name, titled by the appositive, not for the body the
// appositive mentions.
func TestFindWhoAfterAppositive(t *testing.T) {
	for _, tc := range []struct{ in, content, name, title string }{
		{`"People are desperate," warned Alan Purisima, the head of the national police, who announced that 300 more officers would be flown in.`, "300 more officers would be flown in", "Alan Purisima", "head of the national police"},
		{`Officials met Ali Hassan, the leader of the group, who said the talks would resume.`, "the talks would resume", "Ali Hassan", "leader of the group"},
	} {
		qs := Find(newDoc(tc.in))
		ok := false
		for _, q := range qs {
			if q.Text == tc.content && q.Speaker.Name == tc.name && q.Speaker.Title == tc.title {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Find(%q) = %s; want %q by %s titled %q", tc.in, describe(qs), tc.content, tc.name, tc.title)
		}
	}
}

// TestFindKnownBodyNoAppositiveTitle: an appositive after a country the
// KB knows describes it and gives it no title; after a person it does.
func TestFindKnownBodyNoAppositiveTitle(t *testing.T) {
	tests := []mentionQuoteCase{
		{"a country", `Russia, a close ally of Caracas, warned that foreign interference could lead to chaos.`,
			[]mentionMark{{"Russia", doc.TypeCountry, "RUS", "Russia"}},
			[]want{{"^foreign interference could lead to chaos", Indirect, "Russia", "", KindNamed, "warned"}}},
		{"a person", `Ivan Petrov, a close ally of the president, warned that foreign interference could lead to chaos.`,
			[]mentionMark{{"Ivan Petrov", doc.TypePerson, "person.ivan-petrov", "Ivan Petrov"}},
			[]want{{"^foreign interference could lead to chaos", Indirect, "Ivan Petrov", "close ally of the president", KindNamed, "warned"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindPersonAfterUnnamed: he/she after an unnamed speaker goes to
// the one person the sentence in between names, whose name need not
// say a gender, not back to the anonymous voice; it stays with that
// voice when the sentence names two people or one of the other gender.
func TestFindPersonAfterUnnamed(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"she after a shopkeeper and a nurse named in between",
			`"We can hold our heads up," said an old shopkeeper. His neighbour, a nurse named Samira Khalil, was more cautious. "The checkpoints will still be there," she said.`,
			people("Samira Khalil"),
			[]want{{"We can hold our heads up", Direct, "an old shopkeeper", "", KindUnnamed, "said"},
				{"The checkpoints will still be there", Direct, "Samira Khalil", "", KindPronoun, "said"}}},
		{"he after a student and an engineer named in between",
			`"This is the happiest day of my life," said a young student at the rally. Beside her stood a retired engineer, Tomas Novak, who shook his head. "It is too early," he said.`,
			people("Tomas Novak"),
			[]want{{"This is the happiest day", Direct, "a young student", "", KindUnnamed, "said"},
				{"It is too early", Direct, "Tomas Novak", "", KindPronoun, "said"}}},
		{"two people in between: no guess past the speaker",
			`"We can hold our heads up," said an old shopkeeper. His neighbours, Samira Khalil and Amal Haddad, were more cautious. "The checkpoints will still be there," she said.`,
			people("Samira Khalil", "Amal Haddad"),
			[]want{{"We can hold our heads up", Direct, "an old shopkeeper", "", KindUnnamed, "said"},
				{"The checkpoints will still be there", Direct, "an old shopkeeper", "", KindUnnamed, "said"}}},
		{"a man in between is no she",
			`"We can hold our heads up," said an old shopkeeper. Her neighbour, John Novak, was more cautious. "The checkpoints will still be there," she said.`,
			people("John Novak"),
			[]want{{"We can hold our heads up", Direct, "an old shopkeeper", "", KindUnnamed, "said"},
				{"The checkpoints will still be there", Direct, "an old shopkeeper", "", KindUnnamed, "said"}}},
	})
}

// TestFindParallelClausePronoun: "he" opening a clause after the same
// subordinator as the person named just before is that person, not the
// sentence's subject; otherwise the subject stays.
func TestFindParallelClausePronoun(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"after X stepped down, a day after he had announced",
			`Adil Burhan became head of the council after Awad Auf stepped down, a day after he had announced that Bashir had been removed.`,
			people("Adil Burhan", "Awad Auf", "Bashir"),
			[]want{{"^Bashir had been removed", Indirect, "Awad Auf", "", KindPronoun, "announced"}}},
		{"no parallel subordinator: the subject",
			`Adil Burhan became head of the council after Awad Auf stepped down, and he announced that Bashir had been removed.`,
			people("Adil Burhan", "Awad Auf", "Bashir"),
			[]want{{"^Bashir had been removed", Indirect, "Adil Burhan", "", KindPronoun, "announced"}}},
	})
}

// TestFindLongOfficeBeforeName: an office before an apposed name keeps
// a long organisation's name in full ("a spokesman for the UN High
// Commissioner for Human Rights, X,").
func TestFindLongOfficeBeforeName(t *testing.T) {
	checkFind(t, `A spokesman for the UN High Commissioner for Human Rights, Rupert Colville, told reporters that protesters must be allowed to gather.`,
		[]want{{"^protesters must be allowed", Indirect, "Rupert Colville", "spokesman for the UN High Commissioner for Human Rights", KindNamed, "told"}})
	checkFind(t, `The head of the International Committee of the Red Cross delegation in Baku, Martin Schuepp, said aid workers were ready.`,
		[]want{{"^aid workers were ready", Indirect, "Martin Schuepp", "head of the International Committee of the Red Cross delegation in Baku", KindNamed, "said"}})
}

// TestFindDescriptionNamed: "a 29-year-old engineer named X": the
// description before "named" is the title of the name after it.
func TestFindDescriptionNamed(t *testing.T) {
	checkFind(t, `A 29-year-old engineer named Azamat Usenov said nobody controlled anything.`,
		[]want{{"^nobody controlled anything", Indirect, "Azamat Usenov", "29-year-old engineer", KindNamed, "said"}})
	checkFind(t, `"Nobody controls anything now," a taxi driver named Azamat Usenov told the BBC.`,
		[]want{{"Nobody controls anything now", Direct, "Azamat Usenov", "taxi driver", KindNamed, "told"}})
}

// TestAppositiveTitleRelativePrep: a relative clause opening with a
// preposition before its pronoun ends the appositive title before the
// preposition ("leader of the Congo River Alliance to which M23
// belongs": the title is not "… Alliance to").
func TestAppositiveTitleRelativePrep(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"to which",
			`Jean Mbala, leader of the Kivu Alliance to which M23 belongs, said the rebels were not bound by the text.`,
			people("Jean Mbala"),
			[]want{{"^the rebels were not bound by the text", Indirect, "Jean Mbala", "leader of the Kivu Alliance", KindNamed, "said"}}},
		{"of which",
			`Jean Mbala, head of a coalition of which M23 is part, said the rebels were not bound by the text.`,
			people("Jean Mbala"),
			[]want{{"^the rebels were not bound by the text", Indirect, "Jean Mbala", "head of a coalition", KindNamed, "said"}}},
	})
}

// TestFindVerbShapedSurname: a capitalised word inside a sentence that
// is also an auxiliary ("May") ends the speaker's name, not an
// adverb skipped between the subject and its cue; a lower-case one is
// still skipped.
func TestFindVerbShapedSurname(t *testing.T) {
	checkFind(t, `British Prime Minister Theresa May said the resignation gave Zimbabwe a chance.`,
		[]want{{"^the resignation gave Zimbabwe a chance", Indirect, "Theresa May", "British Prime Minister", KindNamed, "said"}})
	checkFind(t, `Foreign Secretary Theresa May told reporters on Monday the plan was dead.`,
		[]want{{"^the plan was dead", Indirect, "Theresa May", "Foreign Secretary", KindNamed, "told"}})
	if qs := Find(newDoc(`New I.B.M. Report Will Warn of Computer Security Threats.`)); len(qs) != 0 {
		t.Errorf("Find(title-case headline) = %+v; want no quote", qs)
	}
	checkFind(t, `Minister Ana Costa may have said the plan was dead.`,
		[]want{{"^the plan was dead", Indirect, "Ana Costa", "Minister", KindNamed, "said"}})
}

// TestFindWhoAfterCoordinatedAppositive: "who said" after an appositive
// whose titles "and" joins refers to the name before the appositive, as
// after a one-title appositive.
func TestFindWhoAfterCoordinatedAppositive(t *testing.T) {
	checkFind(t, `"We are ready," said Juan Perez, a farmer and trader, who added that prices were too low.`,
		[]want{{"We are ready", Direct, "Juan Perez", "farmer", KindNamed, "said"},
			{"^prices were too low", Indirect, "Juan Perez", "farmer and trader", KindPronoun, "added"}})
	checkFind(t, `"He was forced out," said Ana Costa, Peru's second vice president and prime minister, who said she would step down.`,
		[]want{{"He was forced out", Direct, "Ana Costa", "Peru's second vice president", KindNamed, "said"},
			{"^she would step down", Indirect, "Ana Costa", "Peru's second vice president and prime minister", KindPronoun, "said"}})
}

// TestFindNounBeforeParticiple: a cue's word followed by a participle and
// "by" is a plural noun the participle modifies ("Bond notes introduced
// by the central bank trade at a discount"), so no quote; a report's
// clause that opens otherwise is still one.
func TestFindNounBeforeParticiple(t *testing.T) {
	for _, in := range []string{
		`Bond notes introduced by the central bank a year ago trade at a steep discount to the dollar.`,
		`Police reports filed by residents describe a surge in thefts.`,
	} {
		if qs := Find(newDoc(in)); len(qs) != 0 {
			t.Errorf("Find(%q) = %+v; want no quote", in, qs)
		}
	}
	checkFind(t, `Police said armed men stopped the bus on Monday.`,
		[]want{{"^armed men stopped the bus", Indirect, "Police", "", KindUnnamed, "said"}})
}

// TestFindForcesParticipleTitle: a participle that names a body with
// "forces" ("armed forces", "allied forces") opens the title before a
// name, capitalised or not; a verb before "forces chief" stays out.
func TestFindForcesParticipleTitle(t *testing.T) {
	for _, tt := range []struct {
		name, input string
		want        []want
	}{
		{"sentence-initial Armed", `Armed forces chief Ahmed Kamal said the army would stay neutral.`,
			[]want{{"^the army would stay neutral", Indirect, "Ahmed Kamal", "Armed forces chief", KindNamed, "said"}}},
		{"lower-case after a possessive", `Pakistan's armed forces chief Ahmed Kamal said the army would stay neutral.`,
			[]want{{"^the army would stay neutral", Indirect, "Ahmed Kamal", "Pakistan's armed forces chief", KindNamed, "said"}}},
		{"Allied with a spokesman and a rank", `Allied forces spokesman Colonel John Allen said the offensive had begun.`,
			[]want{{"^the offensive had begun", Indirect, "John Allen", "Allied forces spokesman Colonel", KindNamed, "said"}}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindIndefiniteBody: a body described with "a" or "an" closing or
// opening the sentence is an unnamed source, as "an official" is; a
// participle after it ("a group said to be …") is no cue.
func TestFindIndefiniteBody(t *testing.T) {
	checkFind(t, `At least 40 people were killed in the strikes on Sunday, a monitoring group said.`,
		[]want{{"^At least 40 people were killed", Indirect, "a monitoring group", "", KindUnnamed, "said"}})
	checkFind(t, `The death toll rose to 12, a rights group said.`,
		[]want{{"^The death toll rose to 12", Indirect, "a rights group", "", KindUnnamed, "said"}})
	checkFind(t, `An aid agency said on Monday that the camp had run out of water.`,
		[]want{{"^the camp had run out of water", Indirect, "An aid agency", "", KindUnnamed, "said"}})
	checkFind(t, `They met a rights group said to be close to the army.`, nil)
}
