package event

import (
	"testing"
	"time"
)

// qa14Tests are constructions a fourteenth QA reading (wars, referendums,
// coups and political disputes; 2006–2023) found coded wrongly, in
// sentences written for sitrep. want: events that must be coded
// ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start with.
var qa14Tests = []worldCase{
	// E-1: politicians and parties clash in words; armed sides and states fight
	{"two leaders clashed with each other over a bill", "2021-03-02", "Opposition leader Raila Odinga clashed with President Uhuru Kenyatta over the tax bill.",
		[]string{"KENOPP KENGOV 111", "KENGOV KENOPP 111"}, []string{"KENOPP KENGOV 19", "KENGOV KENOPP 19"}},
	{"a cleric clashed with a party", "2021-03-02", "Archbishop Desmond Tutu clashed with the African National Congress.", nil, []string{" ZAFPTY 19", "ZAFPTY  19", "ZAF ZAFPTY 19", "ZAFPTY ZAF 19"}},
	{"a leader clashed with an international body", "2021-03-02", "Viktor Orban clashed with the European Union over migrants.", nil, []string{"HUNGOV IGOEUREEC 19", "IGOEUREEC HUNGOV 19"}},
	{"states clashing still fight", "2021-03-02", "Armenia clashed with Azerbaijan on the border.", []string{"ARM AZE 190", "AZE ARM 190"}, nil},
	{"leaders with casualties still fight", "2021-03-02", "Raila Odinga clashed with Uhuru Kenyatta in Kisumu, and two people were killed.", nil, []string{"KEN KENGOV 111"}},
	// E-2: a state of war declared at home is emergency rule, no attack
	{"declared a state of war", "2022-02-24", "President Volodymyr Zelensky declared a state of war and called up reservists.", []string{"UKRGOV UKR 1724"}, []string{"UKRGOV  190"}},
	{"declared war on X stays war", "2022-02-24", "Russia declared war on Ukraine.", []string{"RUS UKR 190"}, nil},
	// E-4: a march towards a place is a demonstration
	{"marched towards the centre", "2022-01-05", "Thousands of protesters marched towards the centre of Almaty.", []string{"KAZOPP KAZ 141"}, nil},
	// E-5: independence from a state is no support of it
	{"backed independence from X", "2019-12-11", "South Sudan's voters overwhelmingly backed independence from Sudan.", nil, []string{"SSD SDN 05"}},
	{"backed the plan stays support", "2019-12-11", "Australia backed the plan of Papua New Guinea.", []string{"AUS PNG 051"}, nil},
	// E-6: a passive release names the freed, the releaser stays unknown
	{"was released from detention", "2018-03-04", "Former Pakistani prime minister Imran Khan was released from detention on Monday.", []string{" PAKELI 0841"}, nil},
	{"were freed by X", "2018-03-04", "The hostages were freed by Hamas on Sunday.", []string{"PSEREB CVL 0841"}, nil},
	{"a released report frees nobody", "2018-03-04", "The report was released by the ministry on Monday.", nil, []string{" "}},
}

func TestQA14Events(t *testing.T) { checkWorld(t, qa14Tests) }

