package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/segment"
)

var moreTests = []struct {
	name  string
	input string
	want  []want
}{
	{"relative clause after the name is no title", `Nobel laureate Muhammad Yunus, whom students have named as their choice, said in Paris that he was ready to return home.`,
		[]want{{"^he was ready to return home", Indirect, "Muhammad Yunus", "", KindNamed, "said"}}},
	{"agreed to a thing that: a relative that", `The army and the RSF agreed on Saturday to a seven-day ceasefire that will take effect on Monday, Saudi Arabia and the United States said in a joint statement.`,
		[]want{{"^The army and the RSF agreed", Indirect, "Saudi Arabia and the United States", "", KindNamed, "said"}}},
	{"a contrasting report by another speaker is its own", `Mexico and Bolivia said they continued to back Maduro, while Russia warned Washington against any military intervention.`,
		[]want{{"^they continued to back Maduro", Indirect, "Mexico and Bolivia", "", KindNamed, "said"}, {"^Washington against", Indirect, "Russia", "", KindNamed, "warned"}}},
	{"a possessive before the speaker after the content", `UN Secretary-General Antonio Guterres "strongly condemned" the detentions, his spokesman Stephane Dujarric said.`,
		[]want{{"^UN Secretary-General Antonio Guterres", Mixed, "Stephane Dujarric", "spokesman", KindNamed, "said"}}},
	{"both sides are the parties named, not an unnamed source", `Armenia and Azerbaijan agreed to a ceasefire. Both sides accused each other of violating it. The two countries said talks would go on.`,
		[]want{{"^each other of violating it", Indirect, "Both sides", "", KindDescription, "accused"}, {"^talks would go on", Indirect, "The two countries", "", KindDescription, "said"}}},
	{"the writer's circumstance after a report is not in it", `Zarif said Riyadh was prolonging the war, as talks between the two rivals stalled in Baghdad. Heath said conditions may improve, as the consortium will be changing routes.`,
		[]want{{"^Riyadh was prolonging the war", Indirect, "Zarif", "", KindNamed, "said"}, {"^conditions may improve, as the consortium will be changing routes", Indirect, "Heath", "", KindNamed, "said"}}},
	{"a place or a day between the cue and a report without that", `Juncker told reporters in Brussels there would be no further extension. Varadkar said on Thursday the deal was unique.`,
		[]want{{"^there would be no further extension", Indirect, "Juncker", "", KindNamed, "told"}, {"^the deal was unique", Indirect, "Varadkar", "", KindNamed, "said"}}},
	{"a described subject of a coordinated cue", `A senior official visited Kyiv and said aid would continue.`,
		[]want{{"^aid would continue", Indirect, "A senior official", "", KindUnnamed, "said"}}},
	{"a long name before a coordinated cue", `Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah welcomed the agreement and said the Gulf states were ready.`,
		[]want{{"^the Gulf states were ready", Indirect, "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Kuwait's Emir Sheikh", KindNamed, "said"}}},
	{"a coordinated cue before a quotation is a second report", `The minister warned that Iran would not back down, and vowed "severe revenge" for any new attack.`,
		[]want{{"^Iran would not back down", Indirect, "", "", KindUnresolved, "warned"}, {"severe revenge", Mixed, "", "", KindUnresolved, "vowed"}}},
	{"said, adding that", `"We are not afraid," Chamisa said, adding that the protests would continue.`,
		[]want{{"We are not afraid", Direct, "Chamisa", "", KindNamed, "said"}, {"^the protests would continue", Indirect, "Chamisa", "", KindNamed, "adding"}}},
	{"inverted tweeted with lower-case title", `"Enough is enough," tweeted opposition figure Nelson Chamisa.`,
		[]want{{"Enough is enough", Direct, "Nelson Chamisa", "opposition figure", KindNamed, "tweeted"}}},
	{"speaking to reporters", `Speaking to reporters in Dhaka, Home Minister Asaduzzaman Khan said the situation was calm.`,
		[]want{{"^the situation was calm", Indirect, "Asaduzzaman Khan", "Home Minister", KindNamed, "said"}}},
	{"the president's office", `The president's office said in a statement that Ruto would travel to Addis Ababa.`,
		[]want{{"^Ruto would travel", Indirect, "The president's office", "", KindDescription, "said"}}},
	{"three paragraphs", "Ruto said: \"We will not bow to pressure from anyone.\n\n\"Our country is a sovereign nation with its own laws.\n\n\"We will decide our own future,\" he added.",
		[]want{{"We will not bow", Direct, "Ruto", "", KindNamed, "said"}, {"Our country is", Direct, "Ruto", "", KindNamed, "said"}, {"We will decide", Direct, "Ruto", "", KindPronoun, "added"}}},
	{"asked whether", `Asked whether she would resign, Boluarte said: "Never, under any circumstances."`,
		[]want{{"Never, under any", Direct, "Boluarte", "", KindNamed, "said"}}},
	{"apposed name after title", `Ethiopia's government spokesman, Legesse Tulu, said on Tuesday that the army had retaken the town.`,
		[]want{{"^the army had retaken", Indirect, "Legesse Tulu", "Ethiopia's government spokesman", KindNamed, "said"}}},
	{"official of a group, anonymity after", `"We will respond at the right time," a Hamas official told AFP, speaking on condition of anonymity.`,
		[]want{{"We will respond", Direct, "a Hamas official", "", KindUnnamed, "told"}}},
	{"witnesses told", `Witnesses told Reuters that soldiers opened fire on the crowd.`,
		[]want{{"^soldiers opened fire", Indirect, "Witnesses", "", KindUnnamed, "told"}}},
	{"age and occupation", `"It was chaos," said Maria Gonzalez, 45, a teacher in Caracas.`,
		[]want{{"It was chaos", Direct, "Maria Gonzalez", "teacher", KindNamed, "said"}}},
	{"agency with acronym", `The United Nations refugee agency (UNHCR) said more than 5,000 people had fled.`,
		[]want{{"^more than 5,000 people", Indirect, "The United Nations refugee agency", "", KindDescription, "said"}}},
	{"person's party", `"They are lying," Imran Khan's party said in a post on X.`,
		[]want{{"They are lying", Direct, "Imran Khan's party", "", KindDescription, "said"}}},
	{"told state TV", `"We are ready," army spokesman Nadav Shoshani told state TV.`,
		[]want{{"We are ready", Direct, "Nadav Shoshani", "army spokesman", KindNamed, "told"}}},
	{"said in a televised address", `Ruto said in a televised address on Wednesday that the finance bill would be withdrawn.`,
		[]want{{"^the finance bill would be withdrawn", Indirect, "Ruto", "", KindNamed, "said"}}},
	{"warned in a post", `Erdogan warned in a post on X that Turkey would respond to any attack.`,
		[]want{{"^Turkey would respond", Indirect, "Erdogan", "", KindNamed, "warned"}}},
	{"insisted, inverted mid", `"We did nothing wrong," insisted the company's chief executive, Sipho Nkosi.`,
		[]want{{"We did nothing wrong", Direct, "Sipho Nkosi", "company's chief executive", KindNamed, "insisted"}}},
	{"they after a group", `Al-Shabaab fighters stormed the base at dawn. "We control the town," the group said in a statement.`,
		[]want{{"We control the town", Direct, "the group", "", KindUnresolved, "said"}}},
	{"long anonymity clause", `A senior military officer, who spoke on condition of anonymity because he was not authorized to speak to the media, said reinforcements had been sent. The officer said the death toll was likely to rise.`,
		[]want{{"^reinforcements had been sent", Indirect, "A senior military officer", "", KindUnnamed, "said"}, {"^the death toll", Indirect, "A senior military officer", "", KindUnnamed, "said"}}},
	{"it after an embassy", `The United States embassy condemned the attack. "We stand with the people of Somalia," it said in a statement.`,
		[]want{{"We stand with", Direct, "The United States embassy", "", KindPronoun, "said"}}},
	{"saying without that", `German Chancellor Olaf Scholz on Wednesday defended his budget, saying the coalition would not abandon its priorities.`,
		[]want{{"^the coalition would not abandon", Indirect, "Olaf Scholz", "German Chancellor", KindNamed, "saying"}}},
	{"what he called", `Kenyan President William Ruto urged voters to reject what he called Odinga's "politics of chaos".`,
		[]want{{"politics of chaos", Mixed, "William Ruto", "", KindPronoun, "called"}}},
	{"it is the institution opening its own sentence", `The United Nations Security Council pledged new sanctions against what it called "a clear threat to international peace".`,
		[]want{{"a clear threat", Mixed, "United Nations Security Council", "", KindPronoun, "called"}}},
	{"it is no official of a ministry", `A Foreign Ministry official said the talks were useful. It said that a new round would follow.`,
		[]want{{"^the talks were useful", Indirect, "A Foreign Ministry official", "", KindUnnamed, "said"}, {"^a new round", Indirect, "", "", KindUnresolved, "said"}}},
	{"it after a person's campaign", `Donald Trump's campaign is defending the tweets. It is denouncing what it calls "a coordinated media attack".`,
		[]want{{"a coordinated media attack", Mixed, "Donald Trump's campaign", "", KindPronoun, "calls"}}},
	{"the earlier institution", `The Philippine foreign ministry summoned China's ambassador on Monday. "This is unacceptable," the ministry said.`,
		[]want{{"This is unacceptable", Direct, "Philippine foreign ministry", "", KindDescription, "said"}}},
	{"ministry of health", `The ministry of health said 30 new cases had been confirmed.`,
		[]want{{"^30 new cases", Indirect, "The ministry of health", "", KindDescription, "said"}}},
	{"a country's office holder as written", `Thailand's army chief said on Friday that troops would stay at the border.`,
		[]want{{"^troops would stay", Indirect, "Thailand's army chief", "", KindDescription, "said"}}},
	{"MP is a title", `"Where is the money?" asked opposition MP John Mbadi.`,
		[]want{{"Where is the money", Direct, "John Mbadi", "opposition MP", KindNamed, "asked"}}},
	{"spokeswoman for a capitalised body", `"We have received no request," a spokeswoman for the European Commission said.`,
		[]want{{"We have received", Direct, "a spokeswoman for the European Commission", "", KindUnnamed, "said"}}},
	{"long title before an apposed name", `A spokesman for the Iranian foreign ministry, Esmaeil Baqaei, said the talks were over.`,
		[]want{{"^the talks were over", Indirect, "Esmaeil Baqaei", "spokesman for the Iranian foreign ministry", KindNamed, "said"}}},
	{"the judge is a justice", `"Nobody is above the law," Chief Justice Martha Koome said. The judge added that the ruling was final.`,
		[]want{{"Nobody is above", Direct, "Martha Koome", "Chief Justice", KindNamed, "said"}, {"^the ruling was final", Indirect, "Martha Koome", "Chief Justice", KindDescription, "added"}}},
	{"the White House", `The White House said in a statement that the president had spoken with Netanyahu.`,
		[]want{{"^the president had spoken", Indirect, "White House", "", KindNamed, "said"}}},
	{"appositive then which clause", `Michael Otieno, president of the Kenya National Union of Teachers, which represents 300,000 educators, said the strike would go on.`,
		[]want{{"^the strike would go on", Indirect, "Michael Otieno", "president of the Kenya National Union of Teachers", KindNamed, "said"}}},
	{"attribution in the paragraph after an open quote", "\"We have suffered enough under this government and we will not be silent.\n\n\"Our children need schools, not bullets,\" said Fatima Bello, a mother of four.",
		[]want{{"We have suffered", Direct, "Fatima Bello", "mother of four", KindNamed, "said"}, {"Our children need", Direct, "Fatima Bello", "mother of four", KindNamed, "said"}}},
	{"report then adding that", `Police said in a statement that 12 suspects had been arrested, adding that investigations were ongoing.`,
		[]want{{"^12 suspects had been arrested", Indirect, "Police", "", KindUnnamed, "said"}, {"^investigations were ongoing", Indirect, "Police", "", KindUnnamed, "adding"}}},
	{"an object after the cue is no report before it", `The Taliban's chief spokesman, Zabihullah Mujahid, denied the report. "It is baseless propaganda," he said.`,
		[]want{{"It is baseless", Direct, "Zabihullah Mujahid", "", KindPronoun, "said"}}},
	{"the N-year-old is the person before", `"We will fight on," said Raila Odinga. "We are not going anywhere," the 79-year-old said.`,
		[]want{{"We will fight on", Direct, "Raila Odinga", "", KindNamed, "said"}, {"We are not going anywhere", Direct, "Raila Odinga", "", KindDescription, "said"}}},
	{"the N-year-old is no organisation", `"We will fight on," the Foreign Ministry said. "We are not going anywhere," the 79-year-old said.`,
		[]want{{"We will fight on", Direct, "Foreign Ministry", "", KindNamed, "said"}, {"We are not going anywhere", Direct, "", "", KindUnresolved, "said"}}},
	{"in a statement without that", `Colombia's ELN rebel group said in a statement it would release the hostages. The rebels said the release would take place on Friday.`,
		[]want{{"^it would release the hostages", Indirect, "Colombia's ELN rebel group", "", KindDescription, "said"}, {"^the release would", Indirect, "Colombia's ELN rebel group", "", KindDescription, "said"}}},
	{"the guerrillas are people", `The guerrillas said the release would take place on Friday.`,
		[]want{{"^the release would", Indirect, "The guerrillas", "", KindUnnamed, "said"}}},
	{"people familiar with the matter", `The deal could be announced next week, according to people familiar with the matter.`,
		[]want{{"^The deal could be announced", Indirect, "people familiar with the matter", "", KindUnnamed, "according to"}}},
	{"people with knowledge told", `Three people with knowledge of the discussions told Reuters that Riyadh had offered concessions.`,
		[]want{{"^Riyadh had offered", Indirect, "Three people with knowledge of the discussions", "", KindUnnamed, "told"}}},
	{"a person briefed", `A person briefed on the talks said no agreement had been reached.`,
		[]want{{"^no agreement had been reached", Indirect, "A person briefed on the talks", "", KindUnnamed, "said"}}},
	{"who requested anonymity", `An official who requested anonymity said the minister would resign.`,
		[]want{{"^the minister would resign", Indirect, "An official who requested anonymity", "", KindUnnamed, "said"}}},
	{"who declined to be identified", `Two diplomats, who declined to be identified, said the vote had been postponed.`,
		[]want{{"^the vote had been postponed", Indirect, "Two diplomats", "", KindUnnamed, "said"}}},
	{"told reporters on condition of anonymity", `A senior American official told reporters on condition of anonymity that Washington was concerned.`,
		[]want{{"^Washington was concerned", Indirect, "A senior American official", "", KindUnnamed, "told"}}},
	{"citing clause after an unresolved description", `The newspaper, citing unnamed officials, reported that the plan had been shelved.`,
		[]want{{"^the plan had been shelved", Indirect, "The newspaper", "", KindUnresolved, "reported"}}},
	{"an organisation named with a title word", `In a separate statement, the Kenya Defence Forces said two soldiers had been killed.`,
		[]want{{"^two soldiers had been killed", Indirect, "Kenya Defence Forces", "", KindNamed, "said"}}},
	{"unnamed source at a capitalised body", `"The talks are dead," one Arab diplomat at the United Nations said. The diplomat said Washington had blocked the resolution.`,
		[]want{{"The talks are dead", Direct, "one Arab diplomat at the United Nations", "", KindUnnamed, "said"}, {"^Washington had blocked", Indirect, "one Arab diplomat at the United Nations", "", KindUnnamed, "said"}}},
	{"a split quote with an inverted speaker", `"We will rebuild," said Mayor Johnson Sakaja, "and we will do it quickly."`,
		[]want{{"We will rebuild", Direct, "Johnson Sakaja", "Mayor", KindNamed, "said"}, {"and we will do it quickly", Direct, "Johnson Sakaja", "Mayor", KindNamed, "said"}}},
	{"according to a body's estimates", `According to U.N. estimates, more than 12 million people have been displaced.`,
		[]want{{"^more than 12 million", Indirect, "U.N.", "", KindNamed, "According to"}}},
	{"hyphenated title", `"This war must end," U.N. Secretary-General Antonio Guterres told reporters in New York.`,
		[]want{{"This war must end", Direct, "Antonio Guterres", "U.N. Secretary-General", KindNamed, "told"}}},
	{"title before a relative clause and an apposed name", `A resident of Omdurman, who gave only her first name, Amal, said she had heard heavy shelling.`,
		[]want{{"^she had heard heavy shelling", Indirect, "Amal", "resident of Omdurman", KindNamed, "said"}}},
	{"inverted with a bare appositive title", `"The RSF still controls most of Darfur," said Kholood Khair, founding director of the Confluence Advisory think tank.`,
		[]want{{"The RSF still controls", Direct, "Kholood Khair", "founding director of the Confluence Advisory think tank", KindNamed, "said"}}},
	{"sources close to", `Sources close to the presidency said the cabinet reshuffle was imminent.`,
		[]want{{"^the cabinet reshuffle", Indirect, "Sources close to the presidency", "", KindUnnamed, "said"}}},
}

