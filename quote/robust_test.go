package quote

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

// robustTests cover constructions of news outside the US wire style:
// European quotation marks, coordinated subjects, bare titles resolved
// to the person last named with them, quotes split across paragraphs,
// "according to" attributions and cues inside a quote.
var robustTests = []struct {
	name  string
	input string
	want  []want
}{
	// European quotation marks
	{"German low-high marks", "\u201eWe will not be intimidated,\u201c German Chancellor Friedrich Merz said on Tuesday.",
		[]want{{"We will not be intimidated", Direct, "Friedrich Merz", "German Chancellor", KindNamed, "said"}}},
	{"German marks after a colon", "Austrian Foreign Minister Beate Meinl-Reisinger said: \u201eNeutrality does not mean indifference.\u201c",
		[]want{{"Neutrality does not mean", Direct, "Beate Meinl-Reisinger", "Austrian Foreign Minister", KindNamed, "said"}}},
	{"German marks, second sentence inherits", "\u201eThe sanctions are working,\u201c Merz said. \u201eBut we must stay patient.\u201c",
		[]want{{"The sanctions are working", Direct, "Merz", "", KindNamed, "said"}, {"But we must stay patient", Direct, "Merz", "", KindNamed, "said"}}},
	{"pointing-in guillemets", "\u00bbThe sanctions are working,\u00ab said Danish Prime Minister Mette Frederiksen.",
		[]want{{"The sanctions are working", Direct, "Mette Frederiksen", "Danish Prime Minister", KindNamed, "said"}}},
	{"guillemets with spaces", "\u00ab\u00a0We are ready to negotiate,\u00a0\u00bb Belgian Prime Minister Bart De Wever told reporters in Brussels.",
		[]want{{"We are ready to negotiate", Direct, "Bart De Wever", "Belgian Prime Minister", KindNamed, "told"}}},
	{"guillemets without spaces, inverted", "\u00abThe border will stay open,\u00bb said Swiss President Karin Keller-Sutter.",
		[]want{{"The border will stay open", Direct, "Karin Keller-Sutter", "Swiss President", KindNamed, "said"}}},
	{"single guillemets", "\u2039We will not back down,\u203a Polish Defence Minister Wladyslaw Kosiniak-Kamysz said.",
		[]want{{"We will not back down", Direct, "Wladyslaw Kosiniak-Kamysz", "Polish Defence Minister", KindNamed, "said"}}},
	{"German single marks", "Czech Foreign Minister Jan Lipavsky told reporters in Prague: \u201aWe will not accept this.\u2018",
		[]want{{"We will not accept this", Direct, "Jan Lipavsky", "Czech Foreign Minister", KindNamed, "told"}}},
	{"pointing-in single guillemets", "\u203aThe talks were constructive,\u2039 Danish Foreign Minister Lars Lokke Rasmussen said.",
		[]want{{"The talks were constructive", Direct, "Lars Lokke Rasmussen", "Danish Foreign Minister", KindNamed, "said"}}},
	{"a new sentence after a closing German mark is no attribution", "The Czech foreign ministry said in a statement: \u201eThe ambassador has been summoned.\u201c It added that further steps were possible.",
		[]want{{"The ambassador has been summoned", Direct, "The Czech foreign ministry", "", KindDescription, "said"}, {"^further steps were possible", Indirect, "The Czech foreign ministry", "", KindPronoun, "added"}}},
	{"guillemets, each sentence with its own cue", "Spanish Prime Minister Pedro S\u00e1nchez said: \u00abSpain will not accept these tariffs.\u00bb He added: \u00abWe will respond together with our European partners.\u00bb",
		[]want{{"Spain will not accept", Direct, "Pedro S\u00e1nchez", "Spanish Prime Minister", KindNamed, "said"}, {"We will respond together", Direct, "Pedro S\u00e1nchez", "Spanish Prime Minister", KindPronoun, "added"}}},
	{"German marks across paragraphs", "Dutch Prime Minister Dick Schoof said: \u201eWe cannot accept these tariffs on our farmers.\n\n\u201eWe will answer together with our European partners.\u201c",
		[]want{{"We cannot accept", Direct, "Dick Schoof", "Dutch Prime Minister", KindNamed, "said"}, {"We will answer together", Direct, "Dick Schoof", "Dutch Prime Minister", KindNamed, "said"}}},
	{"German marks, mixed", "Hungarian Prime Minister Viktor Orban called the plan \u201ea declaration of war on farmers\u201c.",
		[]want{{"a declaration of war", Mixed, "Viktor Orban", "Hungarian Prime Minister", KindNamed, "called"}}},
	{"a double-marked quote within a quote", "\u201cThey call it \u201chell\u201d but we have lived here for forty years,\u201d said Rosa Delgado, a farmer near Seville.",
		[]want{{"we have lived here", Direct, "Rosa Delgado", "farmer near Seville", KindNamed, "said"}}},
	{"a stray opening mark is no quote within a quote", "\u201cWe are ready,\u201d Costa said. \u201cThe talks \u201cwill go on,\u201d he added.",
		[]want{{"We are ready", Direct, "Costa", "", KindNamed, "said"}, {"The talks", Direct, "Costa", "", KindPronoun, "added"}}},
	{"Penn Treebank marks", "``We have reduced our design effort,'' Boeing spokeswoman Sandy Angers said. ``The team has been merged.''",
		[]want{{"We have reduced", Direct, "Sandy Angers", "Boeing spokeswoman", KindNamed, "said"}, {"The team has been merged", Direct, "Sandy Angers", "Boeing spokeswoman", KindNamed, "said"}}},
	{"Penn Treebank single marks", "`We will not sell,' the chairman, Ali Koc, said.",
		[]want{{"We will not sell", Direct, "Ali Koc", "chairman", KindNamed, "said"}}},
	{"two countries said", `Israel and the United States said the strikes had set back the programme by years.`,
		[]want{{"^the strikes had set back", Indirect, "Israel and the United States", "", KindNamed, "said"}}},
	{"two people told reporters", `Macron and Starmer told reporters in Paris that Europe would keep supporting Ukraine.`,
		[]want{{"^Europe would keep supporting", Indirect, "Macron and Starmer", "", KindNamed, "told"}}},
	{"two titled people after a quote", `"This is a dark day for Europe," German Chancellor Friedrich Merz and French President Emmanuel Macron said in a joint statement.`,
		[]want{{"This is a dark day", Direct, "German Chancellor Friedrich Merz and French President Emmanuel Macron", "", KindNamed, "said"}}},
	{"three countries", `Egypt, Qatar and Turkey said in a joint statement that the ceasefire must hold.`,
		[]want{{"^the ceasefire must hold", Indirect, "Egypt, Qatar and Turkey", "", KindNamed, "said"}}},
	{"they after a coordinated subject", `Britain and France said they were ready to send troops. They added that a ceasefire had to come first.`,
		[]want{{"^they were ready", Indirect, "Britain and France", "", KindNamed, "said"}, {"^a ceasefire had to come first", Indirect, "Britain and France", "", KindPronoun, "added"}}},
	{"a list item after an opening place is no speaker", `In Cairo, Qatar and Egypt said the talks would resume on Sunday.`,
		[]want{{"^the talks would resume", Indirect, "Qatar and Egypt", "", KindNamed, "said"}}},
	{"he is no coordinated group", `"We stand together," Merz and Macron said. Polish Prime Minister Donald Tusk arrived later. "We agree," he said.`,
		[]want{{"We stand together", Direct, "Merz and Macron", "", KindNamed, "said"}, {"We agree", Direct, "Donald Tusk", "", KindPronoun, "said"}}},
	{"the two leaders are the group", `"We stand together," Merz and Macron said in Berlin. The two leaders added that the European Union had to respond as one.`,
		[]want{{"We stand together", Direct, "Merz and Macron", "", KindNamed, "said"}, {"^the European Union had to respond", Indirect, "Merz and Macron", "", KindDescription, "added"}}},
	{"inverted list of countries", `"The attacks on shipping must stop," said Britain, France and Germany in a joint statement.`,
		[]want{{"The attacks on shipping must stop", Direct, "Britain, France and Germany", "", KindNamed, "said"}}},
	{"a name and a description", `Poland and the Baltic states said they would raise defence spending to five percent.`,
		[]want{{"^they would raise defence spending", Indirect, "Poland and the Baltic states", "", KindNamed, "said"}}},
	{"an unnamed source with coordinated places", `Officials in Berlin and Paris said the summit would go ahead as planned.`,
		[]want{{"^the summit would go ahead", Indirect, "Officials in Berlin and Paris", "", KindUnnamed, "said"}}},
	{"a coordinated verb keeps one subject", `Kenyan President William Ruto met the delegation and said the talks had been frank.`,
		[]want{{"^the talks had been frank", Indirect, "William Ruto", "Kenyan President", KindNamed, "said"}}},
	{"the minister after an appositive title", `Hakan Fidan, Turkey's foreign minister, met his Iranian counterpart in Ankara on Monday. The minister said the border crossings would reopen.`,
		[]want{{"^the border crossings would reopen", Indirect, "Hakan Fidan", "Turkey's foreign minister", KindDescription, "said"}}},
	{"the minister before an apposed name", `Turkey's foreign minister, Hakan Fidan, met his Iranian counterpart in Ankara on Monday. "The crossings will reopen," the minister said.`,
		[]want{{"The crossings will reopen", Direct, "Hakan Fidan", "Turkey's foreign minister", KindDescription, "said"}}},
	{"the president is the nearest president", `US President Joe Biden said the talks were useful. French President Emmanuel Macron arrived in Washington on Friday. "We are allies," the president said.`,
		[]want{{"^the talks were useful", Indirect, "Joe Biden", "US President", KindNamed, "said"}, {"We are allies", Direct, "Emmanuel Macron", "French President", KindDescription, "said"}}},
	{"the prime minister, indirect", `Prime Minister Anthony Albanese visited the flooded towns in New South Wales. The prime minister said the government would pay for the repairs.`,
		[]want{{"^the government would pay", Indirect, "Anthony Albanese", "Prime Minister", KindDescription, "said"}}},
	{"the chancellor named first in the text", `Chancellor Olaf Scholz met President Joe Biden at the White House. "We are united," the chancellor said.`,
		[]want{{"We are united", Direct, "Olaf Scholz", "Chancellor", KindDescription, "said"}}},
	// coordinated subjects
	// bare titles
	// quotes across paragraphs
	{"continued paragraph ends with an attribution", "\"The harvest is lost and the prices keep rising every week,\" said Lucia Ferreira, a farmer near Porto. \"We cannot pay our debts.\n\n\"Nobody in Lisbon listens to us,\" she added.",
		[]want{{"The harvest is lost", Direct, "Lucia Ferreira", "farmer near Porto", KindNamed, "said"}, {"We cannot pay", Direct, "Lucia Ferreira", "farmer near Porto", KindNamed, "said"}, {"Nobody in Lisbon", Direct, "Lucia Ferreira", "farmer near Porto", KindPronoun, "added"}}},
	{"single marks across paragraphs", "Irish Taoiseach Micheal Martin said: \u2018We will protect the peace process at all costs.\n\n\u2018Nobody wants a hard border on this island again.\u2019",
		[]want{{"We will protect", Direct, "Micheal Martin", "Irish Taoiseach", KindNamed, "said"}, {"Nobody wants a hard border", Direct, "Micheal Martin", "Irish Taoiseach", KindNamed, "said"}}},
	{"according to a statement from", `According to a statement from the Polish foreign ministry, the ambassador was summoned on Friday.`,
		[]want{{"^the ambassador was summoned", Indirect, "the Polish foreign ministry", "", KindDescription, "According to"}}},
	{"according to mid-sentence", `The strike, according to the Israeli military, killed a senior Hezbollah commander.`,
		[]want{{"killed a senior Hezbollah commander", Indirect, "the Israeli military", "", KindDescription, "according to"}}},
	{"according to a spokesman", `Two soldiers were wounded in the attack, according to a spokesman for the Lithuanian army.`,
		[]want{{"^Two soldiers were wounded", Indirect, "a spokesman for the Lithuanian army", "", KindUnnamed, "according to"}}},
	{"according to a named person with a title", `According to Norwegian Foreign Minister Espen Barth Eide, the recognition would be announced next week.`,
		[]want{{"^the recognition would be announced", Indirect, "Espen Barth Eide", "Norwegian Foreign Minister", KindNamed, "According to"}}},
	{"but according to", `But according to Spain's interior ministry, the number of arrivals fell by a third.`,
		[]want{{"^the number of arrivals fell", Indirect, "Spain's interior ministry", "", KindDescription, "according to"}}},
	{"according to figures released by", `Unemployment rose to 6.3 percent in March, according to figures released by Sweden's statistics agency.`,
		[]want{{"^Unemployment rose to 6.3 percent", Indirect, "Sweden's statistics agency", "", KindDescription, "according to"}}},
	{"according to, then a relative clause", `Three people were arrested near the stadium, according to police, who gave no further details.`,
		[]want{{"^Three people were arrested near the stadium", Indirect, "police", "", KindUnnamed, "according to"}}},
	{"according to a country's air force", `According to Ukraine's air force, Russia launched 300 drones and missiles overnight.`,
		[]want{{"^Russia launched 300 drones", Indirect, "Ukraine's air force", "", KindDescription, "According to"}}},
	{"inverted description of an institution's head, then the name", "\u201eThe situation is serious,\u201c warned the head of the Bundesbank, Joachim Nagel.",
		[]want{{"The situation is serious", Direct, "Joachim Nagel", "head of the Bundesbank", KindNamed, "warned"}}},
	{"a name given in a relative clause", `"It's a disgrace," one protester, who gave her name only as Maria, told AFP.`,
		[]want{{"It's a disgrace", Direct, "Maria", "protester", KindNamed, "told"}}},
	{"an indefinite person noun is an unnamed source", `"We have nothing left," a shopkeeper in Kharkiv told Reuters.`,
		[]want{{"We have nothing left", Direct, "a shopkeeper in Kharkiv", "", KindUnnamed, "told"}}},
	{"an indefinite person noun after a verb is an object", `In a panel discussion on Saturday in Accra, Kofi Mensah, the head of the Ghana Bar Association, forcefully told a young woman who suggested that some people may not vote that "this is not the first generation to be frustrated and staying home is no strategy."`,
		[]want{{"this is not the first generation", Mixed, "Kofi Mensah", "head of the Ghana Bar Association", KindNamed, "told"}}},
	{"a participle already reporting a partial quote is not reported twice", `"We are ready for dialogue," Iranian Foreign Minister Abbas Araghchi said on state television, adding that Tehran "will not negotiate under threats".`,
		[]want{{"We are ready for dialogue", Direct, "Abbas Araghchi", "Iranian Foreign Minister", KindNamed, "said"}, {"will not negotiate", Mixed, "Abbas Araghchi", "Iranian Foreign Minister", KindNamed, "adding"}}},
	{"progressive cue with an object", `Donald Trump is warning voters that a Clinton victory would bring higher taxes.`,
		[]want{{"^a Clinton victory would bring", Indirect, "Donald Trump", "", KindNamed, "warning"}}},
	{"progressive cue after an institution", `The Kremlin is saying that the talks will go ahead as planned.`,
		[]want{{"^the talks will go ahead", Indirect, "Kremlin", "", KindNamed, "saying"}}},
	{"progressive cue after a plural subject", `Ukrainian officials are insisting that no territory will be ceded.`,
		[]want{{"^no territory will be ceded", Indirect, "Ukrainian officials", "", KindUnnamed, "insisting"}}},
	{"past cue with an object before that", `Finnish President Alexander Stubb assured allies that Finland would meet its NATO spending target.`,
		[]want{{"^Finland would meet", Indirect, "Alexander Stubb", "Finnish President", KindNamed, "assured"}}},
	{"speaker with a party tag introduced the sentence before", `On "Meet the Press," Senator Lindsey Graham (R-S.C.), who chairs the budget committee, dismissed the plan. "It has no chance of passing the Senate in this form."`,
		[]want{{"It has no chance", Direct, "Lindsey Graham", "Senator", KindNamed, ""}}},
	{"a number opening the sentence before is no speaker", `Twenty-two years ago, a local paper hailed the mayor as "The Comeback Kid" for the city. "He turned this place around within a single term in office."`,
		[]want{{"He turned this place around", Direct, "", "", KindUnresolved, ""}}},
	{"according to, citing", `According to the Kyiv Independent, citing military sources, at least 20 drones were shot down overnight.`,
		[]want{{"^at least 20 drones were shot down", Indirect, "Kyiv Independent", "", KindNamed, "According to"}}},
	{"an age is no title", "\"The floods took everything,\" said Fatima Diallo, 52.\n\n\"My house, my animals, my shop.\n\n\"Nothing is left,\" she said.",
		[]want{{"The floods took everything", Direct, "Fatima Diallo", "", KindNamed, "said"}, {"My house", Direct, "Fatima Diallo", "", KindNamed, "said"}, {"Nothing is left", Direct, "Fatima Diallo", "", KindPronoun, "said"}}},
	{"a subject inside its clause reports nothing before it", `He apparently believed the online polls showed him winning the debate.`,
		[]want{{"^the online polls showed him", Indirect, "", "", KindUnresolved, "believed"}}},
	{"a subject after its clause, with an article", `Growth in emerging economies is offsetting the slowdown in Europe, the IMF said on Tuesday.`,
		[]want{{"^Growth in emerging economies", Indirect, "IMF", "", KindNamed, "said"}}},
	{"continued to is no report", `The streets were quiet as many residents continued to stay away from the city centre.`,
		nil},
	{"a two-word clause after a participle clause", `French President Emmanuel Macron, speaking in Paris, said he agreed.`,
		[]want{{"he agreed", Indirect, "Emmanuel Macron", "French President", KindNamed, "said"}}},
	{"an adverb in -ly between subject and cue", `The central banks of Japan and Switzerland jointly announced that they would provide dollar funding.`,
		[]want{{"^they would provide dollar funding", Indirect, "The central banks of Japan and Switzerland", "", KindDescription, "announced"}}},
	{"the family is no adverb", `The family said they had not been told of the arrest.`,
		[]want{{"^they had not been told", Indirect, "", "", KindUnresolved, "said"}}},
	{"an inverted name then a participle", `"It took too long for the money to reach the banks," said Uralsib analyst Chris Weafer commenting on the decision.`,
		[]want{{"It took too long", Direct, "Chris Weafer", "Uralsib analyst", KindNamed, "said"}}},
	{"the company is the company named before", `China Eastern Airlines signed a deal for 20 Airbus jets on Friday. The company said the planes would serve domestic routes.`,
		[]want{{"^the planes would serve", Indirect, "China Eastern Airlines", "", KindDescription, "said"}}},
	{"the company is no ministry", `The Foreign Ministry said the talks would resume. The company said it would keep its staff in the country.`,
		[]want{{"^the talks would resume", Indirect, "Foreign Ministry", "", KindNamed, "said"}, {"^it would keep its staff", Indirect, "The company", "", KindUnresolved, "said"}}},
	{"a body that opens titles, alone", `The deal was signed in Brussels on Friday, NATO said.`,
		[]want{{"^The deal was signed in Brussels on Friday", Indirect, "NATO", "", KindNamed, "said"}}},
	{"a body that opens titles, with its article", `More than 100 aid workers have been killed this year, the UN said.`,
		[]want{{"^More than 100 aid workers have been killed this year", Indirect, "UN", "", KindNamed, "said"}}},
	{"an appositive with no closing comma before the cue", "Scott Carson, president and CEO of Boeing Commercial Airplanes said, ``This has been a wonderful day for our customers.''",
		[]want{{"This has been a wonderful day", Direct, "Scott Carson", "president and CEO of Boeing Commercial Airplanes", KindNamed, "said"}}},
	{"an opening adverb is no name before an appositive", `In June, the South Carolina senator urged fellow Republicans to drop their support.`,
		[]want{{"^fellow Republicans to drop", Indirect, "the South Carolina senator", "", KindUnresolved, "urged"}}},
	// according to
	// cues inside the quote
	{"he added inside the quote", `"We have done our part," Greek Prime Minister Kyriakos Mitsotakis said. "Now," he added, "it is up to Brussels."`,
		[]want{{"We have done our part", Direct, "Kyriakos Mitsotakis", "Greek Prime Minister", KindNamed, "said"}, {"Now", Direct, "Kyriakos Mitsotakis", "Greek Prime Minister", KindPronoun, "added"}, {"it is up to Brussels", Direct, "Kyriakos Mitsotakis", "Greek Prime Minister", KindPronoun, "added"}}},
	{"she said inside the quote, lower-case continuation", `"The law is clear," she said, "and the court will apply it." Italian Justice Minister Carlo Nordio disagreed.`,
		[]want{{"The law is clear", Direct, "", "", KindUnresolved, "said"}, {"and the court will apply it", Direct, "", "", KindUnresolved, "said"}}},
	{"name inside the quote, then adding", `"The ceasefire is holding," Qatari mediator Majed al-Ansari said, adding: "Both sides have kept their word."`,
		[]want{{"The ceasefire is holding", Direct, "Majed al-Ansari", "Qatari mediator", KindNamed, "said"}, {"Both sides have kept", Direct, "Majed al-Ansari", "Qatari mediator", KindNamed, "adding"}}},
}

