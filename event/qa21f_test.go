package event

import (
	"testing"
	"time"
)

// TestQA21Patterns checks the pattern rows added after the twenty-first
// and twenty-second QA readings (session 11), in sentences written for
// sitrep.
func TestQA21Patterns(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA21 E-1: recalling ambassadors (plural) is a diplomatic protest, no military retreat
		{"withdrew their ambassadors from a capital", "2019-08-06", "Kenya and Uganda withdrew their ambassadors from Kinshasa.", []string{"KEN COD 161", "UGA COD 161"}, []string{"0874"}},
		{"recalled their envoys", "2019-08-06", "Ghana and Togo recalled their envoys from Mali.", []string{"GHA MLI 161"}, []string{"0874"}},
		{"withdrew troops stays a retreat", "2019-08-06", "Kenya withdrew its troops from Somalia.", []string{"KEN SOM 0874"}, nil},
		// QA21 E-5: breaking up a crowd is a dispersal
		{"broke up a crowd of protesters", "2019-08-06", "Police broke up a crowd of protesters in Lagos on Monday.", []string{"COP NGAOPP 175"}, nil},
		{"broke up a rally", "2019-08-06", "Riot police broke up an opposition rally in Harare.", []string{" 175"}, nil},
		// QA21 E-6: surrendering money is no military surrender
		{"surrender export earnings", "2019-08-06", "Exporters must surrender 30% of their export earnings to the central bank.", nil, []string{"0874"}},
		{"complained that it must: no demand", "2019-08-06", "Zambia's Konkola Copper complained that it must sell its dollars to the central bank.", []string{" 114"}, []string{"100"}},
		{"a demand of another stays", "2019-08-06", "Iran said that Israel must withdraw from Gaza.", []string{"IRN ISR 100"}, nil},
		{"surrender proceeds", "2019-08-06", "Mining firms complained that they must surrender their dollar proceeds.", nil, []string{"0874"}},
		{"rebels surrendered stays", "2019-08-06", "Hundreds of rebels surrendered to the army in Kivu.", []string{" 0874"}, nil},
		// QA21 E-7: a vote called on a question is no appeal
		{"referendum called on whether", "2019-08-06", "Voters rejected the referendum Morales had called on whether to extend term limits.", nil, []string{"020"}},
		{"called on the army stays an appeal", "2019-08-06", "Morales called on the army to restore order.", []string{" 020"}, nil},
		// QA22 E-10: scaling back a price cap is economic policy, no de-escalation
		{"scaled back a price cap", "2022-10-14", "The government of Poland scaled back a cap on fuel prices.", nil, []string{"087"}},
		{"scaled back subsidies", "2022-10-14", "Nigeria scaled back fuel subsidies in June.", nil, []string{"087"}},
		{"scaled back military operations stays", "2022-10-14", "Russia scaled back military operations near Kyiv.", []string{"RUS  087"}, nil},
		// QA22 E-16: a credit-rating change is a market assessment, no sanction
		{"cut a country's credit rating", "2022-10-14", "Fitch cut Poland's credit rating outlook to negative in August.", nil, []string{"162", "1621"}},
		{"lowered its outlook", "2022-10-14", "Moody's lowered its outlook on Egypt to negative.", nil, []string{"162", "1621"}},
		{"suspended lending stays", "2022-10-14", "The World Bank suspended lending to Afghanistan.", []string{" AFG 1621"}, nil},
		// QA22 E-12: the recipient of a delivery agreed is the target
		{"agreed to deliver gas to", "2022-10-14", "Russia agreed in August to deliver additional gas to Serbia.", []string{"RUS SRB 031"}, nil},
		{"agreed to supply wheat to", "2022-10-14", "Ukraine agreed to supply wheat to Egypt.", []string{"UKR EGY 031"}, nil},
		// QA22 E-14: a ramming attack
		{"settlers drove into demonstrators", "2023-07-25", "Settlers drove into demonstrators near Nablus.", []string{"OPP 180"}, nil},
		{"ploughed into a crowd", "2023-07-25", "Militants ploughed into a crowd of worshippers in Kabul.", []string{" 180"}, nil},
		// QA22 E-11: riots cracked down on are the crackdown's object, no riot by the forces
		{"cracked down on riots", "2021-01-17", "Security forces cracked down on riots in Kasese.", []string{" 175"}, []string{"COP  190", "145"}},
		{"drove into a city is no attack", "2023-07-25", "Soldiers drove into Kabul on Monday.", nil, []string{"180"}},
	})
}

// TestQA21Exile checks that captors flying a captive abroad make no
// visit, that the seizure's object ends before a coordinated past verb
// ("and flew him to …"), and that a forced exile is an expulsion (QA21
// E-3).
func TestQA21Exile(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"flew him to a country", "2009-07-06", "Troops arrested the prime minister at dawn and flew him to Senegal.", nil, []string{"042", "MIL SEN 171", "SEN MIL 043"}},
		{"flew him into exile", "2009-07-06", "Troops seized President Manuel Zelaya and flew him into exile.", []string{"MIL HNDGOV 174"}, nil},
		{"put on a plane to", "2009-07-06", "Soldiers put President Manuel Zelaya on a plane to Costa Rica.", []string{"MIL HNDGOV 174"}, []string{"042"}},
		{"a leader's own flight stays a visit", "2009-07-06", "Oscar Arias flew to Mexico on Sunday to meet Felipe Calderon.", []string{" 042"}, nil},
	})
}

