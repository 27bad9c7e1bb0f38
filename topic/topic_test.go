package topic

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/shareddata"
	"github.com/sitrep-project/sitrep/kb"
	"github.com/sitrep-project/sitrep/segment"
)

func testKB() *kb.KB {
	k := kb.New()
	k.AddActor(kb.Actor{ID: "ISR", Kind: kb.KindCountry, Name: "Israel", Region: "world/middle-east"})
	k.AddActor(kb.Actor{ID: "IRN", Kind: kb.KindCountry, Name: "Iran", Region: "world/middle-east"})
	k.AddActor(kb.Actor{ID: "KEN", Kind: kb.KindCountry, Name: "Kenya", Region: "world/africa/eastern"})
	return k
}

func analyze(text string, countries ...string) *doc.Doc {
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	for _, c := range countries {
		d.Mentions = append(d.Mentions, doc.Mention{Type: doc.TypeCountry, KBID: c})
	}
	d.Fill(doc.LayerMentions)
	New(testKB()).Process(d)
	return d
}

func labels(d *doc.Doc, kind string) []string {
	var out []string
	for _, t := range d.Topics {
		if t.Kind == kind {
			out = append(out, t.Label)
		}
	}
	return out
}

func TestThemesAndRegions(t *testing.T) {
	tests := []struct {
		name, text string
		countries  []string
		theme      string
		region     string
	}{
		{"conflict", "Israeli warplanes carried out airstrikes and missile attacks; troops clashed with militants and several soldiers were killed.", []string{"ISR"}, "armed-conflict", "world/middle-east"},
		{"diplomacy", "The envoys held talks at a summit; diplomats said negotiations on the accord would resume, and the ambassador met the foreign minister.", []string{"ISR", "IRN"}, "diplomacy", "world/middle-east"},
		{"nuclear", "Inspectors from the IAEA said uranium enrichment at the reactor had reached new levels and centrifuges were added.", []string{"IRN"}, "nuclear", "world/middle-east"},
		{"elections", "Voters went to the polls; turnout was high and the candidate conceded after the ballots were counted in the election.", []string{"KEN"}, "elections", "world/africa/eastern"},
		{"sports", "The striker scored twice as the team won the cup final 3-1 in front of fans at the stadium.", nil, "sports", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(tt.text, tt.countries...)
			th := labels(d, "theme")
			if len(th) == 0 || th[0] != tt.theme {
				t.Errorf("themes = %v; want %s first", th, tt.theme)
			}
			if tt.region != "" {
				if r := labels(d, "region"); len(r) == 0 || r[0] != tt.region {
					t.Errorf("regions = %v; want %s", r, tt.region)
				}
			}
			for _, tp := range d.Topics {
				if tp.Score < 0 || tp.Score > 1 {
					t.Errorf("score out of range: %+v", tp)
				}
				if tp.Kind == "iptc" && !strings.HasPrefix(tp.Code, "medtop:") {
					t.Errorf("IPTC topic without a QCode: %+v", tp)
				}
			}
		})
	}
}

func TestRegionParent(t *testing.T) {
	d := analyze("Kenya and Kenya.", "KEN", "KEN")
	r := labels(d, "region")
	if strings.Join(r, ",") != "world/africa/eastern,world/africa" && strings.Join(r, ",") != "world/africa,world/africa/eastern" {
		t.Errorf("regions = %v; want the sub-region and its parent", r)
	}
}

func TestClassify(t *testing.T) {
	s := New(testKB())
	tests := []struct{ text, want string }{
		{"Stocks rose as investors cheered quarterly earnings and the company raised its profit forecast.", ClassBusiness},
		{"The striker scored twice as the team won the cup final 3-1.", ClassSports},
		{"Microsoft released a software patch for a Windows security hole exploited by a worm.", ClassSciTech},
		{"Troops and rebels clashed as the government and opposition held talks on a ceasefire.", ClassWorld},
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		if got := s.Classify(d); got != tt.want {
			t.Errorf("Classify(%q) = %s; want %s", tt.text, got, tt.want)
		}
	}
}

func TestCountResults(t *testing.T) {
	for text, want := range map[string]int{"won 6-2, 2-6, 6-2": 3, "in 2003-2004": 0, "a 3-1 win": 1, "ISO-8859-1": 0, "2024-03-01": 0} {
		if got := countResults(text); got != want {
			t.Errorf("countResults(%q) = %d; want %d", text, got, want)
		}
	}
}

func TestCountRanks(t *testing.T) {
	for text, want := range map[string]int{
		"No. 6 Wake Forest visits Temple.":                 1,
		"world No. 1 Roger Federer beat No. 12 Tim Henman": 2,
		"the No. 2 U.S. retailer":                          0, // a company's rank
		"No. 10 Downing Street":                            0,
		"the No. 2 official":                               0,
		"No. 123 Main":                                     0,
		"Casino. 5 Aces":                                   0,
		"No. ":                                             0,
		"No. 1":                                            0,
		"No. 12 ":                                          0,
		"No. 1 X":                                          1,
	} {
		if got := countRanks(text); got != want {
			t.Errorf("countRanks(%q) = %d; want %d", text, got, want)
		}
	}
}

// FuzzCountRanks: any text, no panic, and no more ranks than "No. "s.
func FuzzCountRanks(f *testing.F) {
	for _, s := range []string{"No. 6 Wake Forest", "No. ", "No. 1", "xNo. 2 Y", "No. 99 Z No. 1 A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if n := countRanks(text); n < 0 || n > strings.Count(text, "No. ") {
			t.Errorf("countRanks(%q) = %d", text, n)
		}
	})
}

// TestIPTCCodes checks every theme's IPTC QCode and name against the
// published Media Topic taxonomy.
func TestIPTCCodes(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "data/eval/iptc-mediatopic-taxonomy/iptc_mapping.json"))
	if err != nil {
		t.Fatal(err)
	}
	// The file holds NaN literals, which encoding/json rejects.
	b = []byte(strings.ReplaceAll(string(b), "NaN", "null"))
	var tax map[string]map[string]any
	if err := json.Unmarshal(b, &tax); err != nil {
		t.Fatal(err)
	}
	for _, th := range themes {
		e, ok := tax[th.iptc]
		if !ok {
			t.Errorf("%s: IPTC code %s not in the taxonomy", th.label, th.iptc)
			continue
		}
		if name, _ := e["Name (en-GB)"].(string); name != th.iptcName {
			t.Errorf("%s: IPTC %s is %q, not %q", th.label, th.iptc, name, th.iptcName)
		}
		if r := e["RetiredDate"]; r != nil {
			t.Errorf("%s: IPTC %s is retired", th.label, th.iptc)
		}
	}
}

