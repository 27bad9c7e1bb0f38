package quote

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// TestFindW12QAByChannel: a trailing attribution may end in the channel
// the source spoke by ("told Reuters by telephone", "said by phone");
// the clause before it is the report, and a "he said" after it is that
// source, not the person the report is about (W12 QA: Myanmar).
func TestFindW12QAByChannel(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"told Reuters by telephone, then he said",
			`President Win Myint was also detained, party spokesman Myo Nyunt told Reuters by telephone. "We heard they are being held in the capital," he said.`,
			people("Win Myint", "Myo Nyunt"),
			[]want{{"^President Win Myint was also detained", Indirect, "Myo Nyunt", "party spokesman", KindNamed, "told"},
				{"We heard they are being held", Direct, "Myo Nyunt", "party spokesman", KindPronoun, "said"}}},
		{"said by phone",
			`The general was detained, Myo Nyunt said by phone.`,
			people("Myo Nyunt"),
			[]want{{"^The general was detained", Indirect, "Myo Nyunt", "", KindNamed, "said"}}},
		{"report inside the clause, then by phone",
			`The mother said she was struck, Lt. Pat Nelson said by phone.`,
			people("Pat Nelson"),
			[]want{{"^The mother said she was struck", Indirect, "Pat Nelson", "Lt.", KindNamed, "said"}}},
	})
}

// TestFindW12QAPossessedSpokesman: "his spokesman" after a sentence that
// names a person is that person's spokesman, an unnamed source, not an
// earlier speaker who was another body's spokesman (W12 QA: Myanmar).
func TestFindW12QAPossessedSpokesman(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"his spokesman after a named person",
			`The army detained the president, party spokesman Myo Nyunt said. Antonio Guterres strongly condemned the detentions, his spokesman said.`,
			people("Myo Nyunt", "Antonio Guterres"),
			[]want{{"^The army detained the president", Indirect, "Myo Nyunt", "party spokesman", KindNamed, "said"},
				{"^Antonio Guterres strongly condemned", Indirect, "Antonio Guterres's spokesman", "", KindUnnamed, "said"}}},
	})
}

// TestFindW12QALabelSaid: "what X said was Y" is the writer's label of
// a thing, like "what X described as Y", no report (W12 QA: India).
func TestFindW12QALabelSaid(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`Indian warplanes struck what New Delhi said was a militant training camp in Pakistan.`, 0},
		{`Police raided what officials say is a bomb factory near the border.`, 0},
		{`Officials said the camp was a bomb factory.`, 1},
	} {
		if qs := Find(newDoc(tc.in)); len(qs) != tc.want {
			t.Errorf("Find(%q) = %s; want %d quotes", tc.in, describe(qs), tc.want)
		}
	}
}

// TestFindW12QAInvertedIndefinite: an inverted cue before an indefinite
// person of a crowd ("said a protester at the compound") names an
// unnamed source, like "said a spokesman" (W12 QA: Sri Lanka).
func TestFindW12QAInvertedIndefinite(t *testing.T) {
	for _, tc := range []struct{ in, name string }{
		{`"We want both of them to go home," said a protester at the compound, who asked not to be named.`, "a protester"},
		{`"We want both of them to go home," said a protester.`, "a protester"},
		{`"The army fired first," said one villager.`, "one villager"},
		{`"We want them to go," a protester said.`, "a protester"},
	} {
		qs := Find(newDoc(tc.in))
		if len(qs) != 1 || qs[0].Speaker.Kind != KindUnnamed || qs[0].Speaker.Name != tc.name {
			t.Errorf("Find(%q) = %s; want one quote by unnamed %q", tc.in, describe(qs), tc.name)
		}
	}
}

// TestFindW12QADatelineNoSubject: a quote with no cue after the
// dateline's sentence is not the dateline city's (W12 QA).
func TestFindW12QADatelineNoSubject(t *testing.T) {
	for _, tc := range []struct{ in, name string }{
		{"COLOMBO, July 13, 2022 (Reuters) - Protesters stormed the office.\n\n\"We want both of them to go home.\"", ""},
	} {
		qs := Find(newDoc(tc.in))
		if len(qs) != 1 || qs[0].Speaker.Name != tc.name {
			t.Errorf("Find(%q) = %s; want one quote by %q", tc.in, describe(qs), tc.name)
		}
	}
}

// TestFindW12QAPastTitle: a former title that says it is past
// ("Ukraine's ousted president") gets no "former" before it (W12 QA).
func TestFindW12QAPastTitle(t *testing.T) {
	in := `Ukraine's ousted president, Viktor Yanukovich, told a news conference in Rostov that he was still the legitimate leader.`
	d := newDoc(in)
	markMention(d, "Viktor Yanukovich", doc.TypePerson, "", "", "Ukraine's ousted president")
	d.Mentions[0].Role = 0
	d.RoleClaims = []doc.RoleClaim{{Title: "president", Office: "president", Modifier: "former", Person: "Viktor Yanukovich", Mention: 0}}
	d.Fill(doc.LayerMentions)
	qs := Find(d)
	if len(qs) != 1 || qs[0].Speaker.Title != "Ukraine's ousted president" {
		t.Errorf("Find(%q) = %s; want title %q", in, describe(qs), "Ukraine's ousted president")
	}
}