// TestQA21Factions checks that "troops backing the coup" after "clashed
// with" names which troops (no support event), and that two factions of
// one force that fight are an event (QA22 E-13).
func TestQA21Factions(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"clashed with troops backing the coup", "2015-05-14", "Soldiers loyal to the president clashed with troops backing the coup.", []string{"MIL MIL 190"}, []string{"051"}},
		{"loyalists and mutinous troops", "2015-05-14", "Loyalist soldiers clashed with mutinous troops in the capital.", []string{"MIL MIL 190"}, nil},
		{"the same force is no faction", "2015-05-14", "Soldiers clashed with troops.", nil, []string{"MIL MIL 190"}},
		{"a state backing rebels stays support", "2015-05-14", "Rwanda is backing the rebels.", []string{"RWA REB 051"}, nil},
	})
}

// TestQA21ModifierTargets checks that an actor that only modifies the
// object is no target: the leader whose party's supporters were
// arrested (QA22 E-17), the country a cargo is bound for (QA21 E-4), an
// owner inside a relative clause after the object (QA22 E-11).
func TestQA21ModifierTargets(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"supporters of a leader's party", "2021-01-17", "Police arrested 40 supporters of Rutos's party in Kasese.", []string{"COP  173"}, nil},
		{"members of an organisation stay", "2021-01-17", "Israel arrested members of Hamas in Hebron.", []string{"ISR PSEREB 173"}, nil},
		{"coal bound for a country", "2022-12-06", "Protesters demanded the names of officials accused of smuggling coal bound for Russia.", []string{"OPP  100"}, []string{"RUS"}},
		{"a relative clause owner", "2021-01-17", "Police cracked down on protests that followed Odinga's arrest in Kisumu.", []string{"COP  175"}, []string{"COP KEN"}},
	})
}

// TestQA21ModifierTargetNames checks by name the targets of
// modifierTargets whose actors have no code (QA22 E-17, E-11).
func TestQA21ModifierTargetNames(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, trigger, notTarget string }{
		{"supporters of a leader's party", "Police arrested 40 supporters of Rutos's party in Kasese.", "arrested", "Rutos"},
		{"a relative clause owner", "Police cracked down on protests that followed Odinga's arrest in Kisumu.", "", "Odinga"}, // ("": any trigger)
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := runWorld(t, p, tc.text, time.Date(2021, 1, 17, 0, 0, 0, 0, time.UTC))
			found := false
			for _, e := range d.Events {
				if tc.trigger != "" && e.Trigger != tc.trigger {
					continue
				}
				found = true
				if e.TargetName == tc.notTarget {
					t.Errorf("%q: %s targets %q", tc.text, e.Cameo, e.TargetName)
				}
			}
			if !found {
				t.Errorf("%q: no event on %q", tc.text, tc.trigger)
			}
		})
	}
}

// TestQA21RelativeObject checks that "him" after the verb of a relative
// clause on the main clause's object is the person the main clause
// names (QA22 E-15).
func TestQA21RelativeObject(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"a court which sentenced him", "2023-08-05", "Imran Khan was taken to the Supreme Court, which sentenced him to three years in prison.", []string{" PAK 116"}, nil},
		{"two persons before: unresolved", "2023-08-05", "Imran Khan and Nawaz Sharif went to the Supreme Court, which sentenced him to three years.", nil, []string{" PAK 116"}},
	})
}

// TestQA21Ramming checks a vehicle driven into people by an unnamed
// driver (QA22 E-14).
func TestQA21Ramming(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"a car drove into demonstrators", "2023-07-25", "Four marchers were hurt when a car drove into demonstrators near Haifa.", []string{"OPP 180"}, nil},
		{"a truck ploughed into a crowd", "2023-07-25", "A truck ploughed into a crowd of worshippers in Lahore.", []string{" PAKCVL 180"}, nil},
		{"a car crashed into a wall is no attack", "2023-07-25", "A car crashed into a wall in Lahore.", nil, []string{"180"}},
	})
}

// TestQA21NewSubject checks that ", and the <Name> bloc <verb>" ends the
// first clause's coordinated subjects, and that a summit one is
// suspended from is no meeting (QA21 E-2).
func TestQA21NewSubject(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"and the X bloc suspended", "2023-07-30", "Nigeria, Ghana and Senegal recalled their envoys, and the Ecowas regional bloc suspended Niger from its summit in Abuja.", []string{"NGA  161"}, []string{"NGA NER 16", "GHA NER 16", "SEN NER 16", "040"}},
		{"suspended from a summit", "2023-07-30", "The African Union suspended Niger from its summit in Addis Ababa.", []string{" NER 160"}, []string{"040"}},
	})
}

// TestQA21RecipientPlace checks that the recipient of a delivery agreed
// is no place of the agreement (QA22 E-12).
func TestQA21RecipientPlace(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	d := runWorld(t, p, "Russia agreed in August to deliver additional wheat to Egypt.", time.Date(2022, 10, 14, 0, 0, 0, 0, time.UTC))
	found := false
	for _, e := range d.Events {
		if e.Cameo == "031" {
			found = true
			if e.Place != "" || e.TargetName != "Egypt" {
				t.Errorf("031 %s → %s in %q, want → Egypt with no place", e.SourceName, e.TargetName, e.Place)
			}
		}
	}
	if !found {
		t.Errorf("no 031 event: %v", eventCodes(d))
	}
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
