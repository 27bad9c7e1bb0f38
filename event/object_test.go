package event

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of target resolution.

func TestClearedPlace(t *testing.T) {
	checkEvents(t, []eventCase{
		// the city of a cleared road is where, no target
		{"to clear a square in a city", "2019-03-05", "Police fired tear gas to clear a square in Tbilisi on Sunday.", []string{"COP  175"}, []string{"COP GEO"}},
		{"to clear protesters stays", "2019-03-05", "Police fired tear gas to clear protesters from the square.", []string{"COP OPP 175"}, nil},
	})
}

func TestPossessedPerson(t *testing.T) {
	p, err := kbQuotePipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, date, text, trigger, want string }{
		// "<Country>'s <Title> <Name>" after a verb is the person
		{"talks with a state's prime minister", "2019-03-05", "Narendra Modi held talks with Japan's Prime Minister Shinzo Abe on Monday.", "talks", "Shinzo Abe"},
		{"met a state's lower-case title and name", "2019-03-05", "Mike Pompeo met Russia's foreign minister Sergei Lavrov in Sochi.", "met", "Sergey Lavrov"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if e := triggered(t, p, tc.date, tc.text, tc.trigger); e != nil {
				if got := e.TargetName; got != tc.want {
					t.Errorf("%q: target %q (%s), want %q", tc.text, got, e.Target, tc.want)
				}
			}
		})
	}
}

func TestVisitPurpose(t *testing.T) {
	p, err := kbQuotePipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, date, text, trigger, want string }{
		// a trip to a city "to meet X" is with X
		{"travel to a city to meet a titled person", "2019-03-05", "Pedro Sanchez will travel to Geneva next week to meet UN Secretary-General Antonio Guterres.", "travel", "António Guterres"},
		{"a trip with no one to meet keeps the host", "2019-03-05", "Pedro Sanchez will travel to Morocco next week.", "travel", "Morocco"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if e := triggered(t, p, tc.date, tc.text, tc.trigger); e != nil {
				if got := e.TargetName; got != tc.want {
					t.Errorf("%q: target %q (%s), want %q", tc.text, got, e.Target, tc.want)
				}
			}
		})
	}
}

// TestExile checks that captors flying a captive abroad make no
// visit, that the seizure's object ends before a coordinated past verb
// ("and flew him to …"), and that a forced exile is an expulsion.
func TestExile(t *testing.T) {
	checkEvents(t, []eventCase{
		{"flew him to a country", "2009-07-06", "Troops arrested the prime minister at dawn and flew him to Senegal.", nil, []string{"042", "MIL SEN 171", "SEN MIL 043"}},
		{"flew him into exile", "2009-07-06", "Troops seized President Manuel Zelaya and flew him into exile.", []string{"MIL HNDGOV 174"}, nil},
		{"put on a plane to", "2009-07-06", "Soldiers put President Manuel Zelaya on a plane to Costa Rica.", []string{"MIL HNDGOV 174"}, []string{"042"}},
		{"a leader's own flight stays a visit", "2009-07-06", "Oscar Arias flew to Mexico on Sunday to meet Felipe Calderon.", []string{" 042"}, nil},
	})
}

// TestModifierTargets checks that an actor that only modifies the
// object is no target: the leader whose party's supporters were
// arrested, the country a cargo is bound for, an
// owner inside a relative clause after the object.
func TestModifierTargets(t *testing.T) {
	checkEvents(t, []eventCase{
		{"supporters of a leader's party", "2021-01-17", "Police arrested 40 supporters of Rutos's party in Kasese.", []string{"COP  173"}, nil},
		{"members of an organisation stay", "2021-01-17", "Israel arrested members of Hamas in Hebron.", []string{"ISR PSEREB 173"}, nil},
		{"coal bound for a country", "2022-12-06", "Protesters demanded the names of officials accused of smuggling coal bound for Russia.", []string{"OPP  100"}, []string{"RUS"}},
		{"a relative clause owner", "2021-01-17", "Police cracked down on protests that followed Odinga's arrest in Kisumu.", []string{"COP  175"}, []string{"COP KEN"}},
		// the owner of what is offered gives it, no recipient
		{"offer a state's own support", "2023-07-28", "U.S. Secretary of State Antony Blinken telephoned Bazoum to offer Washington's support.", []string{"USAGOV  030"}, []string{"USAGOV USA"}},
		{"offer support to a person stays", "2023-07-28", "Antony Blinken offered Washington's support to Mohamed Bazoum.", []string{"USAGOV NER 030"}, nil},
	})
}