// qa14More are further QA14 cases.
var qa14More = []worldCase{
	// E-6: "from <place>" after a passive release is where from, not by whom
	{"released from a compound", "2018-03-04", "Former Pakistani prime minister Imran Khan was released from a United Nations compound.", []string{" PAKELI 0841"}, []string{"IGOUNO "}},
	{"released from a city", "2018-03-04", "Imran Khan was released from Lahore.", nil, []string{"PAK PAK 0841"}},
	{"released from a state's prison", "2018-03-04", "Former Pakistani prime minister Imran Khan was released from Pakistan's Adiala jail.", []string{"PAK PAKELI 0841"}, nil},
	{"who was released", "2018-03-04", "Former Pakistani prime minister Nawaz Sharif, who was released in 2018, returned to Lahore.", []string{" PAKELI 0841"}, nil},
	{"freed from a group's captivity", "2018-03-04", "The hostages were freed from Hamas captivity.", []string{"PSEREB CVL 0841"}, nil},
	// E-7: an actor inside an appositive's relative clause is no speaker
	{"X, a former officer who heads the special forces, said", "2021-09-05", "Colonel Assimi Goita, a former officer who heads the special forces unit, said the junta would hold elections.",
		[]string{"MLIGOV  010"}, []string{"MIL  010"}},
	// E-9: running for office is no appeal
	{"who is seeking a second term", "2022-04-10", "Emmanuel Macron, who is seeking a second term, campaigned in Lille.", nil, []string{"FRAGOV  02"}},
	{"seeking re-election", "2022-04-10", "President Emmanuel Macron is seeking re-election.", nil, []string{"FRAGOV  02"}},
	{"seeking help stays an appeal", "2022-04-10", "Ukraine sought help from the United Nations.", []string{"UKR IGOUNO 023"}, nil},
	// E-11: a message of congratulations praises
	{"sent a message of congratulations", "2022-05-10", "Chinese President Xi Jinping sent a message of congratulations to Ferdinand Marcos.", []string{"CHNGOV  051"}, nil},
	// E-14: extradition approved or suffered is judicial cooperation with the requesting state
	{"approved the extradition of X to Y", "2022-05-10", "A British court approved the extradition of Julian Assange to the United States.", []string{"GBRJUD USA 063"}, nil},
	{"X was extradited to Y", "2022-05-10", "Former Honduran president Juan Orlando Hernandez was extradited to the United States on Thursday.", []string{" USA 063"}, []string{" HND", " HNDGOV", "HND"}},
	// E-12: a travel ban restricts
	{"had been barred from leaving the country", "2019-04-11", "Officials said Omar al-Bashir had been barred from leaving the country.", []string{" SDNGOV 172"}, nil},
	{"barred X from leaving", "2019-04-11", "Sudan barred Omar al-Bashir from leaving the country.", []string{"SDN SDNGOV 172"}, nil},
	// E-13: "set it on fire" burns the object stormed before
	{"stormed X and set it on fire", "2014-10-31", "Thousands of Burkinabe protesters stormed the parliament of Burkina Faso and set it on fire.", []string{"BFAOPP BFALEG 1712"}, nil},
	// E-15: an attack noun with a passive "planned/carried out by" agent is the agent's attack
	{"the siege, which left N dead, was planned by gunmen", "2013-09-25", "The siege of the Radisson hotel in Bamako, which left 20 people dead, was planned for weeks by a cell of gunmen.", []string{"UAF  180"}, nil},
	{"the attack on X was carried out by Y", "2013-09-25", "The attack on Kenya was carried out by al-Shabaab.", []string{"SOMREB KEN 180"}, nil},
	{"the attack was condemned by X is no attack by X", "2013-09-25", "The attack was condemned by France.", nil, []string{"FRA  18"}},
}

func TestQA14More(t *testing.T) { checkWorld(t, qa14More) }

// TestQA14ExtraditionPlace: the country an extradited person is sent to
// is no place of the extradition (QA14 E-14).
func TestQA14ExtraditionPlace(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"A British court approved the extradition of Julian Assange to the United States.",
		"Spain extradited the banker to Argentina on Monday.",
	} {
		d := runWorld(t, p, text, time.Date(2022, 5, 10, 0, 0, 0, 0, time.UTC))
		n := 0
		for _, e := range d.Events {
			if e.Cameo != "063" {
				continue
			}
			n++
			if e.Place != "" {
				t.Errorf("%q: 063 event placed in %q, want no place", text, e.Place)
			}
		}
		if n == 0 {
			t.Errorf("%q: no 063 event among %q", text, eventCodes(d))
		}
	}
}

// TestQA14FieldPlace: a place naming a speaker's field ("a Horn of
// Africa analyst") is no event place; a place of the act stays (QA14 P-1).
func TestQA14FieldPlace(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code, place string }{
		{"Paul Salem, a Middle East analyst, said Iran had weakened.", "010", ""},
		{"The BBC's Africa correspondent said the army had shelled the town.", "010", ""},
		{"Thousands of protesters marched through Almaty.", "141", "Almaty"},
	} {
		d := runWorld(t, p, tc.text, time.Date(2022, 5, 10, 0, 0, 0, 0, time.UTC))
		for _, e := range codedAs(t, d, tc.text, tc.code) {
			if e.Place != tc.place {
				t.Errorf("%q: %s event placed in %q, want %q", tc.text, e.Cameo, e.Place, tc.place)
			}
		}
	}
}

// TestQA14TitledPerson: a region's title before a name the KB does not
// know is that person, not an unnamed "president" (QA14 E-8).
func TestQA14TitledPerson(t *testing.T) {
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

// TestOwnCountryRole: a person holding offices of several countries at
// once (the Queen, also Queen of Canada) acts for the office of their
// own country (QA15 R-2).
func TestOwnCountryRole(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	text := "Queen Elizabeth asked David Cameron to form a government."
	d := runWorld(t, p, text, time.Date(2015, 5, 8, 0, 0, 0, 0, time.UTC))
	for _, e := range codedAs(t, d, text, "020") {
		if e.SourceCode != "GBRGOV" {
			t.Errorf("%q: source code %q, want GBRGOV", text, e.SourceCode)
		}
	}
}
