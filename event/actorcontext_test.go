package event

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of the context of actor phrases: home countries, titles, former
// offices, possessives, kin, partisans.

// TestTitledPerson: a region's title before a name the KB does not
// know is that person, not an unnamed "president".
func TestTitledPerson(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code, source string }{
		{"Puntland President Said Abdullahi Deni met Somali officials.", "040", "Said Abdullahi Deni"},
		{"Bougainville President John Momis said the vote was peaceful.", "010", "John Momis"},
	} {
		d := runWorld(t, p, tc.text, time.Date(2019, 12, 11, 0, 0, 0, 0, time.UTC))
		found := false
		for _, e := range d.Events {
			if e.Cameo == tc.code {
				found = true
				if e.SourceName != tc.source {
					t.Errorf("%q: %s source %q, want %q", tc.text, e.Cameo, e.SourceName, tc.source)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event among %q", tc.text, tc.code, eventCodes(d))
		}
	}
}

// TestGroupFighters checks that "its/their fighters" after a named
// armed group are the group's.
func TestGroupFighters(t *testing.T) {
	checkTriggered(t, "source", func(e *doc.Event) string { return e.Source }, []triggerCase{
		{"a group said its fighters attacked", "2021-06-01", "Boko Haram said its fighters had attacked the army base in Borno.", "attacked", "group.boko-haram"},
		{"a group said their fighters captured", "2021-06-01", "The Taliban said their fighters had captured the district.", "captured", "group.taliban"},
		{"a country's troops stay the country's", "2021-06-01", "Russia said its troops had captured the village.", "captured", "RUSMIL"},
	})
}

// TestTitledUnknown: "<State|Org> <Title> <Name>" with a person the
// KB does not know is the person's event, coded by the title's state.
func TestTitledUnknown(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, name, code string }{
		{"Bank of Ghana Governor Ernest Addison said inflation would ease.", "Ernest Addison", ""},
		{"Kenyan Interior Minister Kithure Kindiki said the curfew would stay.", "Kithure Kindiki", "KENGOV"},
	}
	for _, tt := range tests {
		d := runWorld(t, p, tt.text, day)
		found := false
		for _, e := range d.Events {
			if e.Cameo == "010" {
				found = true
				if e.SourceName != tt.name || tt.code != "" && e.SourceCode != tt.code {
					t.Errorf("%q: source %q %s, want %q %s", tt.text, e.SourceName, e.SourceCode, tt.name, tt.code)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement among %q", tt.text, eventCodes(d))
		}
	}
}

// TestKin: "<Name>'s father/son" is that relative, never the named
// person.
func TestKin(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, target string }{
		{"Erdogan's son-in-law was arrested by police on Monday.", "Erdogan's son-in-law"},
		{"Gunmen kidnapped Museveni's nephew in Kampala.", "Museveni's nephew"},
	}
	for _, tt := range tests {
		d := runWorld(t, p, tt.text, day)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tt.text)
		}
		for _, e := range d.Events {
			if e.TargetName != tt.target {
				t.Errorf("%q: target %q (%s), want %q", tt.text, e.TargetName, e.Target, tt.target)
			}
		}
	}
}

// TestRepresentative checks that "<Person>'s spokesman, <Name>,
// said" is one statement, the spokesman's, not a second one by the
// principal.
func TestRepresentative(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"a person's spokesman", "Bobi Wine's spokesman, Joel Ssenyonyi, said the party would go to court.", 1},
		{"a KB leader's spokeswoman", "Kagame's spokeswoman, Yolande Makolo, said the claims were false.", 1},
		{"two speakers stay two", "Imran Khan and Shehbaz Sharif said the talks would go on.", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, g := range worldEvents(t, tc.text, "2023-03-01") {
				if strings.HasSuffix(g, " 010") {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%q: %d statements, want %d", tc.text, n, tc.want)
			}
		})
	}
}

// TestRepresentativeFor: an unnamed representative "for" an actor ("a
// spokeswoman for the ministry said") speaks for that actor, the source
// when nobody else is named before the verb (real news: such
// statements were coded with no source at all and dropped).
func TestRepresentativeFor(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a spokesman for a country", "2023-06-01", "A spokesman for Kenya said the border would stay closed.", []string{"KEN  010"}, nil},
		{"a lawyer for a leader", "2023-06-01", "A lawyer for Vladimir Putin said the claims were invented.", []string{"010"}, nil},
		{"an earlier subject stays", "2023-06-01", "Kenya told a spokesman for Uganda that the border would stay closed.", nil, []string{"UGA 010"}},
	})
}

