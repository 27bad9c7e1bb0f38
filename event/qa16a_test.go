package event

import (
	"slices"
	"testing"
	"time"
)

// qa16aTests are constructions a sixteenth QA reading (wars, strikes,
// wire attributions; 2018–2023) found coded wrongly, in sentences
// written for sitrep. want: events that must be coded ("SRCCODE TGTCODE
// CAMEO"); not: prefixes no event may start with.
var qa16aTests = []worldCase{
	// E-1: a weapon subject is an attack by someone unknown
	{"an air strike hit a market, killing", "2019-03-02", "An air strike hit a bazaar in Idlib, killing nine people.", []string{" CVL 195"}, nil},
	{"a drone strike killed", "2019-03-02", "A drone strike killed four people near the border.", []string{" CVL 195"}, nil},
	{"shelling killed", "2019-03-02", "Shelling killed six people in Donetsk.", []string{" UKRCVL 194"}, nil},
	{"a car bomb exploded, killing", "2019-03-02", "A car bomb exploded outside a mosque, killing 20 people.", []string{" CVL 183"}, nil},
	{"air strikes hit a hospital in a city", "2019-03-02", "Air strikes hit a clinic in Aleppo on Monday.", []string{" SYR 195"}, nil},
	{"a gas explosion stays an accident", "2019-03-02", "A gas explosion killed 12 workers at a plant.", nil, []string{" "}},
	{"a labour strike is no weapon", "2019-03-02", "The strike hit rail services, stranding thousands of people.", nil, []string{" "}},
	{"a strike by a named attacker keeps it", "2019-03-02", "Israeli air strikes hit a clinic in Gaza.", []string{"ISR PSE 195"}, []string{" "}},
	// E-2: the outlet told is the addressee, never the one who demands
	{"X told Reuters that Y must", "2019-03-02", "Sergei Lavrov told Reuters that Ukraine must withdraw its troops.", []string{"RUSGOV UKR 100"}, []string{"MED", "GBRMED"}},
	{"X told the BBC that Y must", "2019-03-02", "Iran told the BBC that inspectors must leave.", []string{"IRN  100"}, []string{"MED", "GBRMED"}},
	// E-3: "told reporters" is a statement like "said"; "was told" has no speaker
	{"X told reporters that", "2019-03-02", "Mike Pompeo told reporters in Hanoi that the talks had failed.", []string{"USAGOV  010"}, nil},
	{"quote, X told reporters", "2019-03-02", "\"We will not give up,\" Mike Pompeo told reporters.", []string{"USAGOV  010"}, nil},
	{"X added that", "2019-03-02", "Mike Pompeo added that the talks had failed.", []string{"USAGOV  010"}, nil},
	{"X acknowledged that", "2019-03-02", "Mike Pompeo acknowledged that the talks had failed.", []string{"USAGOV  010"}, nil},
	{"X was told", "2019-03-02", "Mike Pompeo was told that the talks had failed.", nil, []string{" "}},
	// E-4: a labour strike is a strike (143), never armed force or a threat of it
	{"workers will strike on a date", "2019-03-02", "Postal workers will strike on March 9.", []string{"LAB  143"}, []string{"LAB  138", "LAB  19"}},
	{"walked out in the largest strike", "2019-03-02", "Thousands of teachers walked out on Monday in the biggest strike in the history of the Ontario Teachers Federation.", []string{"  143"}, []string{"  19"}},
	{"a state's strike stays a threat", "2019-03-02", "Israel will strike Iran if it must.", []string{"ISR IRN 138"}, nil},
	// E-5: a trailing "…, state television said" is no statement by the content's subject
	{"X died, state television said", "2019-03-02", "Robert Mugabe died on Friday in Singapore, state television said.", nil, []string{"ZWE  010", "ZWEGOV  010"}},
	{"X met Y, state television said", "2019-03-02", "Kim Jong Un met Vladimir Putin in Vladivostok, state television said.", []string{"PRKGOV RUSGOV 040"}, []string{"PRK  010", "PRKGOV  010"}},
	{"X met Y, Syrian state media said", "2019-03-02", "Bashar al-Assad met Vladimir Putin in Sochi, Syrian state media said.", []string{"SYRGOVMED  010"}, []string{"SYRGOV  010"}},
	// E-6: "…, a move his opponents denounced": the opponents' act against the mover, not the possessor's
	{"a move his critics condemned", "2019-03-02", "Nicolas Maduro expelled the German ambassador Daniel Kriener, a move his critics condemned.", []string{" VENGOV 111"}, []string{"DEU  111", "DEUGOV  111"}},
	{"a move the United States criticised", "2019-03-02", "Nicolas Maduro expelled the German ambassador, a move the United States criticised.", []string{"USA VENGOV 111"}, nil},
}

func TestQA16aEvents(t *testing.T) { checkWorld(t, qa16aTests) }

// TestQA16aPlaceList: a coordinated list of places after "in" gives one
// event per place, each placed in its own place, and no place is a
// target (QA16 P-1).
func TestQA16aPlaceList(t *testing.T) {
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
