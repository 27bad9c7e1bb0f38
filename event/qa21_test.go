package event

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA21Events checks the rules added after the twenty-first and
// twenty-second QA readings (session 11), in sentences written for
// sitrep.
func TestQA21Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA22 E-1: "near the border with X" says where, X is no target
		{"attacked a post near the border with the X", "2019-03-05", "Militants attacked an army camp near the border with the Central African Republic on Sunday.", []string{"REB MIL 180"}, []string{"REB CAF"}},
		{"shelled villages along its border with X", "2019-03-05", "Rebels shelled villages along the border with Uganda.", nil, []string{"REB UGA"}},
		{"attacked X stays", "2019-03-05", "Rebels attacked Uganda on Sunday.", []string{"REB UGA 1"}, nil},
		// QA22 E-2: a protest that is the subject of a since-clause is nobody's of the main clause
		{"since protests began", "2019-03-05", "Thousands of Venezuelans have fled to Colombia, Brazil and Peru since protests began in January against Maduro's rule.", []string{" VENGOV 140"}, []string{"COL", "BRA", "PER"}},
		{"protests against X by a subject stay", "2019-03-05", "Students staged protests against the government.", []string{"EDU"}, nil},
		// QA22 E-6: "and the <noun> said it …": the pronoun is that noun's, no actor named before
		{"the committee said it was considering", "2019-03-05", "Farmers blocked roads, and the committee said it was considering new talks.", nil, []string{"AGR  014"}},
		{"X said it was considering stays", "2019-03-05", "Turkey said it was considering new sanctions.", []string{"TUR  014"}, nil},
		// QA22 E-8: an actor modifying a member noun in an inclusion is no subject
		{"including air force mechanics", "2019-03-05", "Hundreds of volunteers, including air force mechanics, have said they will stop working.", nil, []string{"MIL  010"}},
		{"students, including coast guard cadets", "2019-03-05", "Many students, including coast guard cadets, have said they will boycott the parade.", []string{"EDU  010"}, []string{"MIL  010"}},
		{"including countries stays", "2019-03-05", "Several states, including France and Germany, condemned the attack.", []string{"FRA"}, nil},
		// QA21 P-2: a town named like a person, after near/in, is where, no target
		{"near a town named like a person", "2021-04-26", "Rebels ambushed an army convoy near Mao, killing five soldiers.", nil, []string{"REB  180", "REB TCD"}},
		// QA22 E-4: a court striking down a decision is no attack
		{"strike down decisions", "2021-05-10", "The bill lets the Constitutional Court strike down executive decisions.", nil, []string{"190"}},
		{"struck down the decree", "2021-05-10", "The high court struck down the decree on Monday.", nil, []string{"190"}},
	})
}

func TestQA21Handover(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA22 E-3: a minister taking over a ministry is a handover, no seizure
		{"took over the interior ministry", "2019-03-05", "Matteo Piantedosi took over the interior ministry on Saturday.", nil, []string{"171"}},
		{"takes over the finance ministry", "2019-03-05", "Olaf Scholz takes over the finance ministry.", nil, []string{"171"}},
		{"soldiers took over the ministry stays", "2019-03-05", "Soldiers took over the defence ministry on Saturday.", []string{"MIL  171"}, nil},
	})
}

func TestQA21ClearedPlace(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA22 E-9: the city of a cleared road is where, no target
		{"to clear a square in a city", "2019-03-05", "Police fired tear gas to clear a square in Tbilisi on Sunday.", []string{"COP  175"}, []string{"COP GEO"}},
		{"to clear protesters stays", "2019-03-05", "Police fired tear gas to clear protesters from the square.", []string{"COP OPP 175"}, nil},
	})
}

func TestQA21PossessedPerson(t *testing.T) {
	p, err := kbQuotePipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, date, text, trigger, want string }{
		// QA22 E-5: "<Country>'s <Title> <Name>" after a verb is the person
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

func TestQA21RelativeAntecedent(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA22 E-18: a relative clause after "A and B," is about both
		{"A and B, which established relations", "2019-03-05", "Chile and Argentina, which signed a peace treaty in 1984, held talks on Monday.", []string{"CHL ARG 057", "ARG CHL 057"}, []string{"ARG  057"}},
		{"one antecedent stays", "2019-03-05", "Chile, which signed a treaty with Argentina in 1984, held talks on Monday.", []string{"CHL ARG 057"}, nil},
	})
}

// TestQA21DistinctDates checks that the relative clause's act of a pair
// and the main clause's, years apart, are both kept (QA22 E-18).
func TestQA21DistinctDates(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	d := runWorld(t, p, "Chile and Argentina, which signed a peace treaty in 1984, signed a trade deal in March.", time.Date(2019, 6, 5, 0, 0, 0, 0, time.UTC))
	years := map[string]int{}
	for _, e := range d.Events {
		if len(e.Date) >= 4 && e.Source != "" && e.Target != "" {
			years[e.Date[:4]]++
		}
	}
	if years["1984"] != 2 || years["2019"] != 2 {
		t.Errorf("events by year %v, want 2 in 1984 (both ways) and 2 in 2019; events %q", years, eventCodes(d))
	}
}

func TestQA21VisitPurpose(t *testing.T) {
	p, err := kbQuotePipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, date, text, trigger, want string }{
		// QA22 E-7: a trip to a city "to meet X" is with X
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

// TestQA21EventPlaces checks where events are placed after the QA22
// findings.
func TestQA21EventPlaces(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		// QA22 E-2: where refugees fled is not where the protests of a since-clause were
		{"a destination before a since-clause", "2019-03-05", "Thousands have fled to Colombia since protests began against the government.", "protests", ""},
		{"a sentence-opening place frames the clause", "2019-03-05", "In Caracas, after protests began against the government, shops closed.", "protests", "Caracas"},
		// QA22 P-1: the place of an after-gerund clause is that clause's
		{"a place inside an after-gerund clause", "2019-03-05", "Protesters marched on parliament after blocking a road in Lyon.", "on", ""},
		{"the gerund's own event keeps it", "2019-03-05", "Protesters marched on parliament after blocking a road in Lyon.", "road", "Lyon"},
		{"a place of the trigger's own phrase stays", "2019-03-05", "Protesters blocked a road in Lyon after marching.", "road", "Lyon"},
	})
}