func TestFindMore(t *testing.T) {
	for _, tt := range moreTests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// reportWord's prefilter never drops a word of its sets, and it answers
// exactly the sets' membership for other words.
func TestReportWord(t *testing.T) {
	in := []string{"according", "quoted"}
	for w := range cues.All() {
		in = append(in, w)
	}
	for w := range participles.All() {
		in = append(in, w)
	}
	for w := range progressives.All() {
		in = append(in, w)
	}
	for _, w := range in {
		if !reportWord(w) {
			t.Errorf("reportWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "s", "sai", "saidx", "the", "minister", "accord", "quote", "tehran", "stays", "sayings", "x\u00e9", "acknowledgements", "said\u2019s"} {
		want := cues.Has(w) || participles.Has(w) || progressives.Has(w) || w == "according" || w == "quoted"
		if got := reportWord(w); got != want {
			t.Errorf("reportWord(%q) = %v, want %v", w, got, want)
		}
	}
}

const lexBenchText = "In a move that has reverberated through diplomatic circles, Israel and Iran have conducted their first direct talks since Sept. 14. \u201cOur priority is always ensuring our citizens\u2019 safety,\u201d Israeli Ambassador Danny Ayalon told reporters. The U.S. State Department said 2,000 troops remained, according to al-Burhan's aides.\n\n"

// BenchmarkLex measures the lexer alone, over plain news prose.
func BenchmarkLex(b *testing.B) {
	text := strings.Repeat(lexBenchText, 100)
	low := segment.LowerASCII(text)
	b.SetBytes(int64(len(text)))
	var toks []tok
	for b.Loop() {
		toks = lexSpan(toks[:0], text, low, 0, len(text))
	}
}

// The lexer marks a word capitalised when its first letter is upper case
// or it joins a lower-case particle to a name with a hyphen.
func TestLexUpper(t *testing.T) {
	for w, want := range map[string]bool{
		"Iran": true, "iran": false, "al-Burhan": true, "el-Sisi": true, "bin-Salman": true,
		"anti-war": false, "al-qaeda": false, "Élysée": true, "ölçü": false, "x-Ray": false,
		"al": false, "9-Alpha": false, "Iran’s": true,
	} {
		text := "said " + w + " ."
		toks := lexSpan(nil, text, segment.LowerASCII(text), 0, len(text))
		if len(toks) != 3 || text[toks[1].s:toks[1].e] != w {
			t.Errorf("lex(%q) = %+v, want one word %q", text, toks, w)
			continue
		}
		if toks[1].upper != want {
			t.Errorf("%q: upper = %v, want %v", w, toks[1].upper, want)
		}
		if !toks[0].report || toks[1].report {
			t.Errorf("%q: report flags %v %v, want true false", w, toks[0].report, toks[1].report)
		}
	}
}

// BenchmarkFindExamples runs Find over the example articles, one
// document each, as the pipeline does (without the mentions layer).
func BenchmarkFindExamples(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	if len(files) == 0 {
		b.Skip("no example articles")
	}
	var docs []*doc.Doc
	size := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := &doc.Doc{Text: string(text)}
		segment.New().Process(d)
		docs = append(docs, d)
		size += len(text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			Find(d)
		}
	}
}

// run sizes the token buffer at a third of the text's bytes: news prose
// has fewer tokens than that, so lexing never regrows the buffer.
func TestTokenBufferEstimate(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	files = append(files, filepath.Join("testdata", "sample.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		toks := lexSpan(nil, text, segment.LowerASCII(text), 0, len(text))
		if n := len(text)/3 + 16; len(toks) > n {
			t.Errorf("%s: %d tokens in %d bytes, more than the estimate %d", f, len(toks), len(text), n)
		}
	}
	if toks := lexSpan(nil, lexBenchText, segment.LowerASCII(lexBenchText), 0, len(lexBenchText)); len(toks) <= len(lexBenchText)/5 {
		t.Logf("the old estimate of a fifth would have held here (%d tokens, %d bytes)", len(toks), len(lexBenchText))
	}
}

func TestLetterOrDigit(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := letterOrDigit(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("letterOrDigit(%U) = %v, want %v", r, got, want)
		}
	}
}

// Find returns its quotes in text order, whichever pass found them.
func TestFindTextOrder(t *testing.T) {
	var inputs []string
	for _, tt := range quoteTests {
		inputs = append(inputs, tt.input)
	}
	for _, tt := range moreTests {
		inputs = append(inputs, tt.input)
	}
	inputs = append(inputs, "Officials said the talks would resume. \u201cWe are ready,\u201d the minister said, adding that the talks would resume.\n\n\u201cNo,\u201d he said. According to the ministry, the border stays shut.")
	for _, in := range inputs {
		qs := Find(newDoc(in))
		for i := 1; i < len(qs); i++ {
			if qs[i].Span.Start < qs[i-1].Span.Start {
				t.Errorf("Find(%q): quote %d starts at %d, before quote %d at %d", in, i, qs[i].Span.Start, i-1, qs[i-1].Span.Start)
			}
		}
	}
}

// A document without quotes gets a nil slice, as the JSON layer expects.
func TestFindNoQuotesNil(t *testing.T) {
	for _, in := range []string{"", "Israel struck targets in Syria on Monday.", "The talks ended.\n\nNothing was agreed."} {
		if qs := Find(newDoc(in)); qs != nil {
			t.Errorf("Find(%q) = %#v, want nil", in, qs)
		}
	}
}

// TestReportEnds checks where an indirect report ends: before the
// writer's circumstances and before another speaker's contrasting
// report, but not before the speaker's own reasoning.
func TestReportEnds(t *testing.T) {
	for _, tc := range []struct{ input, want string }{
		{`Zarif said Riyadh was prolonging the war, as talks between the two rivals stalled in Baghdad.`, "Riyadh was prolonging the war"},
		{`Zarif said Riyadh was prolonging the war, amid rising tension in the Gulf.`, "Riyadh was prolonging the war"},
		{`Heath said conditions may improve, as the consortium will be changing routes.`, "conditions may improve, as the consortium will be changing routes"},
		{`Mexico and Bolivia said they continued to back Maduro, while Russia warned Washington against any military intervention.`, "they continued to back Maduro"},
	} {
		got := Find(newDoc(tc.input))
		if len(got) == 0 || got[0].Text != tc.want {
			t.Errorf("Find(%q) = %s; want first report %q", tc.input, describe(got), tc.want)
		}
	}
}