func BenchmarkTopics(b *testing.B) {
	text := strings.Repeat("Israeli warplanes carried out airstrikes while diplomats held talks on a ceasefire and the economy slowed. ", 300)
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	s := New(testKB())
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Process(d)
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text string
		want string // the dateline text, "" for none
	}{
		{"BAGHDAD (Reuters) - Iraq continued to export oil.", "BAGHDAD (Reuters)"},
		{"FORT PIERCE, Fla. - Hurricane Frances' wind and water whacked Florida.", "FORT PIERCE, Fla."},
		{"JAKARTA : ASEAN finance ministers ended a meeting.", "JAKARTA"},
		{"BEIJING, Aug. 17 (Xinhuanet) -- China is carrying out a campaign.", "BEIJING, Aug. 17 (Xinhuanet)"},
		{"By MICHAEL LIEDTKE     SAN FRANCISCO (AP) -- With its low prices.", "By MICHAEL LIEDTKE     SAN FRANCISCO (AP)"},
		{"Stocks rose on Tuesday - the second day of gains.", ""},
		{"Iraq continued to export oil at one million barrels per day.", ""},
		{"AP - Amid soaring crude oil prices, gasoline costs have been dropping.", ""},
	}
	for _, tt := range tests {
		got := ""
		if e := datelineEnd(tt.text); e >= 0 {
			got = tt.text[:e]
		}
		if got != tt.want {
			t.Errorf("datelineEnd(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestCredits(t *testing.T) {
	tests := []struct {
		text, country, theme string
	}{
		{"Chirac visits China (AFP)\n\nAFP - The president said so.", "FRA", ""},
		{"Fire in a mine\n\nCanadian Press - WINNIPEG (CP) - A fire broke out.", "CAN", ""},
		{"Talks resume\n\nJAKARTA (Antara): Talks resumed.", "IDN", ""},
		{"Venus wins\n\nZURICH, Switzerland (Ticker) - Venus Williams won.", "", "sports"},
		{"Stocks rise (Reuters)\n\nNEW YORK (Reuters) - Stocks rose.", "", ""},                                                                                           // a global agency
		{"Stocks rise\n\nStocks rose, and the company said much more about many more things than anyone could ever say in a lead, and then it said more (AFP).", "", ""}, // too far into the lead
		{"Tests (PA)\n\nThe tests went on.", "", ""},                                                                                                                     // not a credit
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		var country, theme string
		creditsOf(d, func(c credit) {
			country += c.country
			theme += c.theme
		})
		if country != tt.country || theme != tt.theme {
			t.Errorf("creditsOf(%q) = %q, %q; want %q, %q", tt.text, country, theme, tt.country, tt.theme)
		}
	}
}

func TestDatelineCountry(t *testing.T) {
	tests := []struct {
		text   string
		places []doc.Place
		want   string
	}{
		{"Oil exports halved\n\nBAGHDAD (Reuters) - Iraq continued to export oil.",
			[]doc.Place{{Span: doc.Span{Start: 20, End: 27}, Country: "IRQ"}}, "IRQ"},
		{"Storm hits\n\nFORT PIERCE, Fla. - Hurricane Frances whacked the coast.", nil, "USA"},
		{"Storm hits\n\nCOLUMBIA, S.C. - A hurricane watch was issued.", nil, "USA"},
		{"Death in custody\n\nCanadian Press - VANCOUVER (CP) - The sister of a man who died.",
			[]doc.Place{{Span: doc.Span{Start: 35, End: 44}, Country: "CAN"}}, "CAN"},
		{"Fuel prices\n\nAP - Amid soaring crude oil prices, gasoline costs - they say - have been dropping.", nil, ""},
		{"Storm hits\n\nThe storm hit Baghdad, Iraq - or so it seemed.", []doc.Place{{Span: doc.Span{Start: 26, End: 33}, Country: "IRQ"}}, ""},
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text, Places: tt.places}
		segment.New().Process(d)
		if got := dateline(d); got != tt.want {
			t.Errorf("dateline(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestHeadlineWeight(t *testing.T) {
	s := New(testKB())
	// One economy word in the headline counts titleWeight; the same
	// word in the body counts 1.
	head := &doc.Doc{Text: "Profits soar\n\nThe report came out on a day like any other in the city."}
	body := &doc.Doc{Text: "The report came out\n\nProfits soar on a day like any other in the city."}
	for _, d := range []*doc.Doc{head, body} {
		segment.New().Process(d)
	}
	h, b := s.Score(head), s.Score(body)
	if !h.Headline || h.ThemeScore("economy") != 2*b.ThemeScore("economy") {
		t.Errorf("headline economy = %v (headline %v), body = %v; want twice", h.ThemeScore("economy"), h.Headline, b.ThemeScore("economy"))
	}
	long := &doc.Doc{Text: "Profits soar. Shares fall.\n\nThe report came out."}
	segment.New().Process(long)
	if s.Score(long).Headline {
		t.Errorf("a two-sentence first paragraph is not a headline")
	}
}

func TestCaseSensitiveCues(t *testing.T) {
	s := New(testKB())
	tests := []struct {
		text, theme string
		want        bool
	}{
		{"The Giants beat them again.", "sports", true},
		{"Tech giants met again.", "sports", false},
		{"Apple unveiled a new computer.", "technology", true},
		{"He ate an apple.", "technology", false},
		// In a title-case headline a capital is no name.
		{"Caribbean Islanders Brace for Hurricane\n\nPeople put up shutters.", "sports", false},
		{"Islanders beat Rangers\n\nThe Islanders won.", "sports", true},
		// A nickname that begins a sentence of the story may be a
		// common noun; a company's name there is still a name.
		{"Islands brace for storm\n\nAP - Islanders scrambled to put up storm shutters.", "sports", false},
		{"Storm nears\n\nIt came near. Islanders scrambled to put up shutters.", "sports", false},
		{"Islanders lose\n\nIt was late. Islanders fans left early.", "sports", true},
		{"Apple rises\n\nApple unveiled a new computer.", "technology", true},
		{"Stocks rise\n\nApple unveiled a new computer.", "technology", true},
		// a nickname inside another theme's phrase is that phrase's
		// word ("the Tamil Tigers")
		{"The army fought the Tamil Tigers for years.", "sports", false},
		{"Fans cheered the Tigers again.", "sports", true},
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		if got := s.Score(d).ThemeScore(tt.theme) > 0; got != tt.want {
			t.Errorf("%q: %s evidence = %v; want %v", tt.text, tt.theme, got, tt.want)
		}
	}
}

func TestClassifyEvidence(t *testing.T) {
	k := testKB()
	k.AddActor(kb.Actor{ID: "USA", Kind: kb.KindCountry, Name: "United States", Region: "world/americas/northern"})
	k.AddActor(kb.Actor{ID: "group.x", Kind: kb.KindArmedGroup, Name: "X Brigades", Country: "ISR"})
	k.AddActor(kb.Actor{ID: "org.un", Kind: kb.KindOrganization, Name: "United Nations", Sector: "IGO"})
	k.AddActor(kb.Actor{ID: "org.imf", Kind: kb.KindOrganization, Name: "IMF", Sector: "IGO"})
	s := New(k)
	tests := []struct {
		name, text string
		mentions   []doc.Mention
		places     []doc.Place
		want       string
	}{
		{"no evidence falls back to Business", "Something happened to someone.", nil, nil, ClassBusiness},
		{"foreign dateline", "Nothing much\n\nKIBERA (Reuters) - Something happened to someone.",
			nil, []doc.Place{{Span: doc.Span{Start: 14, End: 20}, Country: "KEN"}}, ClassWorld},
		{"home dateline is no World evidence", "Nothing much\n\nSPRINGFIELD, Mass. - Shares of the company rose.",
			nil, nil, ClassBusiness},
		{"armed group", "X Brigades said something.", []doc.Mention{{Type: doc.TypeArmedGroup, KBID: "group.x"}}, nil, ClassWorld},
		{"political IGO", "The United Nations said something.", []doc.Mention{{Type: doc.TypeOrganization, KBID: "org.un"}}, nil, ClassWorld},
		{"economic IGO", "The IMF said something.", []doc.Mention{{Type: doc.TypeOrganization, KBID: "org.imf"}}, nil, ClassBusiness},
		{"home country only", "The United States said something.", []doc.Mention{{Type: doc.TypeCountry, KBID: "USA"}}, nil, ClassBusiness},
		{"one foreign country and nothing else", "Kenya said something.", []doc.Mention{{Type: doc.TypeCountry, KBID: "KEN", Span: doc.Span{Start: 0, End: 5}}}, nil, ClassWorld},
		{"an ocean is no country", "Something happened in the Indian Ocean.", nil, []doc.Place{{Span: doc.Span{Start: 26, End: 38}, Name: "Indian Ocean", Country: "IND"}}, ClassBusiness},
		{"a sea's coast country still counts by name", "Something happened in India.", nil, []doc.Place{{Span: doc.Span{Start: 22, End: 27}, Name: "India", Country: "IND"}}, ClassWorld},
		{"a foreign national agency", "Something happened (AFP)\n\nAFP - Someone said something.", nil, nil, ClassWorld},
		{"a sports wire", "Someone said something\n\nZURICH (Ticker) - Someone said something.", nil, nil, ClassSports},
		{"match results beat a foreign country", "Kenya won 3-1 and 2-0.", []doc.Mention{{Type: doc.TypeCountry, KBID: "KEN"}}, nil, ClassSports},
		{"tech company with money words", "Microsoft posts profit\n\nThe software maker said revenue rose.", nil, nil, ClassSciTech},
		{"team nickname", "Yankees rally late\n\nThe Yankees came back in the ninth.", nil, nil, ClassSports},
		{"politics words in a business story", "Shares fall\n\nShares of the bank fell after officials said the government would sell its stake.", nil, nil, ClassBusiness},
		{"terrorism outweighs a web site", "Hostage beheaded\n\nA video posted on a web site shows militants beheading a hostage.", nil, nil, ClassWorld},
		{"religion is world news", "Pope meets bishops\n\nThe pope met Orthodox bishops in a church.", nil, nil, ClassWorld},
		{"peace process", "Peace talks resume\n\nThe peace process resumed as envoys met.", nil, nil, ClassWorld},
		{"a word of crime at home is no world news", "Judge clears release\n\nA judge cleared the way for the release of documents.", nil, nil, ClassBusiness},
		{"nor is a storm at home", "Storm knocks out power\n\nThe storm knocked out power.", nil, nil, ClassBusiness},
		{"a word of crime abroad is", "Judge clears release\n\nA judge in Kenya cleared the way for the release of documents.", []doc.Mention{{Type: doc.TypeCountry, KBID: "KEN", Span: doc.Span{Start: 44, End: 49}}}, nil, ClassWorld},
		{"politics at home is", "Lawmakers debate bill\n\nLawmakers and the governor debated the bill in the legislature.", nil, nil, ClassWorld},
		{"a storm's cost is business", "Hurricane floods coast\n\nThe hurricane flooded homes and the storm left damage; insurers expect claims.", nil, nil, ClassBusiness},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{Text: tt.text, Mentions: tt.mentions, Places: tt.places}
			segment.New().Process(d)
			d.Fill(doc.LayerMentions)
			d.Fill(doc.LayerPlaces)
			if got := s.Classify(d); got != tt.want {
				t.Errorf("Classify(%q) = %s (%v); want %s", tt.text, got, s.ClassScores(d), tt.want)
			}
		})
	}
}

func TestNamedWordsAreNoThemeWords(t *testing.T) {
	s := New(testKB())
	tests := []struct {
		text   string
		span   doc.Span // a place named in text
		theme  string
		wantIn bool // whether the theme gets evidence
	}{
		{"Settlers moved into the West Bank.", doc.Span{Start: 24, End: 33}, "economy", false},
		{"The bank raised its rates.", doc.Span{}, "economy", true},
		{"Fans flocked to Manchester City games.", doc.Span{Start: 16, End: 26}, "sports", true}, // a cue counts inside a name
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		if tt.span.End > 0 {
			d.Places = []doc.Place{{Span: tt.span, Country: "GBR"}}
		}
		d.Fill(doc.LayerPlaces)
		if got := s.Score(d).ThemeScore(tt.theme) > 0; got != tt.wantIn {
			t.Errorf("%q: %s evidence = %v; want %v", tt.text, tt.theme, got, tt.wantIn)
		}
	}
}

func TestCountriesCountLessInSportsStories(t *testing.T) {
	k := testKB()
	s := New(k)
	ken := []doc.Mention{{Type: doc.TypeCountry, KBID: "KEN"}, {Type: doc.TypeCountry, KBID: "KEN"}, {Type: doc.TypeCountry, KBID: "KEN"}}
	plain := &doc.Doc{Text: "Kenya, Kenya and Kenya said something.", Mentions: ken}
	sport := &doc.Doc{Text: "Kenya, Kenya and Kenya won the marathon and the relay.", Mentions: ken}
	for _, d := range []*doc.Doc{plain, sport} {
		segment.New().Process(d)
		d.Fill(doc.LayerMentions)
	}
	p, q := s.ClassScores(plain), s.ClassScores(sport)
	if q[0] >= p[0] {
		t.Errorf("World evidence in a sports story = %v; want less than %v", q[0], p[0])
	}
	if got := s.Classify(sport); got != ClassSports {
		t.Errorf("Classify(sports story with countries) = %s; want Sports", got)
	}
}

func TestWeakTerms(t *testing.T) {
	s := New(testKB())
	for _, tt := range []struct {
		text string
		want float64
	}{
		{"The president said so.", weakWeight}, // a company's or a country's
		{"The cabinet said so.", 1},            // only politics
		{"The president of the cabinet.", 1.5},
	} {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		if got := s.Score(d).ThemeScore("politics"); got != tt.want {
			t.Errorf("%q: politics = %v; want %v", tt.text, got, tt.want)
		}
	}
}

func TestPoliticalEvents(t *testing.T) {
	s := New(testKB())
	base := "Something happened."
	tests := []struct {
		name string
		ev   doc.Event
		want bool // whether the event counts as diplomacy evidence
	}{
		{"between states", doc.Event{Plover: "CONSULT", SourceCode: "ISR", TargetCode: "IRN", Confidence: 1}, true},
		{"a side without an actor code", doc.Event{Plover: "CONSULT", SourceCode: "ISR", Confidence: 1}, false},
		{"negated", doc.Event{Plover: "CONSULT", SourceCode: "ISR", TargetCode: "IRN", Negated: true, Confidence: 1}, false},
		{"hypothetical", doc.Event{Plover: "CONSULT", SourceCode: "ISR", TargetCode: "IRN", Hypothetical: true, Confidence: 1}, false},
	}
	for _, tt := range tests {
		if got := eventEvidence(s, base, tt.ev, "diplomacy"); got != tt.want {
			t.Errorf("%s: diplomacy evidence = %v; want %v", tt.name, got, tt.want)
		}
	}
}

// TestConcurrentUse runs one Stage from several goroutines; go test -race
// checks that it only reads shared state.
func TestConcurrentUse(t *testing.T) {
	s := New(testKB())
	texts := []string{
		"Israeli warplanes struck targets\n\nBAGHDAD (Reuters) - Troops clashed with militants.",
		"Microsoft posts profit\n\nThe software maker said revenue rose.",
		"Yankees rally late\n\nThe Yankees won 5-3.",
	}
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			var got []string
			for i := 0; i < 20; i++ {
				d := &doc.Doc{Text: texts[i%len(texts)]}
				segment.New().Process(d)
				s.Process(d)
				got = append(got, s.Classify(d))
			}
			done <- strings.Join(got, ",")
		}()
	}
	first := <-done
	for g := 1; g < 4; g++ {
		if got := <-done; got != first {
			t.Errorf("goroutines disagree: %s vs %s", got, first)
		}
	}
}