// TestModifierTargetNames checks by name the targets of
// modifierTargets whose actors have no code.
func TestModifierTargetNames(t *testing.T) {
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

// TestRelativeObject checks that "him" after the verb of a relative
// clause on the main clause's object is the person the main clause
// names.
func TestRelativeObject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a court which sentenced him", "2023-08-05", "Imran Khan was taken to the Supreme Court, which sentenced him to three years in prison.", []string{" PAK 116"}, nil},
		{"two persons before: unresolved", "2023-08-05", "Imran Khan and Nawaz Sharif went to the Supreme Court, which sentenced him to three years.", nil, []string{" PAK 116"}},
	})
}

// TestPossessedObjectTargets checks the target id of the event a trigger codes.
func TestPossessedObjectTargets(t *testing.T) {
	checkTriggered(t, "targets", func(e *doc.Event) string { return e.Target }, []triggerCase{
		{"a place after a possessed object is where; its country is the target", "2022-07-09",
			"Hours later, protesters set fire to his private home in Colombo.", "fire", "LKA"},
		{"his home is the person's named before", "2022-07-09",
			"Prime Minister Ranil Wickremesinghe said he would resign. Hours later, protesters set fire to his private home in Colombo.", "fire", "person.ranil-wickremesinghe"},
		{"places after an object are where", "2016-07-16",
			"Loyalist troops retook key positions in Istanbul and Ankara.", "positions", "TUR"},
		{"X's crackdown on Y targets Y", "2021-08-16", "Egypt's crackdown on the Muslim Brotherhood intensified.", "crackdown", "org.muslim-brotherhood"},
		{"a titled person is the person, not their state", "2021-07-07",
			"Gunmen stormed the residence of Haitian President Jovenel Moise.", "stormed", "person.jovenel-moise"},
		{"'him' after the residence of a president is the president", "2021-07-07",
			"Gunmen stormed the residence of Haitian President Jovenel Moise and shot him dead.", "dead", "person.jovenel-moise"},
		{"a city struck stays the target", "2023-12-15", "Russian missiles struck Kyiv on Friday.", "struck", "place.kyiv"},
	})
}

// TestObjectPronounTargets checks the target id of the event a trigger codes.
func TestObjectPronounTargets(t *testing.T) {
	checkTriggered(t, "targets", func(e *doc.Event) string { return e.Target }, []triggerCase{
		// object pronouns
		{"her is the person named before", "2022-09-26",
			"Giorgia Meloni won the election. Prime Minister Mario Draghi congratulated her.", "congratulated", "person.giorgia-meloni"},
		{"him is the other person of the sentence before", "2022-12-05",
			"Macron met Scholz in Paris on Monday. He praised him for the coalition deal.", "praised", "person.olaf-scholz"},
		{"him after a state subject is the person named before", "2019-11-28",
			"Evo Morales resigned on Sunday. Mexico granted him asylum.", "asylum", "person.evo-morales"},
		{"him in a relative clause is the sentence's subject", "2015-06-12",
			"Muhammadu Buhari defeated Goodluck Jonathan in the election. He said he would ask the Group of Seven leaders, who invited him to their summit, for help.", "invited", "person.muhammadu-buhari"},
		{"him in an after-clause is the main clause's subject", "2019-11-28",
			"Evo Morales resigned on Nov. 10 after the army chief, General Williams Kaliman, urged him to step down.", "step down", "person.evo-morales"},
		{"police arresting him stay without a target", "2019-11-28",
			"Evo Morales resigned on Sunday. Police arrested him.", "arrested", ""},
		{"her before a noun is a possessive", "2022-09-26",
			"Giorgia Meloni won the election. Prime Minister Mario Draghi praised her party.", "praised", ""},
	})
}

// TestCityStateTargets checks the target id of the event a trigger codes.
func TestCityStateTargets(t *testing.T) {
	checkTriggered(t, "targets", func(e *doc.Event) string { return e.Target }, []triggerCase{
		{"a city where an embassy reopens stands for its state", "2018-12-27",
			"In December 2018 the United Arab Emirates reopened its embassy in Damascus.", "embassy", "SYR"},
		{"a city a vetoed package is for stands for its state", "2023-12-15",
			"Leaders failed, however, to agree on a €50 billion aid package for Kyiv, which Budapest vetoed.", "vetoed", "UKR"},
		{"a city struck stays a place", "2023-12-15", "Russian missiles struck Kyiv on Friday.", "struck", "place.kyiv"},
	})
}

