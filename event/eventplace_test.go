package event

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of event places.

// TestChargeCountryPlaces checks where events are placed when a country
// is named inside a charge and in related constructions ("trigger|place" pairs; place "" = none).
func TestChargeCountryPlaces(t *testing.T) {
	cases := []struct {
		name, date, text string
		want             []string
	}{
		// a country inside the charge is not where the sentence's acts happened
		{"accusing it of being close to Country", "2018-05-01", "Bahrain cut ties with Qatar, accusing it of being too close to Iran.",
			[]string{"ties|", "accusing|"}},
		{"the charged act is no event of its own", "2018-05-01", "The United States imposed sanctions on Venezuela, accusing it of backing armed groups in Colombia.",
			[]string{"sanctions|", "accusing|"}}, // the charged act is no event (the accusation alone)
		{"a discussed topic is not where", "2018-05-01", "Emmanuel Macron called Vladimir Putin to discuss the fighting in Syria.",
			[]string{"called|"}},
		{"met in a city to discuss stays there", "2018-05-01", "Emmanuel Macron met Vladimir Putin in Paris to discuss the fighting in Syria.",
			[]string{"met|Paris"}},
	}
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			day, _ := time.Parse(time.DateOnly, tc.date)
			d := runWorld(t, p, tc.text, day)
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Trigger+"|"+e.Place)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: want %q among %q", tc.text, w, got)
				}
			}
		})
	}
}

// TestAttributionTagPlaces checks the place of the event a trigger codes
// after an attribution tag and in related constructions (sentences
// written for sitrep).
func TestAttributionTagPlaces(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		// the attribution tag's place is the statement's, not the content's
		{"trailing tag: told reporters in a capital", "2019-04-02",
			"Two soldiers were killed in an ambush, the minister told reporters in Madrid.", "killed", ""},
		{"trailing tag: said in a statement in a capital", "2019-04-02",
			"Militants attacked a checkpoint on Monday, the army said in a statement in Kabul.", "attacked", ""},
		{"trailing tag: the statement keeps its place", "2019-04-02",
			"Militants attacked a checkpoint on Monday, the army said in a statement in Kabul.", "said", "Kabul"},
		{"leading tag: officials in a city said", "2019-04-02",
			"Officials in Kandahar said militants attacked a checkpoint.", "attacked", ""},
		{"a place in the content stays", "2019-04-02",
			"Militants attacked a checkpoint in Kandahar, the army said in Kabul.", "attacked", "Kandahar"},
		{"a dateline before a trailing tag stays", "2019-04-02",
			"KABUL, April 2 (Reuters) - Militants attacked a checkpoint on Monday, the army said.", "attacked", "Kabul"},
		// a region named in the content is not where the statement was made
		{"speech verb: a region in the content", "2019-04-02",
			"India's foreign minister said the bombing was an attack on all of South Asia.", "said", ""},
		// a destination is not where an earlier event was; a capital angered is a government
		{"boarded a plane to X after talks", "2019-04-02",
			"Omar al-Bashir boarded a plane to Saudi Arabia after talks with Egyptian President Abdel Fattah al-Sisi.", "talks", ""},
		{"flew to X for talks keeps X", "2019-04-02", // the talks are the visit's purpose (TestVisitForTalks): the visit is placed
			"Omar al-Bashir flew to Cairo for talks with Egyptian President Abdel Fattah al-Sisi.", "flew", "Cairo"},
		{"a remark that angered a capital", "2019-04-02",
			"He later called the Turkish-led invasion of Cyprus in 1974 illegal, a remark that angered Ankara.", "invasion", ""},
		{"speech verb: its own place stays", "2019-04-02",
			"India's foreign minister said in Mumbai that the bombing was an attack on the region.", "said", "Mumbai"},
	})
}