// TestPhenomena pins the evidence one construction gives one theme.
func TestPhenomena(t *testing.T) {
	s := New(testKB())
	tests := []struct {
		name, text, theme string
		want              float64
	}{
		{"war of prices is no armed conflict", "A price war broke out.", "armed-conflict", 0},
		{"bid battle is no armed conflict", "The bid battle went on.", "armed-conflict", 0},
		{"a war is", "The war went on.", "armed-conflict", 1},
		{"troops are the vocabulary of conflict", "The troops went on.", "armed-conflict", cueWeight},
		{"prime minister is the vocabulary of politics", "The prime minister went on.", "politics", 1 + weakWeight + cueWeight*phraseWeight}, // minister, prime, prime minister
		{"militants are the vocabulary of terrorism", "The militants went on.", "terrorism", cueWeight},
		{"PM in capitals is a prime minister", "The PM said so.", "politics", cueWeight},
		{"pm in lower case is a time", "At 3 pm it ended.", "politics", 0},
		{"a cricket Test", "Australia won the first Test.", "sports", cueWeight*phraseWeight + weakWeight},
		{"a rally may be a market's", "Stocks rally.", "protest", weakWeight},
		{"a protest is", "The protest went on.", "protest", 1},
		{"a deportation is politics", "The deportation went on.", "politics", 1},
		{"counterparts are diplomacy", "He met his counterpart.", "diplomacy", 1},
		{"guerrillas are armed conflict", "The guerrillas went on.", "armed-conflict", 1},
		{"aid workers are humanitarian", "The aid workers went on.", "humanitarian", 1 + phraseWeight}, // aid, aid workers
		{"a runoff is an election", "The runoff went on.", "elections", cueWeight},
		{"a general election is an election", "The general election went on.", "elections", 1 + cueWeight*phraseWeight}, // election, general election
		{"seats in parliament are an election result", "They won seats in parliament.", "elections", cueWeight * phraseWeight},
		{"a free-trade pact is business", "They sealed a free-trade pact.", "economy", 1},
		{"an industry is business", "The citrus industry may gain.", "economy", 1},
		{"industries are", "Its industries grew.", "economy", 1},
		{"sanctions on goods are a trade dispute", "The EU will lift sanctions on $4 billion of U.S. goods.", "sanctions", 0},
		{"an embargo on imports is too", "They want an embargo on Chinese imports.", "sanctions", 0},
		{"sanctions on a regime are sanctions", "The UN imposed sanctions on the regime.", "sanctions", 1},
		{"sanctions on goods over a war are sanctions", "The EU banned imports of Russian steel in new sanctions over the war.", "sanctions", 1},
		{"sanctions on exports over a nuclear programme are sanctions", "The UN embargo bans exports of nuclear parts.", "sanctions", 1},
		{"trade words in other words are not", "The WTOs and goodsyard backed sanctions.", "sanctions", 1},
		{"privatisation is business", "The privatisation went on.", "economy", 1},
		{"Virgin Atlantic is an airline", "He flew Virgin Atlantic's first flight.", "economy", cueWeight * phraseWeight},
		{"a phrase in the possessive is the phrase", "Wall Street's mood soured.", "economy", cueWeight * phraseWeight},
		{"a newspaper's name is no market", "A Wall Street Journal reporter said so.", "economy", 0},
		{"an exchange rate is business", "The exchange rate fell.", "economy", phraseWeight},
		{"the pope is religion", "The pope said so.", "religion", 1},
		{"a mosque is religion", "The mosque was full.", "religion", 1},
		{"a chairman may chair a party", "The chairman said so.", "economy", 1},
		{"Intel officials are intelligence", "Intel officials said so.", "technology", 0},
		{"Intel is a chip maker", "Intel said so.", "technology", 2 * cueWeight},
		{"file trading networks are technology", "The court will hear the file-trading case.", "technology", cueWeight},
		{"file swappers are", "Studios sued file swappers.", "technology", cueWeight * phraseWeight},
		{"a file-sharing service by name is", "They sued BitTorrent and eDonkey.", "technology", 2 * cueWeight},
		{"a videogame in one word is a video game", "The show focuses on videogame technology.", "technology", cueWeight + 1},
		{"an RSS feed is technology", "Publishers add ads to their RSS feeds.", "technology", cueWeight * phraseWeight},
		{"the RSS alone may be a party", "The RSS held a rally.", "technology", 0},
		{"e-voting is technology", "The e-voting failed.", "technology", cueWeight},
		{"voting machines are technology", "The voting machines failed.", "technology", cueWeight * phraseWeight},
		{"a million may be anyone's", "A million people said so.", "economy", weakWeight},
		{"a deal may be a peace deal", "The deal said so.", "economy", weakWeight},
		{"shares are business", "The shares said so.", "economy", cueWeight},
		{"a steelmaker is a business", "The steelmaker said so.", "economy", 1},
		{"carmakers are", "Carmakers said so.", "economy", 1},
		{"lawmakers are no business", "Lawmakers said so.", "economy", 0},
		// A word that a cue's stem matches weighs as the cue: an exact
		// lexicon entry ("olympics") must not shadow the stem ("olympic*").
		{"the Olympics are a sports cue", "The Olympics went on.", "sports", cueWeight},
		{"a civil war is armed conflict", "The civil war went on.", "armed-conflict", 1 + phraseWeight}, // war, civil war
		{"the Kremlin is politics", "The Kremlin said so.", "politics", 1},
		{"a navy is armed conflict", "The navy said so.", "armed-conflict", 1},
		{"a political activist is politics", "Her political activist father went to prison.", "politics", 2},
		{"power-sharing is politics", "He backs the power-sharing plan.", "politics", 1},
		{"politicians are", "Politicians said so.", "politics", 1},
		{"democracy is politics", "Democracy returned.", "politics", 1},
		{"an ousted leader is politics", "The ousted leader fled.", "politics", 1 + weakWeight}, // ousted, leader
		{"migrants are humanitarian", "The migrants landed.", "humanitarian", 1},
		{"a monsoon is a disaster", "The monsoon flooded the city.", "disaster", 2}, // monsoon, flooded
		{"member states are diplomacy", "The member states met.", "diplomacy", phraseWeight},
		{"a Nobel peace prize is diplomacy", "She won the Nobel peace prize.", "diplomacy", phraseWeight},
		{"a finish line is a race's", "She crossed the finish line.", "sports", phraseWeight},
		// Words that begin with a stem but are other words.
		{"according is no accord", "According to the report, it went on.", "diplomacy", 0},
		{"an accord is", "The accord went on.", "diplomacy", 1},
		{"a general is no gene", "The general said so.", "technology", 0},
		{"a generation is no gene", "A generation went on.", "technology", 0},
		{"important is no import", "An important step.", "economy", 0},
		{"imports are", "Imports rose.", "economy", 1},
		{"a stockpile is no stock", "The stockpile grew.", "economy", 0},
		// Words whose neighbour rules out their lexicon sense.
		{"a hurricane season is no sport", "The hurricane season began.", "sports", 0},
		{"a season is sport", "The season began.", "sports", weakWeight},
		{"a key player in a market is no sport", "It is a key player in Asia.", "sports", 0},
		{"a player is sport", "The player left.", "sports", 1},
		{"a storm closer to the coast is no closer", "The storm moved closer to the coast.", "sports", 0},
		{"a nuclear arsenal is no football club", "The nuclear arsenal grew.", "sports", 0},
		{"to wage war is no wage", "They wage war.", "economy", 0},
		{"a business climate is no weather", "He blamed the dollar and an uncertain climate.", "climate-environment", 0},
		{"a climate is", "The climate is warming.", "climate-environment", 1 + 1}, // climate, warming
		{"to pay a price is to suffer, no price", "Generals may pay a price for the abuse.", "economy", 0},
		{"so is to pay the heavy price", "They paid the heavy price.", "economy", 0},
		{"a price is", "The price rose.", "economy", 1},
		{"a price paid may be", "The price paid rose.", "economy", 1},
		{"to stock up is no stock", "They stock up on food.", "economy", 0},
		{"a heart attack is no armed conflict", "He died of a heart attack.", "armed-conflict", 0},
		{"to demonstrate that is to show", "The study demonstrated that dogs smell cancer.", "protest", 0},
		{"half a century is a time", "It ruled for half a century.", "sports", weakWeight},
		{"a transfer may be of power", "The transfer of power went on.", "sports", weakWeight},
		{"a transfer fee is football's", "The transfer fee rose.", "sports", weakWeight + cueWeight*phraseWeight}, // transfer, transfer fee
		{"a death squad is no team", "A death squad struck.", "sports", 0},
		{"a squad is a team", "The squad trained.", "sports", cueWeight},
		{"an anti-terrorism squad is no team", "The chief of the anti-terrorism squad was among those killed.", "sports", 0},
		{"like a terrorist state is a simile", "Officials said London had treated the country like a terrorist state.", "terrorism", 0},
		{"a terrorist state stays terrorism", "Officials called it a terrorist state.", "terrorism", cueWeight},
		{"a special squad is no team", "A special squad of the police moved in.", "sports", 0},
		{"serious injuries are an accident's", "He suffered serious injuries.", "sports", 0},
		{"wrestling with a problem is no sport", "They are wrestling with debt.", "sports", 0},
		{"office space is no space", "The office space is let.", "technology", 0},
		{"the penal code is no code", "Under the penal code, it is banned.", "technology", 0},
		{"genealogy is no gene", "Genealogy is a hobby.", "technology", 0},
		{"to demonstrate against is to protest", "Thousands demonstrated against the war.", "protest", 1},
		{"a web address is technology", "Voters went to Rushlimbaugh.com on Monday.", "technology", 1},
		{"a web address credited as the source is not", "Stocks fell (washingtonpost.com) on Monday.", "technology", 0},
		{"a web address before a dash is a credit", "USATODAY.com - Stocks fell on Monday.", "technology", 0},
		{"nuclear fusion is physics", "Six nations plan a nuclear fusion reactor.", "nuclear", 0},
		{"a nuclear reactor is", "They plan a nuclear reactor.", "nuclear", 2},
		{"a carrier rocket is spaceflight", "A Chinese carrier rocket put it in orbit.", "armed-conflict", 0},
		{"a rocket plane is spaceflight", "The rocket plane flew.", "armed-conflict", 0},
		{"rocketeers build spacecraft, no weapons", "Private rocketeers will try again.", "armed-conflict", 0},
		{"rocketeers are spaceflight", "Private rocketeers will try again.", "technology", 1},
		{"rockets fired are weapons", "Militants fired rockets into the town.", "armed-conflict", 1},
		{"a golf score in one compound is sport", "He shot a six-under-par 66.", "sports", cueWeight},
		{"so is one over par", "She was two-over-par.", "sports", cueWeight},
		{"under-par alone is the cue's", "It was under-par.", "sports", cueWeight},
		{"a compound of compounds is no score", "A below-six-under-par show.", "sports", 0},
		{"the Salvation Army is a charity", "The Salvation Army rang bells.", "armed-conflict", 0},
		{"an army is", "The army advanced.", "armed-conflict", 1},
		{"bird flu is a disease, no bird", "Bird flu spread across the region.", "technology", 0},
		{"birds are science", "The birds flew south.", "technology", 1},
		{"state aid is a subsidy, no relief", "They argued over state aid for aircraft makers.", "humanitarian", 0},
		{"aid is relief", "The aid arrived.", "humanitarian", 1},
		{"injuring is an attack's, no sport", "The blast killed two, injuring ten.", "sports", 0},
		{"injuring is a casualty of a disaster", "The bus crashed, injuring ten.", "disaster", 2},
		{"troops under martial law are no war", "The president declared martial law and troops surrounded the parliament.", "armed-conflict", 0},
		{"troops clashing in a coup are", "Troops clashed with loyalists after the coup.", "armed-conflict", 1 + cueWeight},
		{"casualties alone are no disaster", "The gunmen fled, injuring ten.", "disaster", 0},
		{"pronounced dead at a hospital is no disaster", "He was shot and taken to a hospital, where he was pronounced dead.", "disaster", 0},
		{"killed in a flood is", "Floods killed 40.", "disaster", 2},
		{"a battle is often a figure of speech", "The battle went on.", "armed-conflict", weakWeight},
		{"Bombay is no bomb", "He died in Bombay.", "armed-conflict", 0},
		{"Christian as a given name is no faith", "Christian Lindner took the finance ministry.", "religion", 0},
		{"Christian in a party's name is no faith", "The Social Democrats beat the Christian Democrats.", "religion", 0},
		{"Christian is a faith", "Christian leaders met in Rome.", "religion", 1},
		{"Chief Executive before a name is a head of government's title", "Chief Executive Carrie Lam condemned the violence.", "economy", 0},
		{"a chief executive is a company's", "The chief executive resigned.", "economy", 4},
		{"so is a Chief Executive Officer", "Chief Executive Officer Tim Cook spoke.", "economy", 3},
		{"a state of emergency alone is no disaster", "Peru declared a state of emergency.", "disaster", 0},
		{"an emergency is", "Rescuers answered the emergency.", "disaster", 2}, // rescuers, emergency
		{"so is emergency management", "The director of emergency management spoke.", "disaster", 1},
		{"a ship named Galaxy is no astronomy", "The rebels seized the Galaxy Leader.", "technology", 0},
		{"nor is the LA Galaxy", "He joined the LA Galaxy.", "technology", 0},
		{"tear gas is a protest's", "Police fired tear gas.", "protest", phraseWeight},
		{"blocked roads are a protest's", "Farmers blocked roads.", "protest", phraseWeight},
		{"to storm a building is no storm", "Gunmen stormed the building.", "disaster", 0},
		{"so is storming it", "Troops were storming the palace.", "disaster", 0},
		{"a storm is a disaster", "The storm hit the coast.", "disaster", 1},
		{"supporters storm a parliament: no weather", "Supporters storm the parliament.", "disaster", 0},
		{"tried to storm: no weather", "They tried to storm the embassy.", "disaster", 0},
		{"a storm before a sentence with The stays", "The town was hit by a storm. The storm moved on.", "disaster", 2},
		{"opened fire is gunfire", "Soldiers opened fire.", "disaster", 0},
		{"set on fire is arson", "Rioters set the building on fire.", "disaster", 0},
		{"setting fires is arson", "Rioters were setting fires.", "disaster", 0},
		{"a fire that broke out is a disaster", "A fire broke out.", "disaster", 1},
		{"a building that caught fire is a disaster", "The building caught fire.", "disaster", 1},
		{"said on Twitter: the channel of a statement, no technology", "The minister said on Twitter that talks had failed.", "technology", 0},
		{"wrote on Facebook", "He wrote on Facebook that he had left.", "technology", 0},
		{"in a post on Telegram", "The group said in a post on Telegram that it was responsible.", "technology", 0},
		{"Facebook's own news is technology", "Facebook bought a startup.", "technology", cueWeight},
		{"a brainchild is no brain", "The ban is the brainchild of a busybody.", "technology", 0},
		{"Bombardier is no bomb", "Bombardier won the order.", "armed-conflict", 0},
		{"officially is no official", "It officially opened.", "politics", 0},
		{"a courtyard is no court", "They met in the courtyard.", "crime-justice", 0},
		{"swept away by a river is no series sweep", "A hotel was swept away by the river.", "sports", 0},
		{"a sweep is a series'", "They swept their rivals.", "sports", cueWeight},
		{"a League for something is a political body", "Leaders of the National League for Democracy were detained. The league protested.", "sports", 0},
		{"a hyphenated party League in a political-league story", "The Muslim League-Nawaz came second. The League for Democracy protested.", "sports", 0},
		{"a league is sport", "The league suspended him.", "sports", 1},
		{"a right-wing League is a party", "Salvini's right-wing League joined the government. The League protested.", "sports", 0},
		{"a League party is a party", "The League party joined the government. The League protested.", "sports", 0},
		{"in good health is one man's condition", "The detained general was in good health.", "health", 0},
		{"his failing health", "He resigned because of his failing health.", "health", 0},
		{"public health stays health", "The public health system collapsed.", "health", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{Text: tt.text}
			segment.New().Process(d)
			if got := s.Score(d).ThemeScore(tt.theme); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("%q: %s = %v; want %v", tt.text, tt.theme, got, tt.want)
			}
		})
	}
}

