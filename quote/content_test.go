package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of where reported content starts and ends.

// writerClauseEnds are reports whose content must end exactly where given.
var writerClauseEnds = []struct{ input, content string }{
	// the writer's ", N days after …" closes the report
	{`The ministry said on Friday it would recall its ambassador, three days after the border clash, leaving the talks in doubt.`, `it would recall its ambassador`},
	{`The union said it would strike, just hours before the deadline.`, `it would strike`},
	{`He said voters wondered why the vote was held now, two years after the war.`, `voters wondered why the vote was held now, two years after the war`},
}

func TestFindWriterClauseEnds(t *testing.T) {
	for _, tc := range writerClauseEnds {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// relativeClauseEnds are reports whose content must end exactly where given.
var relativeClauseEnds = []struct{ input, content string }{
	// a report inside a relative clause after its subject ends
	// at the clause's closing comma, before the main verb
	{`Norway, which had warned that a levy could drive investors away from the region, backed the deal.`, `a levy could drive investors away from the region`},
	{`Okafor, who has repeatedly said that the talks are over, left for Geneva on Monday.`, `the talks are over`},
	{`The union, which insisted the strike was legal, won the appeal.`, `the strike was legal`},
	// a time phrase may open the clause before its cue
	{`Germany, which last week warned that a cap could divert supplies, backed the deal.`, `a cap could divert supplies`},
	// a comma inside the report that no main verb follows stays in it
	{`Okafor, who said that Chad, Niger and Mali were allies, met the envoy.`, `Chad, Niger and Mali were allies`},
	// no relative clause: the report runs on
	{`Okafor said the talks were over, ended by the army.`, `the talks were over, ended by the army`},
}

// relativeAfterObject are cues with a prepositional object that a
// relative clause describes: no report, as without the relative clause.
var relativeAfterObject = []string{
	`Aid groups have warned of food shortages in Osh, where markets were looted.`,
	`The UN warned of a famine in the north, where crops have failed.`,
	`Doctors warned about the outbreak in Goma, which has overwhelmed the clinics.`,
	`The union complained of low pay at the mine, whose owners refused to talk.`,
	`Aid groups have warned of shortages in Osh, which was looted.`,
}

func TestFindRelativeAfterObject(t *testing.T) {
	for _, input := range relativeAfterObject {
		for _, q := range Find(newDoc(input)) {
			t.Errorf("Find(%q) = %q (cue %q), want no report", input, q.Text, q.Cue)
		}
	}
}

func TestFindRelativeClauseEnds(t *testing.T) {
	for _, tc := range relativeClauseEnds {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// newSubjectEnds are reports whose content must end exactly where given.
var newSubjectEnds = []struct{ input, content string }{
	// a closing quotation mark, a comma, "and", a new capitalised
	// subject and a past-tense verb end the report: what the new
	// subject did is the writer's account
	{`Mensah condemned the "cowardly attack", and Interior Minister Kofi Boateng ordered an inquiry.`, `the "cowardly attack"`},
	{`Okafor said the deal was "dead", and Mali closed its embassy on Friday.`, `the deal was "dead"`},
	// a lower-case subject or no verb after it: the report runs on
	{`Okafor said the deal was "dead", and the talks were over.`, `the deal was "dead", and the talks were over`},
}

func TestFindNewSubjectEnds(t *testing.T) {
	for _, tc := range newSubjectEnds {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// requestObjects: "asked X for <noun phrase>" is a request with an
// object, no report, whatever is asked for.
var requestObjects = []struct {
	name  string
	input string
	want  []want
}{
	{"asked a country for a loan, and a new clause", `Latvia asked Sweden for a loan of 2 billion euros, and a team from the European Central Bank arrived in Riga.`, nil},
	{"asked a court for more time", `The defence asked the court for more time to prepare its case.`, nil},
	{"asked whether still reports", `Okafor asked reporters whether the deal was dead.`,
		[]want{{"^whether the deal was dead", Indirect, "Okafor", "", KindNamed, "asked"}}},
}

func TestFindRequests(t *testing.T) {
	for _, tt := range requestObjects {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// pledgedThings: a pledge or blame cue with a bare noun phrase as its
// object reports no words; with an infinitive, a clause or
// a reason it still does.
var pledgedThings = []struct {
	name  string
	input string
	want  []want
}{
	{"pledged a noun and a second verb", `The Japanese prime minister pledged aid and ordered a destroyer to the coast.`, nil},
	{"offered a noun", `Maria Brandt offered condolences to the families.`, nil},
	{"blamed a country with a relative clause", `Thousands of Chileans blamed Peru, which has kept troops on the border since 1990.`, nil},
	{"pledged that", `Maria Brandt pledged that the port would reopen.`,
		[]want{{"^the port would reopen", Indirect, "Maria Brandt", "", KindNamed, "pledged"}}},
	{"blamed for", `Maria Brandt blamed the army for the attack.`,
		[]want{{"^the army for the attack", Indirect, "Maria Brandt", "", KindNamed, "blamed"}}},
	{"blamed on", `Maria Brandt blamed the floods on the drought.`,
		[]want{{"^the floods on the drought", Indirect, "Maria Brandt", "", KindNamed, "blamed"}}},
	{"promised a clause", `Maria Brandt promised the port would reopen.`,
		[]want{{"^the port would reopen", Indirect, "Maria Brandt", "", KindNamed, "promised"}}},
}

func TestFindThings(t *testing.T) {
	for _, tt := range pledgedThings {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindSecondReport: a coordinated second report of the same
// speaker ends a mixed quote after its closing mark and a participle
// report before "and"; the second report is emitted on its own.
func TestFindSecondReport(t *testing.T) {
	tests := []mentionQuoteCase{
		{"mixed quote then and said",
			`Lena Varga condemned the raid "in the harshest terms" and said the talks were over.`,
			[]mentionMark{{"Lena Varga", doc.TypePerson, "", ""}},
			[]want{{"^the raid \"in the harshest terms\"", Mixed, "Lena Varga", "", KindNamed, "condemned"},
				{"^the talks were over", Indirect, "Lena Varga", "", KindNamed, "said"}}},
		{"participle report then and announced that",
			`The port authority issued a statement saying the berth was flooded, and announced that it had closed two terminals.`,
			nil,
			[]want{{"^the berth was flooded", Indirect, "The port authority", "", KindDescription, "saying"},
				{"^it had closed two terminals", Indirect, "The port authority", "", KindDescription, "announced"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindContentEnds: the content of the first report stops before
// the second (no quote holds both).
func TestFindContentEnds(t *testing.T) {
	for _, tt := range []struct{ input, person, first, second string }{
		{`Lena Varga condemned the raid "in the harshest terms" and said the talks were over.`, "Lena Varga", "harshest", "talks"},
		{`Lena Varga said the ruling was fair and called the verdict "a turning point".`, "Lena Varga", "fair", "verdict"},
		{`The port authority issued a statement saying the berth was flooded, and announced that it had closed two terminals.`, "", "flooded", "terminals"},
		// an appeal coordinated after the content is the speaker's, as "and urged" is
		{`Lena Varga said talks with the rebels had stalled and called on them to agree to a ceasefire.`, "Lena Varga", "stalled", "ceasefire"},
		{`Lena Varga said the government had done its part and called for calm.`, "Lena Varga", "part", "calm"},
		// a participle's report ends before another's clause as a report after "said" does
		{`Otunbayeva rejected the request, saying the conflict was an internal matter, but Moscow agreed to send helicopters.`, "", "internal", "helicopters"},
		{`The ministry dismissed the report, saying the troops were on exercises, but residents described heavy shelling.`, "", "exercises", "shelling"},
		{`Lena Varga defended the plan, saying it would cut costs, and Norway, which co-sponsored the talks, pledged $10 million.`, "Lena Varga", "costs", "pledged"},
	} {
		d := newDoc(tt.input)
		if tt.person != "" {
			markMention(d, tt.person, doc.TypePerson, "", "", "")
		}
		d.Fill(doc.LayerMentions)
		for _, q := range Find(d) {
			if strings.Contains(q.Text, tt.first) && strings.Contains(q.Text, tt.second) {
				t.Errorf("Find(%q) quote %q (cue %q) holds both reports", tt.input, q.Text, q.Cue)
			}
		}
	}
}

// TestFindSemicolonNarration: after a semicolon, a noun subject with a
// simple past of no speech is the writer's fact and closes the report;
// a pronoun or a present tense after it goes on with the speaker's words.
func TestFindSemicolonNarration(t *testing.T) {
	for _, tt := range []struct{ input, content string }{
		{`She says she won the vote; official results gave Lukashenko 80 percent.`, `she won the vote`},
		{`Ms Sandu said "the people have chosen Europe"; official results gave her 55 percent.`, `"the people have chosen Europe"`},
		{`She said she won; they stole it from her.`, `she won; they stole it from her`},
		{`He said the goal is not revenue; it is supposed to curb investors.`, `the goal is not revenue; it is supposed to curb investors`},
	} {
		qs := Find(newDoc(tt.input))
		if len(qs) != 1 || qs[0].Text != tt.content {
			t.Errorf("Find(%q) = %s; want one report %q", tt.input, describe(qs), tt.content)
		}
	}
}

// TestFindAbbreviatedDate: a calendar date between a cue and its
// report, written the wire-copy way with an abbreviated month and its
// period, with or without "on", is skipped like "on Tuesday".
func TestFindAbbreviatedDate(t *testing.T) {
	org := func(s string) []mentionMark { return []mentionMark{{s, doc.TypeOrganization, "", ""}} }
	tests := []mentionQuoteCase{
		{"said on Mar. 4 that",
			`Okonkwo said on Mar. 4 that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
		{"said Oct. 9 that (AP, no on)",
			`The Interior Ministry said Oct. 9 that the border had reopened.`, org("Interior Ministry"),
			[]want{{"^the border had reopened", Indirect, "Interior Ministry", "", KindNamed, "said"}}},
		{"said on 21 Nov. that",
			`Okonkwo said on 21 Nov. that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
		{"told reporters on Dec. 30 that",
			`Okonkwo told reporters on Dec. 30 that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "told"}}},
		{"said in a statement on Aug. 12 that",
			`Okonkwo said in a statement on Aug. 12 that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
		{"full date with year",
			`Okonkwo said on February 7, 2016, that the count was flawed.`, org("Okonkwo"),
			[]want{{"^the count was flawed", Indirect, "Okonkwo", "", KindNamed, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

func TestDayNumber(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{{"1", true}, {"9", true}, {"15", true}, {"31", true}, {"3rd", true}, {"21st", true},
		{"0", false}, {"32", false}, {"40", false}, {"2019", false}, {"st", false}, {"", false}} {
		if got := dayNumber(tc.w); got != tc.want {
			t.Errorf("dayNumber(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
}

// TestFindInfinitiveList: a commitment's content of conjoined
// to-infinitives starts at "to", keeping the first pledge;
// a listener after "to" is still skipped.
func TestFindInfinitiveList(t *testing.T) {
	org := []mentionMark{{"Mendez", doc.TypePerson, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"promised to A, B and C",
			`Mendez has promised to cut fuel subsidies, raise the minimum wage and reopen the border crossings.`, org,
			[]want{{"^to cut fuel subsidies, raise the minimum wage and reopen", Indirect, "Mendez", "", KindNamed, "promised"}}},
		{"vowed to A, B",
			`Mendez vowed to free the hostages, whatever the cost.`, org,
			[]want{{"^to free the hostages", Indirect, "Mendez", "", KindNamed, "vowed"}}},
		{"threatened to A, B and C",
			`Mendez threatened to close the port, expel the envoy and cut off gas supplies.`, org,
			[]want{{"^to close the port, expel the envoy", Indirect, "Mendez", "", KindNamed, "threatened"}}},
	})
}

// TestFindTimedInfinitive: a time adjunct between a commitment cue and
// its to-infinitive ("promised on Tuesday to govern …") leaves the
// infinitive the content, not the adjunct after a comma nor nothing; a
// listener after the adjunct is still skipped.
func TestFindTimedInfinitive(t *testing.T) {
	org := []mentionMark{{"Mendez", doc.TypePerson, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"promised on a day to A, adjunct",
			`Mendez promised on Tuesday to govern for all Peruvians, two days after winning the runoff.`, org,
			[]want{{"^to govern for all Peruvians", Indirect, "Mendez", "", KindNamed, "promised"}}},
		{"vowed on a day to A",
			`Mendez vowed on Monday to punish those responsible.`, org,
			[]want{{"^to punish those responsible", Indirect, "Mendez", "", KindNamed, "vowed"}}},
		{"threatened last week to A",
			`Mendez threatened last week to close the port.`, org,
			[]want{{"^to close the port", Indirect, "Mendez", "", KindNamed, "threatened"}}},
		{"promised on a day to a listener that",
			`Mendez promised on Tuesday to the nation that taxes would fall.`, org,
			[]want{{"^taxes would fall", Indirect, "Mendez", "", KindNamed, "promised"}}},
	})
}

func TestFindToListener(t *testing.T) {
	org := []mentionMark{{"Mendez", doc.TypePerson, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"promised to the nation that",
			`Mendez promised to the nation that taxes would fall.`, org,
			[]want{{"^taxes would fall", Indirect, "Mendez", "", KindNamed, "promised"}}},
		{"said to reporters that",
			`Mendez said to reporters that taxes would fall.`, org,
			[]want{{"^taxes would fall", Indirect, "Mendez", "", KindNamed, "said"}}},
	})
}

// TestFindDateSubject: a date after a cue with no "on" that a verb
// follows is the report's subject, not an adjunct.
func TestFindDateSubject(t *testing.T) {
	org := []mentionMark{{"Interior Ministry", doc.TypeOrganization, "", ""}}
	checkMentionQuotes(t, []mentionQuoteCase{
		{"said March 3 was",
			`The Interior Ministry said March 3 was the deadline for the forms.`, org,
			[]want{{"^March 3 was the deadline", Indirect, "Interior Ministry", "", KindNamed, "said"}}},
		{"said Oct. 9 the",
			`The Interior Ministry said Oct. 9 the border had reopened.`, org,
			[]want{{"^the border had reopened", Indirect, "Interior Ministry", "", KindNamed, "said"}}},
	})
}

// TestFindAppealAfterReport: ", and <Subject> called for/on …" or
// "appealed for …" ends the report before it, as ", and X urged" does.
func TestFindAppealAfterReport(t *testing.T) {
	for _, in := range []string{
		`Norway said it was alarmed, and the African Union called for an inquiry.`,
		`Norway said it was alarmed, and Kenya called on both sides to talk.`,
		`Norway said it was alarmed, and Kenya appealed for calm.`,
	} {
		d := newDoc(in)
		markMention(d, "Norway", doc.TypeCountry, "", "", "")
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) == 0 || qs[0].Text != "it was alarmed" || qs[0].Speaker.Name != "Norway" {
			t.Errorf("Find(%q) = %s; want Norway: \"it was alarmed\"", in, describe(qs))
		}
	}
}

// TestFindTimedAddressee: a time adjunct between a request's
// addressee and its infinitive dates the speech act; the content opens
// at "to". Without the time the addressee stays.
func TestFindTimedAddressee(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`Okonkwo urged Ghana on Saturday to withdraw its troops.`, "to withdraw its troops"},
		{`Okonkwo asked the government last week to release the prisoners.`, "to release the prisoners"},
		{`Okonkwo asked Abuja on March 3 to reopen the border.`, "to reopen the border"},
		{`Okonkwo urged Ghana to withdraw its troops.`, "Ghana to withdraw its troops"},
	} {
		d := newDoc(tc.in)
		markMention(d, "Okonkwo", doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.want {
			t.Errorf("Find(%q) = %s; want %q", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindDemandedThing: "demanded" with a bare noun phrase asks for
// a thing and reports no words; "demanded that …" and an infinitive
// after the addressee still report.
func TestFindDemandedThing(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`Demonstrators demanded the names of officials accused of stealing coal.`, 0},
		{`The opposition demanded the release of its leader.`, 0},
		{`Okafor demanded a jury trial.`, 0},
		{`Okafor demanded that the minister resign at once.`, 1},
		{`Okafor demanded the army to withdraw from the town.`, 1},
		{`Okafor demanded the vote be annulled by the court.`, 1},
	} {
		d := newDoc(tc.in)
		markMention(d, "Okafor", doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		if qs := Find(d); len(qs) != tc.want {
			t.Errorf("Find(%q) = %s; want %d quotes", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindClaimedTerritory: "claimed by X" and "claim <noun
// phrase>" name a thing claimed (a territory, a title), no report;
// "claimed (that) <clause>" still reports.
func TestFindClaimedTerritory(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`Troops faced off for weeks in a mountain valley claimed by both Nepal and Tibet.`, 0},
		{`Both governments claim the archipelago, which is also claimed by Okafor.`, 0},
		{`Guyana claims most of the disputed region.`, 0},
		{`Okafor claimed the ballots were burned.`, 1},
		{`The rebels claim the army killed 12 civilians.`, 1},
		{`The rebels had claimed the day before there were air strikes on the town.`, 1},
	} {
		d := newDoc(tc.in)
		markMention(d, "Okafor", doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		if qs := Find(d); len(qs) != tc.want {
			t.Errorf("Find(%q) = %s; want %d quotes", tc.in, describe(qs), tc.want)
		}
	}
}

// coordinatedClauseEnds are reports whose content must end exactly
// where given: the clause after it is the journalist's.
var coordinatedClauseEnds = []struct{ input, content string }{
	{`Obama said he was "deeply concerned" and ordered a review of military aid to Egypt.`, `he was "deeply concerned"`},
	{`Obama said the rebels crossed the line and attacked the town.`, `the rebels crossed the line and attacked the town`},
	{`Gaddafi said Libyans would fight a "long war" and called the intervention "a barbaric aggression."`, `Libyans would fight a "long war" and called the intervention "a barbaric aggression."`},
	{`The EU said it had removed the FARC from its list, and Norway, which co-sponsored the talks, pledged $10 million.`, `it had removed the FARC from its list`},
	{`The minister said the army had retaken the town, and the rebels, who had held it for a year, fled north.`, `the army had retaken the town, and the rebels, who had held it for a year, fled north`},
}

func TestFindCoordinatedClauseEnds(t *testing.T) {
	for _, tc := range coordinatedClauseEnds {
		d := newDoc(tc.input)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// perfectClauseEnds are reports whose content must end exactly where given.
var perfectClauseEnds = []struct{ input, content string }{
	{`President Tayyip Erdogan has repeatedly said high interest rates cause inflation, and he has fired three central bank governors since 2019.`, `high interest rates cause inflation`},
	{`The minister has said the plan is sound, and she has dismissed two critics.`, `the plan is sound`},
	// a perfect clause of another subject stays in the report
	{`The minister has said the plan is sound, and the banks have backed it.`, `the plan is sound, and the banks have backed it`},
	// after a past cue a pronoun clause may be reported speech
	{`The minister said the plan was sound, and he had not changed his mind.`, `the plan was sound, and he had not changed his mind`},
}

func TestFindPerfectClauseEnds(t *testing.T) {
	for _, tc := range perfectClauseEnds {
		d := newDoc(tc.input)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// appositiveSpeakerEnds are reports whose content must end exactly where given.
var appositiveSpeakerEnds = []struct{ input, content string }{
	{`Police arrested 13 people, the ministry's spokesman, Ali Khan, said.`, `Police arrested 13 people`},
	{`Police arrested 13 people, the national police chief, Cesar Zapata, said on Tuesday.`, `Police arrested 13 people`},
	// a title opening the sentence is the subject's, no content before it
	{`The ministry's spokesman, Ali Khan, said police arrested 13 people.`, `police arrested 13 people`},
}

func TestFindAppositiveSpeakerEnds(t *testing.T) {
	for _, tc := range appositiveSpeakerEnds {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}

// TestFindEventThat: "told reporters before the meeting that …"
// reports what follows "that", not the timing phrase.
func TestFindEventThat(t *testing.T) {
	for _, tc := range []struct{ in, text string }{
		{`Starmer told reporters before the meeting that the coming weeks would be crucial.`, "the coming weeks would be crucial"},
		{`Starmer said after his talks that the weeks ahead would be crucial.`, "the weeks ahead would be crucial"},
	} {
		qs := Find(newDoc(tc.in))
		if len(qs) != 1 || qs[0].Text != tc.text {
			t.Errorf("Find(%q) = %s; want %q", tc.in, describe(qs), tc.text)
		}
	}
}

// TestFindCueThenBut: a cue followed by "but" took no object
// ("had initially conceded but reversed his position"): what follows is
// another predicate, not the report (e.g. Gambia).
func TestFindCueThenBut(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"conceded but reversed",
			`Yahya Jammeh had initially conceded but reversed his position on December 9, citing "serious and unacceptable abnormalities."`,
			people("Yahya Jammeh"),
			nil},
	})
}

// TestFindDatedNarration: after a report's content, ", and" with a
// subject of its own, a past tense and a day of its own is the writer's
// narration of another event, not more of the report (e.g. South
// Korea, Sweden); a clause without its own day stays in the report.
func TestFindDatedNarration(t *testing.T) {
	for _, tc := range []struct{ speaker, in, want string }{
		{"Lee Jae-myung", `Lee Jae-myung said the plan was the most humiliating moment in the country's history, and thousands of people protested in Seoul on Saturday.`,
			"the plan was the most humiliating moment in the country's history"},
		{"Recep Tayyip Erdogan", `Recep Tayyip Erdogan accused Stockholm of sheltering Kurdish militants, and Hungary's parliament approved it on Feb. 26.`,
			"Stockholm of sheltering Kurdish militants"},
		{"Lee Jae-myung", `Lee Jae-myung said the plan was humiliating, and thousands of people had protested against it.`,
			"the plan was humiliating, and thousands of people had protested against it"},
		{"Lee Jae-myung", `Lee Jae-myung said the plan was humiliating, and Seoul would protest on Monday.`,
			"the plan was humiliating, and Seoul would protest on Monday"},
	} {
		d := newDoc(tc.in)
		markMention(d, tc.speaker, doc.TypePerson, "", "", "")
		d.Fill(doc.LayerMentions)
		qs := Find(d)
		if len(qs) != 1 || qs[0].Text != tc.want {
			t.Errorf("Find(%q) = %s; want one quote %q", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindEntryTime: a live blog's entry time opening a sentence
// is no part of a report the sentence ends with ("3.05pm BST: X voted
// in Eldoret, his campaign said"), in the forms blogs write it (e.g. Kenya).
func TestFindEntryTime(t *testing.T) {
	for _, in := range []string{
		"3.05pm BST: The deputy president voted in Eldoret in the morning, a spokesman said.",
		"2.32pm: The deputy president voted in Eldoret in the morning, a spokesman said.",
		"1630 GMT: The deputy president voted in Eldoret in the morning, a spokesman said.",
		"Updated 17:45 — The deputy president voted in Eldoret in the morning, a spokesman said.",
		"14:32 GMT — The deputy president voted in Eldoret in the morning, a spokesman said.",
	} {
		qs := Find(newDoc(in))
		if want := "The deputy president voted in Eldoret in the morning"; len(qs) != 1 || qs[0].Text != want {
			t.Errorf("Find(%q) = %s; want one quote %q", in, describe(qs), want)
		}
	}
}

// TestFindNarratorClause: reported words with a modal end before the
// writer's coordinated clause in the simple past (the central
// bank's rate cut was part of the governor's warning); without a modal,
// or with a report cue, the content runs on or ends as before. ", but
// he/she" and a narrated past ends it with or without a modal.
func TestFindNarratorClause(t *testing.T) {
	for _, tc := range []struct{ input, content string }{
		{`Bank of Korea Governor Lee Ju-yeol warned that the dispute could hurt growth, and the central bank cut its key interest rate on July 18.`, `the dispute could hurt growth`},
		{`Okafor said the strike would spread, and Mali closed its border on Friday.`, `the strike would spread`},
		{`Okafor said the strike would spread, and the army would be ready.`, `the strike would spread, and the army would be ready`},
		{`Okafor said the strike spread, and the army closed the border.`, `the strike spread, and the army closed the border`},
		{`Mubarak said in a speech that he would not seek another term, but he refused to step down immediately.`, `he would not seek another term`},
		{`Okafor said the strike was over, but she refused to say when work would resume.`, `the strike was over`},
		{`Okafor said the strike was over, but it resumed on Monday.`, `the strike was over, but it resumed on Monday`},
	} {
		qs := Find(newDoc(tc.input))
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %s; want one report %q", tc.input, describe(qs), tc.content)
		}
	}
}