// TestAffectVerb checks the verb forms whose object is a party's
// feelings.
func TestAffectVerb(t *testing.T) {
	for w, want := range map[string]bool{"angered": true, "angering": true, "anger": true, "irritate": true, "irritated": true,
		"alarmed": true, "upset": true, "worried": true, "rattles": true, "annoys": true, "reached": false, "entered": false,
		"visited": false, "angel": false, "alarming": true, "urged": false} {
		if got := affectVerb(w); got != want {
			t.Errorf("affectVerb(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestExtraditionPlace: the country an extradited person is sent to
// is no place of the extradition.
func TestExtraditionPlace(t *testing.T) {
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

// TestFieldPlace: a place naming a speaker's field ("a Horn of
// Africa analyst") is no event place; a place of the act stays.
func TestFieldPlace(t *testing.T) {
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

// TestResultClausePlaces: a place inside a result participle clause is not where
// the main event happened.
func TestResultClausePlaces(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"ending a dispute that left a region without X", "2009-01-19",
			"ANKARA (Reuters) - Armenia and Turkey signed a protocol on Monday, ending a feud that left much of the Balkans without trade.", "signed", "Ankara"},
		{"sparking protests across a region", "2009-01-19",
			"Gazprom and Naftogaz signed a contract on Monday, sparking protests across much of the Balkans.", "signed", ""},
		{"leaving a country without power", "2009-01-19",
			"Rebels attacked a pipeline on Sunday, leaving Lebanon without gas.", "attacked", ""},
		{"a place before the participle stays", "2009-01-19",
			"Rebels attacked a pipeline in Syria on Sunday, leaving Lebanon without gas.", "attacked", "Syria"},
	})
}

// TestPlaceList: a coordinated list of places after "in" gives one
// event per place, each placed in its own place, and no place is a
// target.
func TestPlaceList(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, trigger string
		places        []string
	}{
		{"Demonstrators rallied in Madrid, Barcelona and Valencia on Sunday.", "rallied", []string{"Madrid", "Barcelona", "Valencia"}},
		{"Russian missiles hit Kharkiv and Odesa on Monday.", "hit", nil}, // objects, no locative list: targets stay
		{"Police raided offices in Beirut and Sidon overnight.", "raided", []string{"Beirut", "Sidon"}},
		{"Workers went on strike in Lagos, Abuja and Kano.", "strike", []string{"Lagos", "Abuja", "Kano"}},
	} {
		d := runWorld(t, p, tc.text, time.Date(2019, 3, 2, 0, 0, 0, 0, time.UTC))
		var got []string
		for _, e := range d.Events {
			if e.Trigger != tc.trigger {
				continue
			}
			if tc.places == nil {
				if e.Target == "" {
					t.Errorf("%q: %s lost its target", tc.text, e.Cameo)
				}
				continue
			}
			if e.Target != "" && e.TargetCountry == e.PlaceCountry && slices.Contains(tc.places, e.TargetName) {
				t.Errorf("%q: %s targets the listed place %s", tc.text, e.Cameo, e.TargetName)
			}
			got = append(got, e.Place)
		}
		if tc.places != nil && !slices.Equal(got, tc.places) {
			t.Errorf("%q: %s placed in %q, want %q", tc.text, tc.trigger, got, tc.places)
		}
	}
}

// TestDatelineGenericPlaces checks that a dateline city is not the place of a
// violent event the sentence puts at a generic place, in
// sentences written for sitrep.
func TestDatelineGenericPlaces(t *testing.T) {
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"a dateline and the southern towns", "2019-11-29", "KABUL — Gunmen killed at least 12 villagers in the eastern provinces on Friday.", "killed", ""},
		{"a dateline and the border", "2020-06-17", "ISLAMABAD — Indian troops shelled villages along the disputed border on Monday.", "shelled", ""},
		{"a dateline with no other place stays", "2019-11-29", "KABUL — Gunmen killed at least 12 villagers on Friday.", "killed", "Kabul"},
		{"a dateline is a statement's place", "2019-11-29", "KABUL — Afghanistan condemned on Friday the attacks in the eastern provinces.", "condemned", "Kabul"},
		// an event of an earlier month or year is not the dateline's
		{"a dateline and an event of an earlier year", "2025-05-20", "PORT SUDAN — Kamil Idris is the first civilian premier since Abdalla Hamdok resigned in January 2022.", "resigned", ""},
		{"a dateline and an event of the article's month stays", "2025-05-20", "PORT SUDAN — Abdalla Hamdok resigned on May 4.", "resigned", "Port Sudan"},
	})
}

// TestCoordinatedVerbPlaces: a place after a later coordinated verb ("and fled to
// X", "and said … in X") is not the first verb's place; verbs side by
// side share theirs.
func TestCoordinatedVerbPlaces(t *testing.T) {
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
		{`Ferdinand E. Marcos was toppled by the "People Power" protesters in 1986 and fled to Hawaii.`, "", "Hawaii", ""},
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

// TestPartnerPlace checks that a place after "with" is the partner
// of the act, not where it happened.
func TestPartnerPlace(t *testing.T) {
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"with the breakaway region of", "2008-08-26", "MOSCOW - Russia signed a treaty with the breakaway region of Abkhazia on Tuesday.", "signed", "Moscow"},
		{"with a named place, the place after in", "2008-08-26", "Russia signed a treaty with Abkhazia in Moscow.", "signed", "Moscow"},
		{"fought with rebels in a town stays", "2008-08-26", "Troops clashed with rebels in Goma.", "clashed", "Goma"},
	})
}