// TestWorldAreasOfPlaces: a world region the places stage found ("the
// Caribbean") is abroad like one the word match finds; its words are
// in a named span, which the word match skips.
func TestWorldAreasOfPlaces(t *testing.T) {
	tests := []struct {
		text, name string
		want       float64
	}{
		{"Storms battered the Caribbean.", "Caribbean", 1},
		{"Job losses rose in Western Europe.", "Western Europe", 1},
		{"Haze covered much of Southeast Asia.", "Southeast Asia", 1},
		// a region of the gazetteer that is no world area of the list
		{"Sales rose in Europe.", "Europe", 0},
	}
	s := New(testKB())
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text}
		segment.New().Process(d)
		i := strings.Index(tt.text, tt.name)
		d.Places = []doc.Place{{Span: doc.Span{Start: i, End: i + len(tt.name)}, Name: tt.name, Kind: "region"}}
		d.Fill(doc.LayerPlaces)
		if got := s.Score(d).Abroad; got != tt.want {
			t.Errorf("%q: Abroad = %v; want %v", tt.text, got, tt.want)
		}
	}
}

func TestWorldAreas(t *testing.T) {
	s := New(testKB())
	tests := []struct {
		text     string
		mentions []doc.Mention
		want     float64
	}{
		{"Talks on the Middle East resumed.", nil, 1},
		{"Storms hit the Caribbean and Latin America.", nil, 2},
		{"Middle managers met.", nil, 0},
		// A region inside a country's name is the country.
		{"South Africa won.", []doc.Mention{{Type: doc.TypeCountry, KBID: "ZAF", Span: doc.Span{Start: 0, End: 12}}}, 0},
	}
	for _, tt := range tests {
		d := &doc.Doc{Text: tt.text, Mentions: tt.mentions}
		segment.New().Process(d)
		d.Fill(doc.LayerMentions)
		if got := s.Score(d).Abroad; got != tt.want {
			t.Errorf("%q: Abroad = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestHeadlineCountries: in a headline in title case a country's name
// the mention stage read as part of a longer unknown name ("Iraq
// Bombings") still counts for the country, at the headline's weight.
func TestHeadlineCountries(t *testing.T) {
	k := testKB()
	k.AddActor(kb.Actor{ID: "ZAF", Kind: kb.KindCountry, Name: "South Africa", Demonyms: []string{"South African"}, Region: "world/africa/southern"})
	k.AddActor(kb.Actor{ID: "ESH", Kind: kb.KindCountry, Name: "Western Sahara", Aliases: []string{"SADR"}, Region: "world/africa/northern"})
	s := New(k)
	tests := []struct {
		name, text string
		mentions   []doc.Mention // spans in the text
		want       map[string]float64
	}{
		{"unlinked in a title-case headline", "Fierce Clashes in Israel Kill 36\n\nThe fighting went on.",
			[]doc.Mention{{Type: doc.TypeOrganization, Span: doc.Span{Start: 18, End: 32}}}, map[string]float64{"ISR": titleWeight}},
		{"a name of two words", "South Africa Wins Again\n\nIt went on.", nil, map[string]float64{"ZAF": titleWeight}},
		{"a demonym", "South African Runners Sweep the Race\n\nIt went on.", nil, map[string]float64{"ZAF": titleWeight}},
		{"linked names count once", "Talks in Iran Go On\n\nIt went on.",
			[]doc.Mention{{Type: doc.TypeCountry, KBID: "IRN", Span: doc.Span{Start: 9, End: 13}}}, map[string]float64{"IRN": titleWeight}},
		{"an acronym in title case is no name", "Sadr Aides Meet Iran Envoy\n\nIt went on.", nil, map[string]float64{"IRN": titleWeight}},
		{"not in the body", "Talks Go On\n\nThey met in Israel.", nil, map[string]float64{}},
		{"not in lower case", "talks on israel go on\n\nIt went on.", nil, map[string]float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{Text: tt.text, Mentions: tt.mentions}
			segment.New().Process(d)
			d.Fill(doc.LayerMentions)
			got := s.Score(d).Countries
			if len(got) != len(tt.want) {
				t.Fatalf("Countries = %v; want %v", got, tt.want)
			}
			for c, w := range tt.want {
				if got[c] != w {
					t.Errorf("Countries = %v; want %v", got, tt.want)
				}
			}
		})
	}
}

// TestHomeDatelineNames: a dateline that names a US state ("ATHENS, Ga.")
// names an American town, however the places layer resolved it, and so
// does the same name later in the story; other places still count.
func TestHomeDatelineNames(t *testing.T) {
	s := New(testKB())
	text := "Bulldogs Win\n\nATHENS, Ga. - Fans in Athens cheered; a visitor from Kenya came too."
	at := func(w string, from int) doc.Span {
		i := strings.Index(text[from:], w) + from
		return doc.Span{Start: i, End: i + len(w)}
	}
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	d.Places = []doc.Place{
		{Name: "Athens", Country: "GRC", Span: at("ATHENS", 0)},
		{Name: "Athens", Country: "GRC", Span: at("Athens", 20)},
		{Name: "Kenya", Country: "KEN", Span: at("Kenya", 0)},
	}
	d.Fill(doc.LayerPlaces)
	sc := s.Score(d)
	if sc.Dateline != "USA" || sc.Countries["GRC"] != 0 || sc.Countries["KEN"] != 1 {
		t.Errorf("dateline %q, countries %v; want USA and only KEN 1", sc.Dateline, sc.Countries)
	}
	// A dateline abroad keeps its place.
	d.Text = strings.Replace(text, "ATHENS, Ga.", "ATHENS (AP)", 1)
	segment.New().Process(d)
	if sc := s.Score(d); sc.Dateline != "GRC" || sc.Countries["GRC"] != 2 {
		t.Errorf("dateline %q, countries %v; want GRC with GRC 2", sc.Dateline, sc.Countries)
	}
}

// placeDoc segments text and gives it one place, named name where it
// first occurs, and a country mention for each KB id in countries at the
// text's start.
func placeDoc(text, name string, countries ...string) *doc.Doc {
	d := &doc.Doc{Text: text}
	segment.New().Process(d)
	i := strings.Index(text, name)
	d.Places = []doc.Place{{Span: doc.Span{Start: i, End: i + len(name)}, Name: name, Kind: "region"}}
	d.Fill(doc.LayerPlaces)
	for _, c := range countries {
		d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: 0, End: 5}, Type: doc.TypeCountry, KBID: c})
	}
	d.Fill(doc.LayerMentions)
	New(testKB()).Process(d)
	return d
}

