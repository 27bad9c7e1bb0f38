package quote_test

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/mention"
	"github.com/sitrep-project/sitrep/quote"
	"github.com/sitrep-project/sitrep/segment"
)

// External tests of speakers found with the mention stage.

// TestFindPluralHeadClause: a plural unnamed-source head followed by
// a past tense and its object is a clause of its own, no source ("Activists
// besieged the embassy, and Ambassador X said": the speaker is X; e.g.
// Estonia); a participle and a preposition stay a source's post-modifier.
func TestFindPluralHeadClause(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker string }{
		{`Pro-Kremlin youth activists besieged the Estonian embassy in Moscow, and Estonian Ambassador Marina Kaljurand said she had been attacked.`,
			"Marina Kaljurand"},
		{`Activists besieged the embassy in Moscow, and Ambassador Marina Kaljurand said she had been attacked.`,
			"Marina Kaljurand"},
		{`Activists detained on Monday said they had been beaten.`,
			"Activists detained"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker && !strings.HasPrefix(qs[0].Speaker.Name, tc.speaker) {
			t.Errorf("Find(%q) = %+v; want one quote by %s", tc.in, qs, tc.speaker)
		}
	}
}

// TestFindAccordingToApposition: "according to <description>,
// <Name>" is the named person's report (e.g. Zimbabwe, "according to
// the party's secretary general, Tendai Biti" was unresolved).
func TestFindAccordingToApposition(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker, content string }{
		{`Police arrested about 60 people, according to the party's secretary general, Tendai Biti.`, "Tendai Biti", "Police arrested about 60 people"},
		{`According to the ministry spokesman, John Kirby, Russia attacked the port.`, "John Kirby", "Russia attacked the port"},
		{`According to the ministry, Russia attacked the port.`, "the ministry", "Russia attacked the port"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %+v; want %q by %s", tc.in, qs, tc.content, tc.speaker)
		}
	}
}

// TestFindCueWithInfinitive: "…, General X, urged him to resign" has
// its own object and infinitive: the clause before the subject is no
// report of it (e.g. Bolivia); "…, X said in a speech to parliament"
// still reports the clause.
func TestFindCueWithInfinitive(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, content string }{
		{`Morales, Bolivia's first indigenous president, stepped down on Sunday after the armed forces commander, General Williams Kaliman, urged him to resign.`, ""},
		{`The talks were useful, Danny Ayalon said in a speech to parliament.`, "The talks were useful"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if tc.content == "" && len(qs) > 0 && strings.Contains(qs[0].Text, "stepped down") || tc.content != "" && (len(qs) != 1 || qs[0].Text != tc.content) {
			t.Errorf("Find(%q) = %+v; want %q", tc.in, qs, tc.content)
		}
	}
}

// findMentioned segments text, runs the mention stage st on it and
// returns the quotes FindKB finds with k.
func findMentioned(t *testing.T, st *mention.Stage, k *kb.KB, text string) []doc.Quote {
	t.Helper()
	return findMentionedOn(t, st, k, text, "")
}

// TestFindTrailingBeforeClause: an attribution after a clause set
// off by a comma reports that clause, and "before" or "after" following
// its cue opens an adverbial, not the report (e.g. Myanmar, "…,
// NLD spokesman Myo Nyunt told Reuters by telephone before his line
// went dead"); after an opening phrase ("On Monday, the minister said
// after …") the words after the cue stay the report.
func TestFindTrailingBeforeClause(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, content string }{
		{`President Win Myint was also detained in the capital, spokesman Myo Nyunt told Reuters by telephone before his line went dead.`,
			"President Win Myint was also detained in the capital"},
		{`President Win Myint was also detained in the capital, spokesman Myo Nyunt said after the raid.`,
			"President Win Myint was also detained in the capital"},
		{`On Monday, the minister said after meeting the envoy the deal was close.`,
			"after meeting the envoy the deal was close"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %+v; want one quote %q", tc.in, qs, tc.content)
		}
	}
}