// TestTalksTopicPlace: a place after "talks on" is what is talked
// about, not where the talks were held.
func TestTalksTopicPlace(t *testing.T) {
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"talks on a region, held in a city", "2009-03-16", "India and Pakistan held talks on Kashmir in Islamabad.", "talks", "Islamabad"},
		{"resume talks on a sea", "2016-10-20", "Duterte and Xi agreed to resume talks on the South China Sea.", "agreed", ""},
	})
}

// TestPartnerWith checks which "with" makes the place after it a
// partner: the "with" of the act's own phrase, not one across a gerund
// or another preposition, and not a place that owns what follows it.
func TestPartnerWith(t *testing.T) {
	for _, tc := range []struct {
		text, place, trigger string
		want                 bool
	}{
		{"Russia signed a treaty with the breakaway region of Abkhazia.", "Abkhazia", "signed", true},
		{"Egypt cooperated closely with Washington.", "Washington", "cooperated", true},
		{"Police charged him with violating Georgia's law.", "Georgia", "charged", false},
		{"Troops clashed with rebels in Goma.", "Goma", "clashed", false},
		{"The firm gave $20,000 to artists and registered with the State of Ohio as a charity.", "Ohio", "gave", false},
	} {
		low := strings.ToLower(tc.text)
		toks := tokenize(tc.text, low, 0, len(tc.text), nil)
		i := strings.Index(tc.text, tc.place)
		head := -1
		for k := range toks {
			if toks[k].low == tc.trigger {
				head = k
			}
		}
		t0, t1 := tokRange(toks, doc.Span{Start: i, End: i + len(tc.place)})
		if got := partnerPlace(toks, t0, t1, head); got != tc.want {
			t.Errorf("%q: partnerPlace(%s) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

// TestEventPlaces checks where events are placed.
func TestEventPlaces(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		// where refugees fled is not where the protests of a since-clause were
		{"a destination before a since-clause", "2019-03-05", "Thousands have fled to Colombia since protests began against the government.", "protests", ""},
		{"a sentence-opening place frames the clause", "2019-03-05", "In Caracas, after protests began against the government, shops closed.", "protests", "Caracas"},
		// the place of an after-gerund clause is that clause's
		{"a place inside an after-gerund clause", "2019-03-05", "Protesters marched on parliament after blocking a road in Lyon.", "on", ""},
		{"the gerund's own event keeps it", "2019-03-05", "Protesters marched on parliament after blocking a road in Lyon.", "road", "Lyon"},
		{"a place of the trigger's own phrase stays", "2019-03-05", "Protesters blocked a road in Lyon after marching.", "road", "Lyon"},
		// a relative clause that tells of another year keeps its place
		{"a place in a relative clause of another year", "2017-06-06", "Saudi Arabia, which severed ties with Iran in 2016 after its embassy in Tehran was stormed, closed its border with Qatar on Monday.", "border", ""},
		{"the relative clause's own event keeps it", "2017-06-06", "Saudi Arabia, which severed ties with Iran in 2016 after its embassy in Tehran was stormed, closed its border with Qatar on Monday.", "ties", "Tehran"},
		{"a relative clause with no year keeps its place", "2017-06-06", "Sergei Lavrov, who arrived in Paris on Sunday, met Emmanuel Macron on Monday.", "met", "Paris"},
	})
}

// TestRecipientPlace checks that the recipient of a delivery agreed
// is no place of the agreement.
func TestRecipientPlace(t *testing.T) {
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

// TestOverPlaces: a place after "over" is what a verbal or
// diplomatic act is about, not where it happened; aerial acts over a
// place happen there.
func TestOverPlaces(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger, want string
	}{
		{"sanctions over a country", "Washington imposed new sanctions on Russian officials over Ukraine.", "sanctions", ""},
		{"talks over a dispute keep their city", "India and China held talks over the border in Beijing.", "talks", "Beijing"},
		{"shot down over a region", "Pakistan shot down an Indian fighter jet over Kashmir.", "shot down", "Kashmir"},
		{"an ambassador's post is no place", "A gunman shot dead Russia's ambassador to Turkey at an art gallery in Ankara.", "dead", "Ankara"},
		{"a regional diplomat's post is no place", "A delegation led by Barbara Leaf, the State Department's top diplomat for the Middle East, met Ahmed al-Sharaa on Friday.", "met", ""},
		{"a special envoy's post is no place", "The UN special envoy for Yemen met Houthi officials in Muscat on Friday.", "met", "Muscat"},
		{"an intent to send arms: the recipient is no place", "Germany will send more air defence systems to Ukraine.", "systems", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC))
			found := false
			for _, e := range d.Events {
				if e.Trigger != tt.trigger {
					continue
				}
				found = true
				if e.Place != tt.want {
					t.Errorf("%q: %s placed %q, want %q", tt.text, tt.trigger, e.Place, tt.want)
				}
			}
			if !found {
				t.Errorf("%q: no event triggered by %q among %v", tt.text, tt.trigger, eventCodes(d))
			}
		})
	}
}