// TestRegionsOfSharedPlaces: a place of several countries ("Southeast
// Asia", "the Sahel") names its world region, though no country; a region
// named directly ("Africa") keeps the signals of its sub-regions
// ("Kenya"): its score is their sum.
func TestRegionsOfSharedPlaces(t *testing.T) {
	d := placeDoc("Haze from fires covered much of Southeast Asia.", "Southeast Asia")
	if r := strings.Join(labels(d, "region"), ","); r != "world/asia/south-eastern,world/asia" {
		t.Errorf("regions = %q; want world/asia/south-eastern and its parent", r)
	}
	d = placeDoc("Kenya hosted the summit. Africa holds a large share of the world's renewable energy.", "Africa", "KEN")
	for _, tp := range d.Topics {
		if tp.Label == "world/africa" {
			if tp.Score < 0.99 {
				t.Errorf("world/africa scores %v; want 1 (Africa and Kenya both)", tp.Score)
			}
			return
		}
	}
	t.Errorf("no world/africa region in %+v", d.Topics)
}

// TestFirstSep checks the one-pass firstSep against the reading it
// replaces: the least first index > 0 of each mark.
func TestFirstSep(t *testing.T) {
	naive := func(text string) int {
		end := -1
		for _, sep := range datelineSeps {
			if i := strings.Index(text, sep); i > 0 && (end < 0 || i < end) {
				end = i
			}
		}
		return end
	}
	texts := []string{
		"", "-", " - ", "BAGHDAD (Reuters) - Iraq", "JAKARTA : ASEAN", "LONDON -- It has", "LONDON--Oct. 12",
		"BEIJING: China", "PARIS — The", "ROME – The", " - AP - Amid", "-- a -- b", ": x: y", "a:b c : d",
		"x —y — z", "Stocks rose on Tuesday - the second day", "no mark at all", "ab \xe2", "a \xe2\x80\x93",
		"-a - b", "--a -- b", " : a : b", "a-b-c - d", "::: a",
	}
	for _, tt := range texts {
		if got, want := firstSep(tt), naive(tt); got != want {
			t.Errorf("firstSep(%q) = %d, want %d", tt, got, want)
		}
	}
}