// TestFindCoordinatedInRelative: a cue coordinated by "and" inside
// a clause that ", where", ", while" or ", whereas" opens takes that
// clause's subject, not the sentence's (e.g. Georgia, "Tens of
// thousands rallied outside parliament, where Saakashvili called …
// and announced that …"); without such a clause the sentence's subject
// stays the speaker.
func TestFindCoordinatedInRelative(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, content, speaker string }{
		{`Tens of thousands of people rallied outside the parliament in Tbilisi, where Saakashvili called Russia's actions an invasion and announced that Georgia would leave the alliance.`,
			"Georgia would leave the alliance", "Mikheil Saakashvili"},
		{`The minister praised the deal, while Saakashvili criticised the plan and said it would fail.`,
			"it would fail", "Mikheil Saakashvili"},
		{`Saakashvili visited the troops in Gori and said the army would hold.`,
			"the army would hold", "Mikheil Saakashvili"},
	} {
		found := false
		for _, q := range findMentioned(t, st, k, tc.in) {
			if q.Text == tc.content {
				found = true
				if q.Speaker.Name != tc.speaker {
					t.Errorf("Find(%q): %q by %q; want %q", tc.in, q.Text, q.Speaker.Name, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("Find(%q): no quote %q", tc.in, tc.content)
		}
	}
}

// TestFindFormerDescription: "the former <title>" is the person
// named before whom the KB has in that office in a term ended before the
// article date, and not in it on that date (e.g. Senegal, "Ba said
// in a statement. The former prime minister said …"); a sitting holder
// is no former one.
func TestFindFormerDescription(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, date, speaker string }{
		{`Amadou Ba conceded defeat on Monday. The former prime minister said he had called Faye to congratulate him.`, "2024-03-25", "Amadou Ba"},
		{`Amadou Ba conceded defeat on Monday. The former prime minister said he had called Faye to congratulate him.`, "2023-03-25", ""},
		{`Amadou Ba spoke on Monday. The prime minister said he had called Faye to congratulate him.`, "2023-03-25", "Amadou Ba"},
	} {
		qs := findMentionedOn(t, st, k, tc.in, tc.date)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker && (tc.speaker != "" || qs[0].Speaker.Kind != quote.KindUnresolved) {
			t.Errorf("Find(%q, %s) = %+v; want one quote by %q", tc.in, tc.date, qs, tc.speaker)
		}
	}
}

// findMentionedOn is findMentioned with an article date (YYYY-MM-DD;
// "" for an undated article).
func findMentionedOn(t *testing.T, st *mention.Stage, k *kb.KB, text, date string) []doc.Quote {
	t.Helper()
	d := &doc.Doc{Text: text}
	if date != "" {
		day, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		d.Date = day
	}
	d.Fill(doc.LayerText)
	if err := segment.New().Process(d); err != nil {
		t.Fatal(err)
	}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	return quote.FindKB(d, k)
}

// TestFindAsTitle: a description whose modifier only the text's
// "as <title>" gives ("appointed X as acting president … The acting
// president asked") is that person (e.g. Sri Lanka).
func TestFindAsTitle(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker string }{
		{`Rajapaksa appointed Ranil Wickremesinghe as acting president. The acting president asked the speaker to nominate a new prime minister.`, "Ranil Wickremesinghe"},
		{`Rajapaksa met Ranil Wickremesinghe in the capital. The acting president asked the speaker to nominate a new prime minister.`, ""},
	} {
		qs := findMentionedOn(t, st, k, tc.in, "2022-07-13")
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker && (tc.speaker != "" || qs[0].Speaker.Kind != quote.KindUnresolved) {
			t.Errorf("Find(%q) = %+v; want one quote by %q", tc.in, qs, tc.speaker)
		}
	}
}