// TestSanctionsOnPersons: travel and visa bans and asset freezes
// imposed on X are sanctions.
func TestSanctionsOnPersons(t *testing.T) {
	checkEvents(t, []eventCase{
		{"travel bans and asset freezes", "2014-03-17", "The European Union imposed travel bans and asset freezes on Russian officials.", []string{"IGOEUREEC RUSGOV 163"}, nil},
		{"visa bans", "2014-03-17", "The United States imposed visa bans on Nigerian officials.", []string{"USA NGAGOV 163"}, nil},
	})
}

// TestCondemnedOwner: a condemned "X's shelling of Y" is X's act,
// as "X's attacks on Y" already was; the object of "of" is acted on,
// and a count before "of" keeps its partitive reading.
func TestCondemnedOwner(t *testing.T) {
	checkEvents(t, []eventCase{
		{"attacks on", "2024-04-14", "Russia's missile attacks on Kyiv were condemned by Guterres.", []string{"IGOUNO RUS 111"}, []string{"IGOUNO UKR 111"}},
		{"shelling of", "2024-04-14", "Russia's shelling of Kyiv was condemned by Guterres.", []string{"IGOUNO RUS 111"}, []string{"IGOUNO UKR 111"}},
		{"blockade of", "2024-04-14", "Israel's blockade of Gaza was condemned by Turkey.", []string{"TUR ISR 111"}, []string{"TUR PSE 111"}},
		{"invasion of", "2024-04-14", "Russia's invasion of Ukraine was condemned by Guterres.", []string{"IGOUNO RUS 111"}, []string{"IGOUNO UKR 111"}},
		{"a spelled count after of", "2024-04-14", "Israel's killing of seven journalists was condemned by Biden.", []string{"USAGOV ISR 111"}, []string{"USAGOV MED 111"}},
	})
}

// TestBrokers checks that the brokers of an agreement ("brokered by
// X") mediate and are no party of the agreement itself.
func TestBrokers(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a ceasefire brokered by", "2023-05-20", "Sudan's army and the paramilitary Rapid Support Forces agreed to a 72-hour ceasefire brokered by the United States and Saudi Arabia.",
			[]string{"USA SDNMIL 045", "SDNMIL SDNREB 0356"}, []string{"SDNMIL USA 03", "SDNMIL SAU 03"}},
		{"a deal mediated by", "2020-11-10", "Armenia and Azerbaijan signed a deal mediated by Russia.", []string{"ARM AZE 057", "RUS ARM 045"}, []string{"ARM RUS 057"}},
	})
}

// TestHousedTarget: an attack on a facility "housing" an actor's
// troops is on those troops, not on the facility's state.
func TestHousedTarget(t *testing.T) {
	checkEvents(t, []eventCase{
		{"bases housing troops", "2020-01-08", "Iran fired ballistic missiles at two Iraqi air bases housing U.S. troops early on Wednesday.", []string{"IRN USAMIL"}, []string{"IRN IRQ"}},
		{"attack on bases housing troops", "2020-01-08", "Iran's missile attack on two Iraqi bases housing U.S. troops caused no casualties.", []string{"IRN USAMIL"}, []string{"IRN IRQ"}},
		{"a plain base stays its state's", "2020-01-08", "Iran fired missiles at two Iraqi air bases.", []string{"IRN IRQ"}, nil},
	})
}

// TestEnclaveAndAircraft: "the enclave" pounded after Gaza was named
// is Gaza; warplanes pounding or shelling attack from the air (195).
func TestEnclaveAndAircraft(t *testing.T) {
	checkEvents(t, []eventCase{
		{"pounded the enclave", "2023-10-10", "Hamas militants fired a barrage of rockets into Israel from Gaza on Tuesday, the Israeli military said, as Israeli warplanes pounded the enclave for a fourth day.", []string{"ISRMIL PSE 195", "PSEREB ISR 194"}, nil},
		{"warplanes pounded", "2023-10-10", "Israeli warplanes pounded Gaza for a fourth day.", []string{"ISRMIL PSE 195"}, []string{"ISRMIL PSE 194"}},
		{"artillery stays 194", "2023-10-10", "Israeli tanks pounded Gaza for a fourth day.", []string{"ISRMIL PSE 194"}, nil},
	})
}