// TestSuccessorAppositive: "<Person>'s successor, <Name>," is one
// actor, the named one, as a representative is; the role phrase is no
// second party (e.g. "Musharraf's successor, Zardari, pledged").
func TestSuccessorAppositive(t *testing.T) {
	checkTriggered(t, "source", func(e *doc.Event) string { return e.SourceName + " -> " + e.TargetName }, []triggerCase{
		{"successor, NAME,", "2009-03-16", "Musharraf's successor, Zardari, pledged to reinstate Chaudhry.", "pledged", "Asif Ali Zardari -> "},
		{"predecessor, NAME,", "2023-06-01", "Sunak's predecessor, Boris Johnson, criticized Russia.", "criticized", "Boris Johnson -> Russia"},
		{"a bare successor stays", "2023-06-01", "Sunak's predecessor criticized Russia.", "criticized", "Sunak's predecessor -> Russia"},
	})
}

// TestCivilGeneral: a title ending in "General" after "Attorney",
// "Secretary" or "Inspector" names a civilian, not a general's rank, so
// the actor takes no MIL sector from the word.
func TestCivilGeneral(t *testing.T) {
	for _, tc := range []struct {
		before, last string
		want         bool
	}{
		{"Attorney", "general", true},
		{"NATO Secretary", "general", true},
		{"Lieutenant", "general", false},
		{"Attorney", "spokesman", false},
	} {
		if got := civilGeneral(tc.before, tc.last); got != tc.want {
			t.Errorf("civilGeneral(%q, %q) = %v; want %v", tc.before, tc.last, got, tc.want)
		}
	}
}

// TestRoleOwner checks that the possessor of a role noun ("Putin's
// spokesman", "Biden's envoy") is no source or target of the events.
func TestRoleOwner(t *testing.T) {
	for _, tc := range []struct{ text, owner string }{
		{"Putin's spokesman met Chinese officials.", "person.vladimir-putin"},
		{"Biden's envoy met Chinese officials.", "person.joe-biden"},
		{"Sunak's predecessor negotiated the deal with the EU.", "person.rishi-sunak"},
		{"Chinese officials met Putin's spokesman.", "person.vladimir-putin"},
	} {
		d := worldDoc(t, tc.text, "2023-06-01")
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range d.Events {
			if e.Source == tc.owner || e.Target == tc.owner {
				t.Errorf("%q: %s → %s %s, want no %s", tc.text, e.Source, e.Target, e.Cameo, tc.owner)
			}
		}
	}
}

// TestCapsFunctionWord: "WHO" (the World Health Organization) is
// no relative pronoun.
func TestCapsFunctionWord(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the WHO said", "2020-05-05", "The WHO said on Monday that the outbreak was over.", []string{"IGOUNO  010"}, nil},
		{"the WHO criticised", "2020-05-05", "The WHO criticised China over its handling of the outbreak.", []string{"IGOUNO CHN 111"}, nil},
		{"the relative who stays", "2020-05-05", "Kim Jong Un, who met Trump in Hanoi, criticised China.", []string{"PRKGOV USAGOV 040", "PRKGOV CHN 111"}, nil},
	})
}

// TestCommandos: commandos are a state's military when its
// demonym precedes them, as marines and paratroopers are.
func TestCommandos(t *testing.T) {
	checkEvents(t, []eventCase{
		{"commandos", "2024-04-14", "Israeli commandos raided a house in Jenin.", []string{"ISRMIL PSE 173"}, nil},
		{"naval commandos", "2024-04-14", "Israeli naval commandos seized a ship.", []string{"ISRMIL  171"}, nil},
	})
}

// TestRelativeOwner checks that "its" after a relative clause that
// sits between a subject and its verb refers to the subject, not to an
// actor inside the clause.
func TestRelativeOwner(t *testing.T) {
	checkWorld(t, []worldCase{
		{"its troops after a relative clause", "2015-06-01", "The Nigerian army, which has been fighting Boko Haram for years, said its troops had arrested 20 suspected militants.", []string{"NGAMIL REB 173"}, []string{"NGAREB REB 173", "NGAREB  173"}},
		{"no relative clause: the nearest actor", "2015-06-01", "The Nigerian army said its troops had arrested 20 suspected militants.", []string{"NGAMIL REB 173"}, nil},
	})
}