// TestFindSummaryAppositive: a writer's comment on the act, set off
// by a comma (", a decision that …", ", a rare move which …"), ends the
// report (e.g. Denmark); such a phrase as the report's subject
// stays in it.
func TestFindSummaryAppositive(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, content string }{
		{`Trump called off the visit after Prime Minister Mette Frederiksen said Greenland was not for sale, a decision that surprised officials in Copenhagen.`,
			"Greenland was not for sale"},
		{`The minister said the plan was dead, a rare move which angered allies.`, "the plan was dead"},
		{`The minister said a decision that hurts farmers would be wrong.`, "a decision that hurts farmers would be wrong"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %+v; want one quote %q", tc.in, qs, tc.content)
		}
	}
}

// TestFindApposedSubjectPronoun: "he" in a quote after a sentence
// whose subject is a person named in apposition ("Aliyev's adviser,
// Hikmet Hajiyev, rejected the charge") or after a fronted phrase ("In
// Baku, Hikmet Hajiyev rejected") is that person, not the speaker of an
// earlier quote (e.g. Nagorno-Karabakh).
func TestFindApposedSubjectPronoun(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	lead := `Armenian Prime Minister Nikol Pashinyan said the peacekeepers had failed. `
	for _, tc := range []struct{ in, speaker string }{
		{lead + `Azerbaijani President Ilham Aliyev's foreign policy adviser, Hikmet Hajiyev, rejected the charge. "We are not forcing anyone to leave," he told reporters.`, "Hikmet Hajiyev"},
		{lead + `In Baku, Hikmet Hajiyev rejected the charge. "We are not forcing anyone to leave," he told reporters.`, "Hikmet Hajiyev"},
		{lead + `In Baku, Hikmet Hajiyev and his aide met reporters. "We are not forcing anyone to leave," he told reporters.`, "Nikol Pashinyan"},
		{lead + `In Baku, former Foreign Minister Elmar Mammadyarov rejected the charge. "We are not forcing anyone to leave," he told reporters.`, "Elmar Mammadyarov"},
		{`A White House official said they discussed the jets.` + "\n\n17:45 Finnish President Sauli Niinisto attended his first summit. He said Finland would defend its allies.", "Sauli Niinistö"},
		{`Serbian President Aleksandar Vucic said he had signed nothing. In Belgrade, former Prime Minister Ana Brnabic defended the president against critics who accused him of betraying Serbs. She told parliament that Serbia had won guarantees.`, "Ana Brnabić"},
	} {
		qs := findMentionedOn(t, st, k, tc.in, "2023-09-28")
		if len(qs) != 2 || qs[1].Speaker.Name != tc.speaker {
			t.Errorf("Find(%q) = %+v; want the second quote by %q", tc.in, qs, tc.speaker)
		}
	}
}

// TestFindClauseSubjectPronoun: "he" in a quote after a sentence whose
// one person is the subject of a subordinate clause ("…, where Foreign
// Minister Dominique de Villepin drew applause") is that person, though
// the name does not tell the pronoun's gender, not the speaker of an
// earlier quote; with a second person there, or the person no subject,
// the earlier speaker stays.
func TestFindClauseSubjectPronoun(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	lead := `French President Jacques Chirac told reporters that Paris saw no reason for war. `
	for _, tc := range []struct{ in, speaker string }{
		{lead + `The divide deepened at the Security Council, where Foreign Minister Dominique de Villepin drew applause. "This message comes from an old country," he said.`, "Dominique de Villepin"},
		{lead + `The mood changed when Dominique de Villepin spoke at the Security Council. "This message comes from an old country," he said.`, "Dominique de Villepin"},
		{lead + `The divide deepened at the Security Council, where Dominique de Villepin and Colin Powell clashed. "This message comes from an old country," he said.`, "Jacques Chirac"},
		{lead + `The divide deepened at the Security Council, where delegates applauded Dominique de Villepin. "This message comes from an old country," he said.`, "Jacques Chirac"},
	} {
		qs := findMentionedOn(t, st, k, tc.in, "2003-02-18")
		if len(qs) != 2 || qs[1].Speaker.Name != tc.speaker {
			t.Errorf("Find(%q) = %+v; want the second quote by %q", tc.in, qs, tc.speaker)
		}
	}
}