// TestRegionCityPlaces checks the place of the event a trigger codes.
func TestRegionCityPlaces(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"the region's city of X is X", "2016-09-27",
			"President Juan Manuel Santos and FARC leader Rodrigo Londono signed a peace agreement in the Caribbean city of Cartagena.", "signed", "Cartagena"},
		{"a province of a country stays the province", "2009-03-22",
			"Taliban fighters attacked a base in Helmand province of southwestern Afghanistan.", "attacked", "Helmand"},
	})
}

// TestUnknownCityPlaces checks the place of the event a trigger codes.
func TestUnknownCityPlaces(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		// a place the gazetteer lacks, named as a city
		{"the city of X unknown to the gazetteer beats the dateline", "2022-12-12",
			"LIMA — Protesters occupied an airport in the southern city of Andahuaylas on Sunday.", "occupied", "Andahuaylas"},
		{"a known place after the trigger stays", "2022-12-12",
			"Protesters occupied an airport in Juliaca on Sunday.", "occupied", "Juliaca"},
	})
}

// TestTownInRegion checks that a region naming where a town lies ("Gwoza
// in Borno state", "Maiduguri, Borno state") yields the event's place to
// the town; a region alone, or one in a list of places, stays.
func TestTownInRegion(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"a town in its region", "2015-02-14",
			"Boko Haram fighters attacked the town of Gwoza in Borno state on Saturday, killing at least 30 people.", "killing", "Gwoza"},
		{"a town and its region after a comma", "2015-02-14",
			"In Maiduguri, Borno state, gunmen killed 12 people.", "killed", "Maiduguri"},
		{"a region alone", "2015-02-14",
			"Gunmen killed 12 people in Borno state on Monday.", "killed", "Borno"},
	})
}

// TestConjunctPlace checks that each coordinated verb takes the place
// named after it: "attacked X in Lahore and stormed Y in
// Rawalpindi" is two events in two cities; a second verb naming no place
// keeps the first's.
func TestConjunctPlace(t *testing.T) {
	for _, tc := range []struct {
		text   string
		places map[string]string // trigger → place
	}{
		{"Protesters attacked the residence of a senior army commander in Lahore and stormed the gate of the army's headquarters in Rawalpindi.",
			map[string]string{"attacked": "Lahore", "stormed": "Rawalpindi"}},
		{"Rebels attacked a convoy in Goma and killed two soldiers.",
			map[string]string{"attacked": "Goma", "killed": "Goma"}},
	} {
		p, err := worldPipeline()
		if err != nil {
			t.Fatal(err)
		}
		d := runWorld(t, p, tc.text, time.Date(2023, 5, 9, 0, 0, 0, 0, time.UTC))
		got := map[string]string{}
		for _, e := range d.Events {
			got[e.Trigger] = e.Place
		}
		for trig, want := range tc.places {
			if got[trig] != want {
				t.Errorf("%q: event %q in %q, want %q (all: %v)", tc.text, trig, got[trig], want, got)
			}
		}
	}
}