// TestPossModifiers checks that participles, adverbs and hyphenated
// compounds between a possessive state and its agent noun keep the
// agent the state's ("Libya's UN-recognised government" is LBYGOV, the
// UN no party, "recognised" no recognition).
func TestPossModifiers(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a hyphenated compound naming a body", "2019-07-03", "Libya's UN-recognised government accused Haftar of bombing a detention centre.", []string{"LBYGOV LBY 112"}, []string{"IGOUNO", "LBY LBY"}},
		{"an adverb and a participle", "2019-07-03", "Libya's internationally recognised government accused Haftar of bombing a detention centre.", []string{"LBYGOV LBY 112"}, []string{"LBY LBY 054", "LBYGOV LBY 054"}},
		{"a hyphenated compound naming a state", "2019-07-03", "Yemen's Saudi-backed government accused the Houthis of attacking Aden.", []string{"YEMGOV YEMREB 112"}, []string{"SAU"}},
		{"a hyphenated compound naming a sector", "2021-06-01", "Mali's military-led government expelled the French ambassador.", []string{"MLIGOV FRAGOV 166"}, nil},
	})
}

// TestFormerAndBodies checks people and bodies coded through their
// titles: a "former" title holds no office (the KB at the event's date
// decides; with no office an elite, CAMEO's FORMER_PRESIDENT), and a
// state body the KB does not know after a possessive state takes its
// last word's sector ("Brazil's Supreme Court" → BRAJUD).
func TestFormerAndBodies(t *testing.T) {
	checkWorld(t, []worldCase{
		{"former prime minister out of office", "2016-06-01", "Police arrested former Pakistani Prime Minister Imran Khan in Islamabad.", []string{"PAKCOP PAKELI 173"}, []string{"PAKCOP PAKGOV"}},
		{"former president out of office", "2016-06-01", "Brazil's Supreme Court ordered the arrest of former president Luiz Inacio Lula da Silva.", []string{"BRAJUD BRAELI 173"}, []string{"BRA BRAGOV", "BRAJUD BRAGOV"}},
		{"a 'former' title the KB contradicts", "2016-06-01", "Former Pakistani Prime Minister Nawaz Sharif visited China.", []string{"PAKGOV CHN 042"}, nil},
	})
}

// TestEthnicModifier checks that a people's or faction's name between
// a demonym and an agent noun keeps the agent the state's.
func TestEthnicModifier(t *testing.T) {
	checkWorld(t, []worldCase{
		{"Tuareg rebels", "2012-06-01", "Malian Tuareg rebels seized the northern town of Kidal on Friday.", []string{"MLIREB MLI 192"}, []string{"REB MLI"}},
		{"Sunni militants", "2014-06-01", "Iraqi Sunni militants attacked a police station in Ramadi.", []string{"IRQREB IRQCOP 180"}, nil},
		{"a title after a demonym stays", "2019-06-01", "Russian President Vladimir Putin met Chinese President Xi Jinping.", []string{"RUSGOV CHNGOV 040"}, nil},
	})
}

// TestSingleBase checks that a group's single base, camp or
// stronghold names the group, as its positions do.
func TestSingleBase(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a rebel base", "2008-08-06", "Sri Lankan troops captured a key rebel base in the north.", []string{"LKAMIL REB 192"}, nil},
		{"a military base in a place", "2024-09-18", "The rebels attacked a military base in Arauca.", []string{"COLREB COLMIL 180"}, nil},
	})
}

// TestBorderAndPartisans checks that a demonym before "border" says
// where, not who, and that "X's supporters" are partisans as "supporters
// of X" are.
func TestBorderAndPartisans(t *testing.T) {
	checkWorld(t, []worldCase{
		{"the Colombian border", "2019-02-23", "Venezuelan soldiers clashed with smugglers on the Colombian border.", []string{"VENMIL CRM 190"}, []string{"VENMIL COL", "COL "}},
		{"X's supporters", "2019-02-23", "Guaido's supporters clashed with national guard troops on the Colombian border.", []string{"VENCVL MIL 190"}, []string{"VEN COL", "COL "}},
		{"force at the border keeps the place", "2019-02-23", "Indian troops shelled villages on the Pakistani border.", []string{"INDMIL PAK 194"}, nil},
	})
}

// TestFormerAide: "<person>'s former <noun>" is someone who once served
// the person, of the same country and no office, never the person.
func TestFormerAide(t *testing.T) {
	checkEvents(t, []eventCase{
		{"X's former campaign strategist said", "2016-09-28", "Ruto's former campaign strategist said the talks with Uganda had failed.", []string{"KEN  010"}, []string{"KENGOV  010"}},
	})
}