// TestFindOrgForTitle: a subject "<Body> for <Domain> chief
// <Name>" reads through "for" after an organisation head ("U.S. Agency
// for International Development chief Samantha Power visited … and
// said"): the person speaks, not "U.S. Agency".
func TestFindOrgForTitle(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	in := `U.S. Agency for International Development chief Samantha Power visited the border on Tuesday and said the aid would help.`
	qs := findMentionedOn(t, st, k, in, "2023-09-28")
	if len(qs) != 1 || qs[0].Speaker.Name != "Samantha Power" {
		t.Errorf("Find(%q) = %+v; want one quote by Samantha Power", in, qs)
	}
}

// TestFindGerundAdjunctThat: "said after meeting X in Y that …"
// reports the clause after "that"; the gerund phrase times the saying
// (e.g. Sweden's NATO accession, Orban); a "that" opening a
// relative clause inside the phrase does not start the report.
func TestFindGerundAdjunctThat(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, content string }{
		{`Prime Minister Viktor Orban said after meeting Kristersson in Budapest that trust had been restored.`, "trust had been restored"},
		{`Prime Minister Viktor Orban said after meeting officials that had come that trust was back.`, "after meeting officials that had come that trust was back"},
	} {
		qs := findMentionedOn(t, st, k, tc.in, "2024-03-07")
		if len(qs) != 1 || qs[0].Text != tc.content {
			t.Errorf("Find(%q) = %+v; want one quote %q", tc.in, qs, tc.content)
		}
	}
}

// TestFindMixedButReport: a mixed quote ends before ", but <subject>
// <cue>" as an indirect report does (`Orban had accused
// Sweden of "sneering" at Hungary's democracy, but he said …`).
func TestFindMixedButReport(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	in := `Prime Minister Viktor Orban had accused Sweden of "sneering" at Hungary's democracy, but he said later that trust had been restored.`
	qs := findMentionedOn(t, st, k, in, "2024-03-07")
	if len(qs) != 2 || qs[0].Text != `Sweden of "sneering" at Hungary's democracy` || qs[1].Text != "trust had been restored" {
		t.Errorf("Find(%q) = %+v; want the accusation and the later report apart", in, qs)
	}
}

// TestFindTitleForPlace: a title whose domain is a place written
// before the name ("UN special envoy for Syria Geir Pedersen said") has
// the person speak with the whole title; a title after "for" ("a
// spokesman for President X") stays the unnamed spokesman (e.g. Sudan, "U.S.
// special envoy for the Horn of Africa Jeffrey Feltman").
func TestFindTitleForPlace(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker, title string }{
		{`UN special envoy for Syria Geir Pedersen said the talks would resume.`, "Geir Pedersen", "UN special envoy for Syria"},
		{`U.S. special envoy for the Horn of Africa Jeffrey Feltman said Washington was alarmed.`, "Jeffrey Feltman", "U.S. special envoy for the Horn of Africa"},
		{`A spokesman for President Volodymyr Zelensky said Kyiv would respond.`, "A spokesman for President Volodymyr Zelensky", ""},
	} {
		qs := findMentionedOn(t, st, k, tc.in, "2021-10-26")
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker || qs[0].Speaker.Title != tc.title {
			t.Errorf("Find(%q) = %+v; want one quote by %q, title %q", tc.in, qs, tc.speaker, tc.title)
		}
	}
}

