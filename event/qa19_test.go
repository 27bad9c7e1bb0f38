package event

import (
	"slices"
	"testing"
	"time"
)

// TestQA19Events checks the rules added after the nineteenth QA
// reading, in sentences written for sitrep.
func TestQA19Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA19 E-1: a last conjunct "<State>'s [Title] <Name>" keeps the earlier ones
		{"and Brazil's Lula", "2023-01-10", "French President Emmanuel Macron and Brazil's Luiz Inacio Lula da Silva condemned the riots.", []string{"FRAGOV  111", "BRAGOV  111"}, nil},
		{"and Japan's Prime Minister", "2023-01-10", "German Chancellor Olaf Scholz, Canadian Prime Minister Justin Trudeau and Japan's Prime Minister Fumio Kishida congratulated Lula.", []string{"DEUGOV BRAGOV 051", "CANGOV BRAGOV 051", "JPNGOV BRAGOV 051"}, nil},
		// QA19 E-6: hosting troops, a base or refugees is no visit received
		{"hosts a base", "2019-03-01", "Bahrain hosts the headquarters of the US Fifth Fleet and a naval base.", nil, []string{"043"}},
		{"hosts foreign troops", "2019-03-01", "Japan hosts about 50,000 American troops.", nil, []string{"043"}},
		{"hosts refugees", "2019-03-01", "Uganda hosts more than a million South Sudanese refugees.", nil, []string{"043"}},
		{"hosting a president stays 043", "2019-03-01", "Uganda hosted South Sudan's president on Friday.", []string{"UGA SSDGOV 043"}, nil},
		// QA19 E-2: a coordinated appositive "the <kin> of X and <title> of Y" describes the subject
		{"the son of X and a former envoy", "2019-03-01", "Ahmed Saleh, the son of former President Ali Abdullah Saleh and a former commander of the Republican Guard, said the talks had failed.", nil, []string{"YEMGOV  010", "MIL  010"}},
		{"a list after a state stays a list", "2019-03-01", "Ukraine, the European Union and the United States said the vote was rigged.", []string{"UKR  010", "USA  010"}, nil},
		// QA19 E-3: "accusing the Gulf state of …" accuses the state named before, not one in the charge
		{"accusing the kingdom of", "2019-03-01", "Canada recalled its ambassador to Saudi Arabia, accusing the kingdom of jailing activists with links to Iran.", []string{"CAN SAU 112"}, []string{"CAN IRN 11"}},
		{"no state before: the charge names nobody accused", "2019-03-01", "Egypt accused the Gulf state of funding militants in Libya.", []string{"EGY  112"}, []string{"EGY LBY 11", "EGY REB 11"}},
		{"the regime of a named leader is whose", "2019-03-01", "France accused the regime of Bashar al-Assad of using chemical weapons.", nil, []string{"FRA  11"}},
		// QA19 E-9: an attack elaborated by a participle on a named target is one assault
		{"attacked a camp, beating demonstrators", "2019-03-01", "Supporters of Hezbollah stormed a protest camp in Beirut, tearing down tents and beating demonstrators with sticks.", []string{"OPP 182"}, []string{"LBNREB  18", "LBNREB  19"}},
		{"an attack on nobody named stays", "2019-03-01", "Supporters of Hezbollah attacked a protest camp on Tuesday.", []string{"LBNREB  18"}, nil},
		// QA19 E-4: "the three/four countries" after a list of that many states is each of them
		{"the three countries", "2019-03-01", "Ethiopia, Kenya and Uganda cut ties with Somalia on Monday. The three countries accused Somalia of harbouring militants.", []string{"ETH SOM 112", "KEN SOM 112", "UGA SOM 112"}, nil},
		{"a count that does not fit is no anaphor", "2019-03-01", "Ethiopia, Kenya and Uganda cut ties with Somalia on Monday. The four countries accused Somalia of harbouring militants.", nil, []string{"ETH SOM 112", "KEN SOM 112"}},
		// QA19 E-5: "the inauguration was attended by X and Y": each guest visits
		{"attended by two leaders", "2023-01-10", "The inauguration in Brasilia was attended by German President Frank-Walter Steinmeier and Portuguese President Marcelo Rebelo de Sousa.", []string{"DEUGOV  042", "PRTGOV  042"}, nil},
		// QA19 E-7: "People" opening a name ("People Power") is no agent
		{"the People Power uprising", "2019-03-01", `Estrada was attacked by the "People Power" crowd in Manila on Tuesday.`, nil, []string{"CVL PHL", "CVL  "}},
		{"people stay people", "2019-03-01", "Thousands of people attacked the police station in Manila on Tuesday.", []string{"CVL PHL 180"}, nil},
		{"a comma before and joins clauses", "2023-01-10", "Azerbaijan launched an offensive in Karabakh, and Armenia's Prime Minister Nikol Pashinyan condemned it.", []string{"ARMGOV  111"}, []string{"AZE  111"}},
	})
}