// FuzzFirstSep: firstSep agrees with the reading it replaces on any
// text.
func FuzzFirstSep(f *testing.F) {
	f.Add("BAGHDAD (Reuters) - Iraq")
	f.Add("--a -- b")
	f.Add("PARIS — The")
	f.Fuzz(func(t *testing.T, text string) {
		want := -1
		for _, sep := range datelineSeps {
			if i := strings.Index(text, sep); i > 0 && (want < 0 || i < want) {
				want = i
			}
		}
		if got := firstSep(text); got != want {
			t.Errorf("firstSep(%q) = %d, want %d", text, got, want)
		}
	})
}

// TestNonASCIIWords: the words with a byte outside ASCII, wherever they
// are among ASCII ones, are read in their own lower case.
func TestNonASCIIWords(t *testing.T) {
	s := New(nil)
	for _, text := range []string{
		"Die Détente in Österreich: Économie und Élection.",
		"Détente",
		"It’s DÉTENTE and the élection, again détente.",
	} {
		d := &doc.Doc{Text: text}
		segment.New().Process(d)
		sc := s.Score(d)
		// the reference: every word lowered by strings.ToLower and looked up
		want := 0.0
		for _, tk := range d.Tokens {
			if tk.Kind == doc.TokWord {
				for _, h := range s.lookup(trimPossessive(strings.ToLower(text[tk.Span.Start:tk.Span.End]))) {
					if themes[h.theme].label == "diplomacy" {
						want += h.w
					}
				}
			}
		}
		if got := sc.ThemeScore("diplomacy"); got != want || want == 0 {
			t.Errorf("%q: diplomacy %v, want %v (> 0)", text, got, want)
		}
	}
}