// TestSharedObject: "V1 and V2 X" with both verbs in the past gives X
// to both ("shot and killed X"); a passive "shot and killed by police"
// shares no object.
func TestSharedObject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"shot and killed a named person", "2023-06-01", "Ugandan soldiers shot and killed Kenyan opposition leader Raila Odinga.", []string{"UGAMIL KENOPP 193", "UGAMIL KENOPP 190"}, []string{"UGAMIL  19"}},
		{"arrested and charged", "2023-06-01", "Ugandan police arrested and charged Kenyan opposition leader Raila Odinga.", []string{"UGACOP KENOPP 173"}, []string{"UGACOP  173"}},
	})
}

// TestNamedPersonModifier: a person before a singular noun of following
// or serving and a name ("Trump critic Mark Cuban") modifies the named
// one, who is the object.
func TestNamedPersonModifier(t *testing.T) {
	checkEvents(t, []eventCase{
		{"invited X critic Name", "2016-09-26", "Egypt invited Trump critic Mark Cuban to Cairo.", []string{"EGY  020"}, []string{"USA"}},
		{"invited X stays", "2016-09-26", "Egypt invited Trump to Cairo.", []string{"EGY USA"}, nil},
	})
}

// TestNamedPersonTarget: the person named after "<Person> critic" is the
// target in place of the modifier, and a later sentence's list of the
// same actor index is untouched.
func TestNamedPersonTarget(t *testing.T) {
	checkTriggered(t, "target", func(e *doc.Event) string { return e.TargetName }, []triggerCase{
		{"accused X critic Name", "2016-09-26", "Egypt accused Trump critic Mark Cuban of lying.", "accused", "Mark Cuban"},
		{"invited X critic Name", "2016-09-26", "Egypt invited Trump critic Mark Cuban to Cairo.", "invited", "Mark Cuban"},
		{"invited X stays after it", "2016-09-26", "Egypt invited Trump to Cairo.", "invited", "Donald Trump"},
	})
}

// TestSeizedPowerTarget: power seized with no victim named was the
// government's, as a staged coup is aimed at it.
func TestSeizedPowerTarget(t *testing.T) {
	checkWorld(t, []worldCase{
		{"seized power and detained", "2021-02-01", "Myanmar's military seized power in a coup on Monday and detained Aung San Suu Kyi.",
			[]string{"MMRMIL MMRGOV 170", "MMRMIL MMRGOV 173"}, nil},
		{"soldiers seized power", "2022-01-24", "Soldiers in Burkina Faso seized power on Monday.", []string{"BFAMIL BFAGOV 170"}, nil},
		{"a government seizes nothing of its own", "2021-02-01", "The government seized power plants.", nil, []string{"GOV GOV 170"}},
	})
}

// TestCrewOwner: the crew of a vessel a state's demonym names, detained
// or freed as "its crew", are of that state.
func TestCrewOwner(t *testing.T) {
	checkWorld(t, []worldCase{
		{"detained its crew members", "2016-03-19", "The Indonesian navy seized a Chinese fishing boat on Saturday and detained its eight crew members.",
			[]string{"IDNMIL CHN 171", "IDNMIL CHN 173"}, nil},
		{"a vessel of no state", "2019-07-19", "Iran seized a tanker and detained its crew.", nil, []string{"IRN GBR"}},
	})
}

// TestMediatedDeal: the agent of "a deal/swap mediated by X" after a
// joint act mediates between the act's parties, not with its goods;
// talks that led to the act stay background.
func TestMediatedDeal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a swap mediated by a third state", "2022-12-08", "Russia and the United States exchanged two prisoners on Thursday in a deal mediated by the United Arab Emirates.",
			[]string{"ARE RUS 045", "ARE USA 045", "RUS USA 0841"}, []string{"ARE ---CVL", "ARE CVL"}},
		{"background talks stay background", "2020-10-10", "Armenia and Azerbaijan agreed to a ceasefire after ten hours of talks mediated by Russia.", nil, []string{"RUS ARM 045"}},
	})
}

// TestQuitOffice: "quit as <title>" and "quit <his> post" are
// resignations; quitting talks or a deal stays what it was.
func TestQuitOffice(t *testing.T) {
	checkTriggered(t, "coded", func(e *doc.Event) string { return e.Cameo }, []triggerCase{
		{"quit as president", "2017-11-25", "Robert Mugabe quit as president on Tuesday.", "quit", "0831"},
		{"quit his post", "2017-11-25", "Robert Mugabe quit his post on Tuesday.", "quit", "0831"},
		{"quit the talks", "2017-11-25", "Iran quit the talks.", "talks", "164"},
	})
}