func TestFindRobust(t *testing.T) {
	for _, tt := range robustTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// The direction of a double quote mark that opens in one house style and
// closes in another („…“, »…«, ”…”) follows the space around it.
func TestLexQuoteMarks(t *testing.T) {
	tests := []struct {
		text string
		want []uint8 // kinds of the marks, in order
	}{
		{"\u201cWe go,\u201d he said.", []uint8{tOpen, tClose}},
		{"\u201eWe go,\u201c he said.", []uint8{tOpen, tClose}},
		{"\u201eWe go.\u201c", []uint8{tOpen, tClose}},
		{"\u00bbWe go,\u00ab he said.", []uint8{tOpen, tClose}},
		{"\u00abWe go,\u00bb he said.", []uint8{tOpen, tClose}},
		{"\u00ab\u00a0We go,\u00a0\u00bb he said.", []uint8{tOpen, tClose}},
		{"\u201dWe go,\u201d he said.", []uint8{tOpen, tClose}},
		{"he said,\u201cWe go.\u201d", []uint8{tOpen, tClose}},
		{"he said,\u201c\u2026we go.\u201d", []uint8{tOpen, tClose}},
		{"she said,\u201c$5 billion.\u201d", []uint8{tOpen, tClose}},
	}
	for _, tt := range tests {
		var got []uint8
		for _, tk := range lexSpan(nil, tt.text, segment.LowerASCII(tt.text), 0, len(tt.text)) {
			if tk.kind == tOpen || tk.kind == tClose {
				got = append(got, tk.kind)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("lex(%q) marks = %v; want %v (open %d, close %d)", tt.text, got, tt.want, tOpen, tClose)
		}
	}
}

// With the mentions layer, a bare title resolves to the nearest person
// mentioned with it before, whether or not that person spoke.
func TestFindRobustWithMentions(t *testing.T) {
	type ment struct {
		text, kbid, title string
		typ, how          string // person and alias when empty
	}
	tests := []struct {
		name  string
		input string
		ms    []ment
		want  []want
	}{
		{"the president is the nearest president mentioned", `US President Joe Biden said the talks were useful. French President Emmanuel Macron arrived in Washington on Friday. "We are allies," the president said.`,
			[]ment{{"Joe Biden", "person.joe-biden", "US President", "", ""}, {"Emmanuel Macron", "person.emmanuel-macron", "French President", "", ""}},
			[]want{{"^the talks were useful", Indirect, "Joe Biden", "US President", KindNamed, "said"}, {"We are allies", Direct, "Emmanuel Macron", "French President", KindDescription, "said"}}},
		{"the speaker mentioned again is no other person", `President Joe Biden said the talks were useful. Biden then flew to Delaware. "We are allies," the president said.`,
			[]ment{{"Joe Biden", "person.joe-biden", "President", "", ""}, {"Biden then", "person.joe-biden", "", "", ""}},
			[]want{{"^the talks were useful", Indirect, "Joe Biden", "President", KindNamed, "said"}, {"We are allies", Direct, "Joe Biden", "President", KindDescription, "said"}}},
		{"the company is the organisation outside the KB", `China Eastern signed a deal for 20 Airbus jets, NATO said. The company said the planes would serve domestic routes.`,
			[]ment{{"China Eastern", "", "", doc.TypeOrganization, "name"}, {"Airbus", "", "", doc.TypeOrganization, "name"}, {"NATO", "org.nato", "", doc.TypeOrganization, "alias"}},
			[]want{{"^China Eastern signed", Indirect, "NATO", "", KindNamed, "said"}, {"^the planes would serve", Indirect, "Airbus", "", KindDescription, "said"}}},
		{"an open appositive wins over the shorter title of the mention", "Scott Carson, president and CEO of Boeing Commercial Airplanes said, ``This has been a wonderful day for our customers.''",
			[]ment{{"Scott Carson", "", "president", doc.TypePerson, "name"}},
			[]want{{"This has been a wonderful day", Direct, "Scott Carson", "president and CEO of Boeing Commercial Airplanes", KindNamed, "said"}}},
		{"he after a surname the mentions layer guessed an organisation", `"We have no plans to raise taxes," Haddad said. "The target stays where it is," he added.`,
			[]ment{{"Haddad", "", "", doc.TypeOrganization, "name"}},
			[]want{{"We have no plans", Direct, "Haddad", "", KindNamed, "said"}, {"The target stays", Direct, "Haddad", "", KindPronoun, "added"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.input)
			for _, m := range tt.ms {
				text := strings.TrimSuffix(m.text, " then")
				s := strings.Index(tt.input, m.text)
				ent := len(d.Entities)
				for i, e := range d.Entities {
					if m.kbid != "" && e.KBID == m.kbid {
						ent = i
					}
				}
				typ, how := m.typ, m.how
				if typ == "" {
					typ, how = doc.TypePerson, "alias"
				}
				if ent == len(d.Entities) {
					d.Entities = append(d.Entities, doc.Entity{KBID: m.kbid, Name: text, Type: typ})
				}
				d.Entities[ent].Mentions = append(d.Entities[ent].Mentions, len(d.Mentions))
				d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len(text)}, Text: text, Type: typ, KBID: m.kbid, Entity: ent, Title: m.title, Role: -1, How: how})
			}
			d.Fill(doc.LayerMentions)
			checkQuotes(t, d, Find(d), tt.want)
		})
	}
}

// The content reported before its subject ends before the subject's
// article: "…, the UN said" reports "…", not "…, the".
func TestContentBeforeSubjectArticle(t *testing.T) {
	for in, want := range map[string]string{
		`More than 100 aid workers have been killed this year, the UN said.`:                "More than 100 aid workers have been killed this year",
		`Growth in emerging economies is offsetting the slowdown, the IMF said on Tuesday.`: "Growth in emerging economies is offsetting the slowdown",
	} {
		qs := Find(newDoc(in))
		if len(qs) != 1 || qs[0].Text != want {
			t.Errorf("Find(%q) = %s; want one quote %q", in, describe(qs), want)
		}
	}
}