// TestTrimPossessive pins the possessives trimPossessive drops.
func TestTrimPossessive(t *testing.T) {
	for _, tt := range [][2]string{
		{"iraq's", "iraq"}, {"iraq’s", "iraq"}, {"'s", "'s"}, {"’s", ""}, {"bus", "bus"}, {"x’s's", "x"},
		{"a's", "a"}, {"as", "as"},
	} {
		if got := trimPossessive(tt[0]); got != tt[1] {
			t.Errorf("trimPossessive(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

// eventEvidence reports whether the one event ev, coded in text, gives
// theme any score.
func eventEvidence(s *Stage, text string, ev doc.Event, theme string) bool {
	d := &doc.Doc{Text: text, Events: []doc.Event{ev}}
	segment.New().Process(d)
	d.Fill(doc.LayerEvents)
	return s.Score(d).ThemeScore(theme) > 0
}

// TestSanctionEvents: of the SANCTION events only reduced aid and
// embargoes or sanctions (CAMEO 162, 163) are evidence of economic
// sanctions; breaking relations, recalling an ambassador (161) and
// expelling (166) are diplomacy.
func TestSanctionEvents(t *testing.T) {
	s := New(testKB())
	base := "Something happened."
	tests := []struct {
		name string
		ev   doc.Event
		want bool
	}{
		{"broke relations", doc.Event{Cameo: "161", Plover: "SANCTION", SourceCode: "HND", TargetCode: "TWN", Confidence: 0.5}, false},
		{"reduced relations", doc.Event{Cameo: "160", Plover: "SANCTION", SourceCode: "HND", TargetCode: "TWN", Confidence: 0.5}, false},
		{"expelled", doc.Event{Cameo: "166", Plover: "SANCTION", SourceCode: "PER", TargetCode: "MEX", Confidence: 0.5}, false},
		{"imposed sanctions", doc.Event{Cameo: "163", Plover: "SANCTION", SourceCode: "USA", TargetCode: "IRN", Confidence: 0.5}, true},
		{"cut aid", doc.Event{Cameo: "1621", Plover: "SANCTION", SourceCode: "USA", TargetCode: "EGY", Confidence: 0.5}, true},
	}
	for _, tt := range tests {
		if got := eventEvidence(s, base, tt.ev, "sanctions"); got != tt.want {
			t.Errorf("%s: sanctions evidence = %v; want %v", tt.name, got, tt.want)
		}
	}
}