// TestFindLaterMention: a surname written after the full name is the
// full name, and a speaker written with no title takes the title the
// article gave the person before, through pronouns too.
func TestFindLaterMention(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker, title string }{
		{`Finance Minister Chrysanthus Okemo defended the cuts on Thursday. "We have to live within our means," Okemo told parliament.`,
			"Chrysanthus Okemo", "Finance Minister"},
		{`Former Prime Minister Silvio Berlusconi attacked the coalition. "They are telling Italians a fairy tale," Berlusconi said.`,
			"Silvio Berlusconi", "Former Prime Minister"},
		{`Treasury Minister Carlo Azeglio Ciampi rejected the charge. Ciampi said the deficit was below three percent.`,
			"Carlo Azeglio Ciampi", "Treasury Minister"},
		{`Jakarta Governor Anies Baswedan opened shelters. "We did our part," Baswedan said.`,
			"Anies Baswedan", "Jakarta Governor"},
		{`Parliament elected Shigeru Ishiba as prime minister on Tuesday. Ishiba, a former defence minister, won 215 votes. Ishiba said he would call an election.`,
			"Shigeru Ishiba", "prime minister"},
		{`The mayor of Concepcion, Jacqueline van Rysselberghe, appealed for soldiers. "We need order," van Rysselberghe said.`,
			"Jacqueline van Rysselberghe", "mayor of Concepcion"},
		{`The chairman of the organising committee, Suresh Kalmadi, denied any wrongdoing. "I have nothing to hide," Kalmadi said.`,
			"Suresh Kalmadi", "chairman of the organising committee"},
		{`The man in the red coat, Suresh Kalmadi, denied any wrongdoing. "I have nothing to hide," Kalmadi said.`,
			"Suresh Kalmadi", ""},
		{`Santos thanked the rebel commander, Rodrigo Londono, in Havana. "We will never again use weapons," Londono said.`,
			"Rodrigo Londoño", "rebel commander"},
		{`The president met the head of the rebel army, Rodrigo Londono, in Havana. "We will never again use weapons," Londono said.`,
			"Rodrigo Londoño", "head of the rebel army"},
		{`Castillo was removed. His vice president, Dina Boluarte, was sworn in on Wednesday. "I ask for a truce," Boluarte said.`,
			"Dina Boluarte", "vice president"},
		{`Earl Paulk is the father of his brother's son, Donnie Paulk, a court heard. "I am sorry," Donnie Paulk said.`,
			"Donnie Paulk", ""},
		{`A spokesman for his Tehreek-e-Insaf party, Fawad Chaudhry, arrived at the court. "This is an abduction," Chaudhry said.`,
			"Fawad Chaudhry", "spokesman for his Tehreek-e-Insaf party"},
		{`The head of her campaign, Peter Ndlovu, arrived at the court. "We will appeal," Ndlovu said.`,
			"Peter Ndlovu", "head of her campaign"},
		{`A spokesman for the Kenyan state power company, John Kamau, blamed the heat. "We are working on it," Kamau said.`,
			"John Kamau", "spokesman for the Kenyan state power company"},
		{`Santos thanked the rebel commander, Rodrigo Londono, in Havana. Londono asked for forgiveness. "We will never again use weapons," he said.`,
			"Rodrigo Londoño", "rebel commander"},
		{`Officials feared for the life of the orchestra conductor, Wafa Younis, in the camp. "I only wanted to play music," Younis said.`,
			"Wafa Younis", ""},
		{`The charge rests on a report by Inspector Jamie James, Katrina Chappell, 24, of Paris. "I forgot," Chappell said.`,
			"Katrina Chappell", ""},
		{`Neither the police nor Farrin's attorney, Tony Soltani, would comment. "We will bring witnesses," Soltani said.`,
			"Tony Soltani", ""},
		{`Thailand's army chief, General Prayuth Chan-ocha, summoned politicians on Friday. "All Thais must remain calm," Prayuth said.`,
			"Prayut Chan-o-cha", "Thailand's army chief"},
		{`Opposition leader Morgan Tsvangirai, who returned on Wednesday, called for talks. "Mugabe must resign," he told a news conference.`,
			"Morgan Tsvangirai", "Opposition leader"},
		{`Prime Minister Sushil Koirala spoke on Monday. Koirala, who chairs the disaster committee, said foreign teams were arriving.`,
			"Sushil Koirala", "Prime Minister"},
		{`Shehbaz Sharif, who heads the Pakistan Muslim League-Nawaz, rejected the results. "This is rigging," Sharif said.`,
			"Shehbaz Sharif", "head of the Pakistan Muslim League-Nawaz"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker || qs[0].Speaker.Title != tc.title {
			t.Errorf("Find(%q) = %+v; want one quote by %s, %s", tc.in, qs, tc.speaker, tc.title)
		}
	}
}