// TestOriginPlaces checks the place of the event a trigger codes.
func TestOriginPlaces(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"where visitors come from is not where they visit", "2023-05-01",
			"Within weeks, foreign ministers from Egypt and Saudi Arabia had visited the Syrian capital.", "visited", ""},
		{"where a traveller set out from, named after its kind, is not where the act is", "2016-07-16",
			"President Recep Tayyip Erdogan, speaking after flying in from the resort of Marmaris, accused Greece of sheltering the plotters.", "accused", ""},
		{"whom a thing is for is not where it is vetoed", "2023-12-15",
			"Leaders failed, however, to agree on a €50 billion aid package for Kyiv, which Budapest vetoed.", "vetoed", ""},
		{"a place after the trigger stays", "2023-05-01", "Egypt's foreign minister visited Damascus on Monday.", "visited", "Damascus"},
	})
}

// TestRetreat checks that the place a force withdraws from is the
// retreat's target (0874), as the place a force attacks is.
func TestRetreat(t *testing.T) {
	checkWorld(t, []worldCase{
		{"withdrew from a city", "2022-11-11", "Russian troops withdrew from Kherson.", []string{"RUSMIL UKR 0874"}, nil},
		{"started pulling out of a city", "2022-11-11", "Russian troops started pulling out of Kherson.", []string{"RUSMIL UKR 0874"}, nil},
		{"a candidate's race is no place", "2022-11-11", "The senator withdrew from the race in Ohio.", nil, []string{"USA"}},
	})
}

// TestDurationClausePlace: a place in a clause a duration opens
// after the trigger ("three days after Moscow recognised … Abkhazia") is
// that clause's, not where the trigger happened; a
// place before the duration stays.
func TestDurationClausePlace(t *testing.T) {
	for _, tc := range []struct{ text, trigger, place string }{
		{"TBILISI, Aug 29, 2008 - Georgia broke off diplomatic relations with Russia on Friday, three days after Moscow recognised the independence of the breakaway regions of Abkhazia and South Ossetia.", "relations", ""},
		{"Troops attacked a village in Darfur two days after talks collapsed.", "attacked", "Darfur"},
	} {
		for _, e := range eventsOn(t, worldDoc(t, tc.text, "2008-08-29"), tc.text, tc.trigger) {
			if e.Place != tc.place {
				t.Errorf("%q: %s placed %q; want %q", tc.text, tc.trigger, e.Place, tc.place)
			}
		}
	}
}

// TestTopicIncluding: a place listed after "including" behind a
// topic noun is what talks are about, not where they happen ("agreed to
// start a dialogue on all issues, including Kashmir"); force keeps a
// listed place, and a plain place after the trigger stays (e.g.
// India, Pakistan).
func TestTopicIncluding(t *testing.T) {
	for _, tc := range []struct{ text, trigger, want string }{
		{"Indian Prime Minister Atal Bihari Vajpayee and Pakistani President Pervez Musharraf agreed on Tuesday to start a dialogue on all issues, including Kashmir, next month.", "agreed", ""},
		{"Pakistan and India agreed on Tuesday to discuss disputes such as Kashmir.", "agreed", ""},
		{"Indian and Pakistani ministers met on Tuesday in Kashmir.", "met", "Kashmir"},
	} {
		for _, e := range eventsOn(t, worldDoc(t, tc.text, "2004-01-06"), tc.text, tc.trigger) {
			if e.Place != tc.want {
				t.Errorf("%q: %s placed in %q; want %q", tc.text, tc.trigger, e.Place, tc.want)
			}
		}
	}
}

// TestVisitPlace: a visit's place is where the visitor goes, not
// the city after "from" (e.g. "Sarkozy flew from Moscow to Tbilisi"
// was placed in Moscow).
func TestVisitPlace(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"flew from A to B", "2008-08-12",
			"Sarkozy flew from Moscow to Tbilisi in the evening.", "flew", "Tbilisi"},
		{"an attack from a place stays there", "2014-07-12",
			"Hamas fired rockets from Gaza into Israel.", "rockets", "Gaza Strip"},
	})
}

// TestSenderPlace: a place after "a request from" (or an invitation,
// an ultimatum) sends the message; it is no place of the act.
func TestSenderPlace(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code, place string }{
		{"Russia rejected a request from Bishkek to send troops.", "1245", ""},
		{"Germany welcomed an invitation from Ankara to join the talks.", "051", ""},
		{"Thousands of protesters marched through Osh on Friday.", "141", "Osh"},
	} {
		d := runWorld(t, p, tc.text, time.Date(2010, 6, 20, 0, 0, 0, 0, time.UTC))
		for _, e := range codedAs(t, d, tc.text, tc.code) {
			if e.Place != tc.place {
				t.Errorf("%q: %s event placed in %q, want %q", tc.text, e.Cameo, e.Place, tc.place)
			}
		}
	}
}