// TestFindW12QAArmyNotGroup: "the army" is neither the commander of a
// paramilitary group the KB holds ("Commander of the Rapid Support
// Forces") nor the "army" of "army chief" (W12 QA: Sudan).
func TestFindW12QAArmyNotGroup(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		`RSF commander Mohamed Hamdan Dagalo told reporters they would win. The army said it would not negotiate until the RSF was dissolved.`,
		`The fighting pits army chief Abdel Fattah al-Burhan against Mohamed Hamdan Dagalo. The army said it would not negotiate until the RSF was dissolved.`,
		`Fighting broke out between the army and the paramilitary Rapid Support Forces. The army said it would not negotiate until the RSF was dissolved.`,
	} {
		d := newDoc(in)
		if strings.Contains(in, "Dagalo") {
			markMention(d, "Mohamed Hamdan Dagalo", doc.TypePerson, "person.mohamed-hamdan-dagalo", "Mohamed Hamdan Dagalo", "")
		} else {
			markMention(d, "Rapid Support Forces", doc.TypeArmedGroup, "group.rsf", "Rapid Support Forces", "")
		}
		d.Fill(doc.LayerMentions)
		d.Date = time.Date(2023, 4, 15, 0, 0, 0, 0, time.UTC)
		for _, q := range FindKB(d, k) {
			if strings.HasPrefix(q.Text, "it would not negotiate") && (strings.Contains(q.Speaker.Name, "Dagalo") || strings.Contains(q.Speaker.Name, "pits") || strings.Contains(q.Speaker.Name, "Rapid")) {
				t.Errorf("Find(%q): %q by %q; want not Dagalo, \"pits army\" nor the RSF", in, q.Text, q.Speaker.Name)
			}
		}
	}
}

// TestFindW12QAEventThat: "told reporters before the meeting that …"
// reports what follows "that", not the timing phrase (W12 QA).
func TestFindW12QAEventThat(t *testing.T) {
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

// TestFindW12QA3BothGenderGiven: a given name borne by men and women
// (Alexis Tsipras, Alexis Kohler) says no gender, so "he said" after him
// is him, not a man named earlier (W12 QA3: Greece).
func TestFindW12QA3BothGenderGiven(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"he after Alexis",
			`Finance Minister Yanis Varoufakis said the deal was good. Prime Minister Alexis Tsipras said Greece had won a battle. He said the government had avoided the trap.`,
			people("Yanis Varoufakis", "Alexis Tsipras"),
			[]want{{"^the deal was good", Indirect, "Yanis Varoufakis", "Finance Minister", KindNamed, "said"},
				{"^Greece had won a battle", Indirect, "Alexis Tsipras", "Prime Minister", KindNamed, "said"},
				{"^the government had avoided", Indirect, "Alexis Tsipras", "Prime Minister", KindPronoun, "said"}}},
	})
	if got := nameGender("Alexis Tsipras", ""); got != "" {
		t.Errorf(`nameGender("Alexis Tsipras") = %q; want ""`, got)
	}
}

// TestFindW12QA3IssuedMedium: a participle that tells how the medium
// came out ("a statement read at the palace on Thursday", "a statement
// released by his office") is no part of the report after "that" (W12
// QA3: Nepal).
func TestFindW12QA3IssuedMedium(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"read at … that",
			`Ram Thapa said in a statement read at the palace on Thursday that the royal family respects the will of the people.`,
			people("Ram Thapa"),
			[]want{{"^the royal family respects", Indirect, "Ram Thapa", "", KindNamed, "said"}}},
		{"released by … that",
			`Ram Thapa said in a statement released by his office that the army would stay.`,
			people("Ram Thapa"),
			[]want{{"^the army would stay", Indirect, "Ram Thapa", "", KindNamed, "said"}}},
	})
}

// TestFindW12QA3CueThenBut: a cue followed by "but" took no object
// ("had initially conceded but reversed his position"): what follows is
// another predicate, not the report (W12 QA3: Gambia).
func TestFindW12QA3CueThenBut(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"conceded but reversed",
			`Yahya Jammeh had initially conceded but reversed his position on December 9, citing "serious and unacceptable abnormalities."`,
			people("Yahya Jammeh"),
			nil},
	})
}

// TestFindW12QA3NamingCoordinated: a naming verb's second quoted part
// after "and" and a few words of its own is part of the same naming
// (W12 QA3: Qatar).
func TestFindW12QA3NamingCoordinated(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"called … and based on …",
			`Sheikh Mohammed called the decision "unjustified" and based on "false and baseless claims."`,
			people("Sheikh Mohammed"),
			[]want{{`unjustified" and based on "false and baseless claims`, Mixed, "Mohammed", "Sheikh", KindNamed, "called"}}},
	})
}

// TestFindW12QALongTitle: a title before a name keeps a capitalised
// participle that opens the body it names ("Armed Forces chief"), not
// just the words after it (W12 QA).
func TestFindW12QALongTitle(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"capitalised participle",
			`"We will win," Armed Forces chief Gen. Eduardo Ano said.`,
			people("Eduardo Ano"),
			[]want{{"We will win", Direct, "Eduardo Ano", "Armed Forces chief Gen.", KindNamed, "said"}}},
	})
}

// TestFindW12QAPortfolioList: a title naming a list of portfolios parted
// by commas ("Minister for Political, Legal and Security Affairs") is
// one title before the name, not a name that starts at the last comma
// (W12 QA).
func TestFindW12QAPortfolioList(t *testing.T) {
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