// TestFindEarlierQuoteTitle: a later quote of a person whose title an
// earlier quote's apposition gave keeps that title, and a family name
// written first ("Chung" of "Chung Mong-koo") is the full name.
func TestFindEarlierQuoteTitle(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker, title string }{
		{`The Socialist leader, Jose Luis Rodriguez Zapatero, said his first priority was security. "The people have spoken," Zapatero told supporters.`,
			"José Luis Rodríguez Zapatero", "Socialist leader"},
		{`Hyundai's chairman, Chung Mong-koo, said the recall would be cheap. "This will not change our targets," Chung said.`,
			"Chung Mong-koo", "Hyundai's chairman"},
		{`Ye Shiwen, the 16-year-old swimmer, said she had never used banned drugs. "I have done nothing wrong," Ye said.`,
			"Ye Shiwen", "16-year-old swimmer"},
		{`The United Nations mediator, Lakhdar Brahimi, said both sides had agreed. "It is a small step," Brahimi said.`,
			"Lakhdar Brahimi", "United Nations mediator"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 2 || qs[1].Speaker.Name != tc.speaker || qs[1].Speaker.Title != tc.title {
			t.Errorf("Find(%q) = %+v; want a second quote by %q, title %q", tc.in, qs, tc.speaker, tc.title)
		}
	}
}

// TestFindTitleBeforeLinkedName: a capitalised title the mentions layer
// split from the person's name is no part of the speaker's name.
func TestFindTitleBeforeLinkedName(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker, title string }{
		{`Prosecutor Pablo Ouvina said the case was strong.`, "Pablo Ouvina", "Prosecutor"},
		{`Magistrate Jean Roux said the case was closed.`, "Jean Roux", "Magistrate"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker || qs[0].Speaker.Title != tc.title {
			t.Errorf("Find(%q) = %+v; want one quote by %q, title %q", tc.in, qs, tc.speaker, tc.title)
		}
	}
}

// TestFindNameEndingIng: a one-word name ending in "-ing" that opens
// the sentence is a speaker ("Beijing said"), not a gerund.
func TestFindNameEndingIng(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker string }{
		{`The talks failed. Beijing said on Friday that it would retaliate.`, "China"},
		{`The talks failed. Beijing said: "We will retaliate."`, "China"},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) != 1 || qs[0].Speaker.Name != tc.speaker {
			t.Errorf("Find(%q) = %+v; want one quote by %s", tc.in, qs, tc.speaker)
		}
	}
}

// TestFindGroupIsOrganisation: "the group" refers back to an
// organisation named as no public body (a rights group, a think tank),
// as it does to an armed group; a ministry is no group.
func TestFindGroupIsOrganisation(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := mention.New(k, mention.Options{})
	for _, tc := range []struct{ in, speaker, kind string }{
		{`According to Amnesty International, detainees had been beaten. The group said it had credible evidence.`,
			"Amnesty International", quote.KindDescription},
		{`The Tax Foundation published its study on Monday. The top earners would gain most, the group said.`,
			"Tax Foundation", quote.KindDescription},
		{`The Ministry of Health said 40 people had died. The group said it had credible evidence.`,
			"The group", quote.KindUnresolved},
	} {
		qs := findMentioned(t, st, k, tc.in)
		if len(qs) == 0 || qs[len(qs)-1].Speaker.Name != tc.speaker || qs[len(qs)-1].Speaker.Kind != tc.kind {
			t.Errorf("Find(%q) = %+v; want the last quote by %q (%s)", tc.in, qs, tc.speaker, tc.kind)
		}
	}
}