// TestGovernmentWhere: a bare "the government|regime|authorities" is
// the state the sentence puts the event in (a place after "in", also
// one the KB does not know) or, with no country named, the state of the
// dateline; a place after "to" or a foreign embassy gives none.
func TestGovernmentWhere(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a march in a capital", "2024-06-25", "Thousands of protesters marched in Nairobi on Tuesday against the government.", []string{"KENOPP KENGOV 141"}, nil},
		{"the authorities", "2024-06-25", "Hundreds of students protested in Dhaka on Monday against the authorities.", []string{"BGDEDU BGDGOV 14"}, nil},
		{"a place only the places stage knows", "2024-06-25", "The regime arrested dozens of activists in Yangon on Sunday.", []string{"MMRGOV MMROPP 173"}, nil},
		{"a dateline", "2024-06-25", "NAIROBI — Protesters marched against the government on Tuesday.", []string{"KENOPP KENGOV 141"}, nil},
		{"a destination is no home", "2024-06-25", "The government sent troops to Mali.", nil, []string{"MLIGOV"}},
		{"a foreign embassy", "2024-06-25", "Protesters marched to the US embassy in Nairobi against the government.", nil, []string{"KENGOV"}},
	})
}

// TestBoundForState: troops sent to a state are not that state's, even
// beside its leader ("could send troops to Niger to restore
// President Mohamed Bazoum" is no threat against Niger's army); a
// town of the leader's state keeps them his.
func TestBoundForState(t *testing.T) {
	checkEvents(t, []eventCase{
		{"sent to a state", "2023-08-10", "West African leaders said they could send troops to Niger to restore President Mohamed Bazoum if diplomacy fails.", []string{"IGOWAFWAS NER 138"}, []string{"NERMIL"}},
		{"sent to a town", "2023-08-10", "President Mohamed Bazoum ordered troops to Agadez.", []string{"NERGOV NERMIL 154"}, nil},
	})
}

// TestEpithetOfName: a lower-case epithet right before a named group
// ("the separatist Free Aceh Movement") is the name's adjective, so a
// state joined to it by "and" stays a party of the act.
func TestEpithetOfName(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code, source, target string }{
		{"Indonesia and the separatist Free Aceh Movement signed a peace agreement on Monday.", "057", "Indonesia", "Free Aceh Movement"},
		{"Sudan and the rebel SPLM signed a peace deal in Nairobi.", "057", "Sudan", "Sudan People's Liberation Movement"},
	} {
		d := runWorld(t, p, tc.text, time.Date(2005, 8, 15, 0, 0, 0, 0, time.UTC))
		found := false
		for _, e := range d.Events {
			if e.Cameo == tc.code && e.SourceName == tc.source && e.TargetName == tc.target {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s event %s → %s among %q", tc.text, tc.code, tc.source, tc.target, eventCodes(d))
		}
	}
}

// TestMemberAtBody: "judges/officials at <body>" act for the body, as
// "judges of <body>" do; a place after "at" stays where.
func TestMemberAtBody(t *testing.T) {
	checkEvents(t, []eventCase{
		{"judges at the ICC", "2017-10-27", "Judges at the ICC authorised an investigation into Burundi.", []string{"IGOJUDICC BDI 090"}, nil},
		{"judges at the court, long name", "2017-10-27", "Judges at the International Criminal Court authorised an investigation into Burundi on Thursday.", []string{"IGOJUDICC BDI 090"}, nil},
		{"diplomats at the UN", "2022-03-01", "Diplomats at the United Nations condemned Russia.", []string{"IGOUNO RUS 111"}, nil},
		{"officials at a place stay unnamed", "2022-03-01", "Officials at Kyiv condemned Russia.", nil, []string{"UKR RUS 111"}},
	})
}

// TestOfficialsOfTheStory checks that officials who report something
// in a story set in one country are that country's, unless the
// sentence names another state's actor, and that hospital officials
// stay no state's.
func TestOfficialsOfTheStory(t *testing.T) {
	checkEvents(t, []eventCase{
		{"provincial officials after a dateline", "2004-12-14", "KANDAHAR, Afghanistan, Dec 14 -- Afghan forces have captured two top figures of the Taliban in Kandahar, provincial officials said Tuesday.", []string{"AFGGOV  010"}, nil},
		{"officials after a dateline", "2004-12-14", "KABUL, Afghanistan -- The road to Kandahar was closed, officials said Tuesday.", []string{"AFGGOV  010"}, nil},
		{"another state named", "2004-12-14", "KABUL, Afghanistan -- Washington will ask NATO to take over operations in Kandahar, officials said Tuesday.", nil, []string{"AFGGOV"}},
		{"hospital officials", "2004-12-14", "KABUL, Afghanistan -- Five people were hurt in Kandahar, hospital officials said Tuesday.", nil, []string{"GOV"}},
		{"the blast after in", "2004-12-14", "KANDAHAR, Afghanistan -- An Afghan man died in the second deadly blast in Kandahar, officials said.", nil, []string{"111"}},
	})
}