// TestQA19Scheduled: "is expected/due/scheduled to <act>" is a planned
// act: coded (the subject is not cut off by "expected") and
// hypothetical; a done act is not (QA19 E-5).
func TestQA19Scheduled(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, want string
		hypo       bool
	}{
		{"Chancellor Olaf Scholz is expected to visit Brazil in March.", "DEUGOV BRA 042", true},
		{"The Kenyan president is due to travel to Berlin on Monday.", "KENGOV DEU 042", true},
		{"Chancellor Olaf Scholz visited Brazil, as had been expected.", "DEUGOV BRA 042", false},
	}
	for _, tt := range tests {
		d := runWorld(t, p, tt.text, day)
		found := false
		for _, e := range d.Events {
			if e.SourceCode+" "+e.TargetCode+" "+e.Cameo == tt.want {
				found = true
				if e.Hypothetical != tt.hypo {
					t.Errorf("%q: %s hypothetical %v, want %v", tt.text, tt.want, e.Hypothetical, tt.hypo)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event %s among %q", tt.text, tt.want, eventCodes(d))
		}
	}
}

// TestQA19Places: a place after a later coordinated verb ("and fled to
// X", "and said … in X") is not the first verb's place; verbs side by
// side share theirs (QA19 P-1).
func TestQA19Places(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2021, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, code, notPlace, place string
	}{
		{"Protesters ousted President Alpha Conde in 2020 and he fled to Morocco.", "170", "Morocco", ""},
		{"The army arrested Aung San Suu Kyi on Monday and flew her to Naypyitaw.", "173", "Naypyitaw", ""},
		{"Thaksin was ousted by the army in 2006 and fled to Dubai.", "", "Dubai", ""},
		{"Kenyan President William Ruto appealed for food aid and said the drought in Turkana would worsen.", "020", "Turkana", ""},
		{"Rebels stormed and looted the town of Bunia on Monday.", "", "", "Bunia"},
		{`Ferdinand Marcos was toppled by the "People Power" protesters in 1986 and fled to Hawaii.`, "", "Hawaii", ""},
	}
	for _, tt := range tests {
		d := runWorld(t, p, tt.text, day)
		for _, e := range d.Events {
			if tt.code != "" && e.Cameo != tt.code {
				continue
			}
			if tt.notPlace != "" && e.Place == tt.notPlace {
				t.Errorf("%q: %s placed in %s", tt.text, e.Cameo, e.Place)
			}
			if tt.place != "" && e.Place != tt.place {
				t.Errorf("%q: %s placed in %q, want %s", tt.text, e.Cameo, e.Place, tt.place)
			}
		}
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tt.text)
		}
	}
}

// TestQA19TitledUnknown: "<State|Org> <Title> <Name>" with a person the
// KB does not know is the person's event, coded by the title's state
// (QA19 E-8).
func TestQA19TitledUnknown(t *testing.T) {
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

// TestQA19Kin: "<Name>'s father/son" is that relative, never the named
// person (QA19 E-7).
func TestQA19Kin(t *testing.T) {
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

// TestQA19PossessedObject: "met X and Japan's Prime Minister Y" met Y,
// not Japan (QA19 E-1, object side).
func TestQA19PossessedObject(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	d := runWorld(t, p, "Lula met Scholz and Japan's Prime Minister Fumio Kishida in Brasilia.", time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC))
	var got []string
	for _, e := range d.Events {
		got = append(got, e.TargetName)
	}
	if !slices.Contains(got, "Fumio Kishida") || slices.Contains(got, "Japan") {
		t.Errorf("targets %q, want Fumio Kishida and not Japan", got)
	}
}
