package quote

import "testing"

// Tests of name and title gender in pronoun resolution.

// TestFindPronounGender: "she" never resolves to a person whose
// given name or title is a man's, nor "he" to a woman's; the nearest
// compatible person wins.
func TestFindPronounGender(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"she skips a man named last",
			`Angela Okafor arrived on Friday. Mayor John Mbeki greeted her. "We must move forward together," she said.`,
			people("Angela Okafor", "John Mbeki"),
			[]want{{"We must move forward", Direct, "Angela Okafor", "", KindPronoun, "said"}}},
		{"he skips a woman named last",
			`Ibrahim Kone arrived on Friday. Fatima Diallo greeted him. "We must move forward together," he said.`,
			people("Ibrahim Kone", "Fatima Diallo"),
			[]want{{"We must move forward", Direct, "Ibrahim Kone", "", KindPronoun, "said"}}},
		{"she after a sultan",
			`Wanjiru Kamau met Sultan Haitham Tarik. "The talks went well," she said.`,
			people("Wanjiru Kamau", "Haitham Tarik"),
			[]want{{"The talks went well", Direct, "Wanjiru Kamau", "", KindPronoun, "said"}}},
		{"unknown given name still resolves",
			`Mayor Kwame Asante greeted the crowd. "We must move forward," she said.`,
			people("Kwame Asante"),
			[]want{{"We must move forward", Direct, "Kwame Asante", "", KindPronoun, "said"}}},
	})
}

func TestNameGender(t *testing.T) {
	for _, tc := range []struct{ name, title, want string }{
		{"John Smith", "", "m"}, {"Mayor John Smith", "", "m"}, {"Samia Suluhu Hassan", "", "f"},
		{"Ibrahim Juma", "Chief Justice", "m"}, {"Kim Lee", "", ""}, {"Okafor", "Mrs.", "f"},
		{"Mr. Okafor", "", "m"}, {"Okafor", "party spokeswoman", "f"}, {"French President Emmanuel Macron", "", "m"},
		{"Brian Cox", "", "m"}, {"Susan Rice", "", "f"},
		{"Sheikh Hasina", "", "f"}, {"Prime Minister Sheikh Hasina", "", "f"}, {"Sheikh Tamim bin Hamad", "", "m"}, {"Sheikh Mohammed", "", "m"},
	} {
		if got := nameGender(tc.name, tc.title); got != tc.want {
			t.Errorf("nameGender(%q, %q) = %q; want %q", tc.name, tc.title, got, tc.want)
		}
	}
}

func TestTitleGender(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"guidance counselor at George Washington High School", ""}, {"Frank Buck Zoo Director", ""},
		{"Queen", "f"}, {"crown prince", "m"}, {"party spokeswoman", "f"}, {"Mr.", "m"}, {"", ""},
	} {
		if got := titleGender(tc.title); got != tc.want {
			t.Errorf("titleGender(%q) = %q; want %q", tc.title, got, tc.want)
		}
	}
}

// TestFindBothGenderGiven: a given name borne by men and women
// (Alexis Tsipras, Alexis Kohler) says no gender, so "he said" after him
// is him, not a man named earlier (e.g. Greece).
func TestFindBothGenderGiven(t *testing.T) {
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

// TestFindPreviousGendered: "she" after a sentence whose subject is a
// man goes to the one woman that sentence names, not to an earlier
// speaker whose name says no gender (e.g. Bullrich's words went to the
// Korean central banker of an earlier paragraph).
func TestFindPreviousGendered(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"she after a man's sentence naming a woman",
			`Lee Ju-yeol said growth would slow. Javier Milei named Patricia Bullrich, who lost to him in the first round, as security minister. She said on Monday that police would clear the roads.`,
			people("Lee Ju-yeol", "Javier Milei", "Patricia Bullrich"),
			[]want{{"^growth would slow", Indirect, "Lee Ju-yeol", "", KindNamed, "said"},
				{"^police would clear", Indirect, "Patricia Bullrich", "", KindPronoun, "said"}}},
	})
}

// TestGenderMemo checks that the finder's nameGender answers as the
// package's does, asked in turn about more names than its memo holds.
func TestGenderMemo(t *testing.T) {
	f := &finder{}
	names := []string{"John Smith", "Angela Merkel", "Alexis Tsipras", "Sheikh Hasina", "Fatima Bello", "Lee", "Mohammed bin Salman", "Samia Suluhu Hassan", "Ibrahim Traore", "Kim"}
	for round := range 3 {
		for i, name := range names {
			title := ""
			if (i+round)%3 == 0 {
				title = "Queen"
			}
			if got, want := f.nameGender(name, title), nameGender(name, title); got != want {
				t.Errorf("round %d: f.nameGender(%q, %q) = %q; want %q", round, name, title, got, want)
			}
		}
	}
}

// TestFindSamePronounAgain: a pronoun that repeats the one a quote
// before stood for is that person still, over a person of unknown gender
// named before that quote.
func TestFindSamePronounAgain(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"she again after she, not the man of unknown gender",
			`Ana Silva met Kwame Asante on Monday. "We agreed on nothing," she told reporters. "The country deserves better," she said.`,
			people("Ana Silva", "Kwame Asante"),
			[]want{{"We agreed on nothing", Direct, "Ana Silva", "", KindPronoun, "told"}, {"The country deserves better", Direct, "Ana Silva", "", KindPronoun, "said"}}},
		{"he again across paragraphs",
			`Kwame Asante met Jon Ode on Monday. "We agreed on nothing," he told reporters.` + "\n\n" + `"The country deserves better," he said.`,
			people("Kwame Asante", "Jon Ode"),
			[]want{{"We agreed on nothing", Direct, "Kwame Asante", "", KindPronoun, "told"}, {"The country deserves better", Direct, "Kwame Asante", "", KindPronoun, "said"}}},
	})
}
