package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa17Case is a sentence written for sitrep and the coded events
// ("SRCCODE TGTCODE CAMEO") it must and must not yield: want lists
// whole events, none lists substrings no event may contain.
type qa17Case struct {
	name, date, text string
	want, none       []string
}

// checkQA17 codes each case's sentence and checks its wants and nones.
func checkQA17(t *testing.T, cases []qa17Case) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := worldEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestQA17Events checks the rules added after the seventeenth QA
// reading, in sentences written for sitrep.
func TestQA17Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA17 E-4: an electoral withdrawal is no military retreat
		{"withdrew from the race", "2016-05-04", "The governor withdrew from the race on Tuesday.", nil, []string{"0874"}},
		{"pulled out of the presidential election", "2016-05-04", "Senator Cruz pulled out of the presidential election on Tuesday.", nil, []string{"0874"}},
		{"withdrew his candidacy", "2016-05-04", "The mayor withdrew his candidacy on Tuesday.", nil, []string{"0874"}},
		{"a military withdrawal stays one", "2016-05-04", "Russia withdrew from the city on Tuesday.", []string{" 0874"}, nil},
		// QA17 E-1: a present-perfect march and an intransitive march with a bare time
		{"people have marched", "2019-04-03", "Thousands of people have marched in Oran.", []string{"CVL  141"}, nil},
		{"students marched yesterday", "2019-04-03", "Students marched yesterday.", []string{"EDU  141"}, nil},
		{"students marched last week", "2019-04-03", "Students marched last week.", []string{"EDU  141"}, nil},
		{"students marched the previous day", "2019-04-03", "Students marched the previous day.", []string{"EDU  141"}, nil},
		// QA17 E-3: burning a state's flags or a leader's effigy is a protest
		{"burned flags", "2012-09-14", "Protesters burned French flags in Karachi on Friday.", []string{"OPP FRA 141"}, nil},
		{"set fire to an effigy", "2012-09-14", "Students set fire to an effigy of the president outside the embassy.", []string{"EDU  141"}, []string{"1712"}},
		{"arson stays arson", "2012-09-14", "Rioters set fire to a police station.", []string{" 1712"}, nil},
		// QA17 E-9: surrounding a building or town is an encirclement
		{"surrounded the residence", "2011-04-11", "Russian tanks surrounded the presidential palace on Monday.", []string{"RUSMIL  191"}, nil},
		{"surrounded by gardens is no event", "2011-04-11", "The palace is surrounded by gardens.", nil, []string{"191"}},
		// QA17 E-11: an agent word between "a" and a noun phrase is its adjective
		{"struck a militant training camp", "2019-02-26", "Israeli jets struck a militant training camp near Deir ez-Zor in Syria.", []string{"ISRMIL SYR 195"}, []string{"ISRMIL REB"}},
		{"a rebel weapons depot", "2019-02-26", "Russian jets bombed a rebel weapons depot in Syria.", nil, []string{"RUSMIL REB"}},
		{"a militant as subject stays", "2019-02-26", "A militant opened fire on the crowd.", []string{"REB"}, nil},
		// QA17 E-5: "forces loyal to X" are of X's country
		{"troops loyal to a president", "2011-04-11", "Troops loyal to Bashar al-Assad shelled Homs on Monday.", []string{"SYRMIL "}, nil},
		{"forces loyal to his rival", "2011-04-11", "Laurent Gbagbo was arrested on Monday by forces loyal to his rival Alassane Ouattara.", []string{"CIVMIL "}, nil},
		// QA17 E-10: an object "the king" is the king named before
		{"thanked the king", "2021-03-10", "King Abdullah II met Blinken in Amman. Israeli Prime Minister Naftali Bennett thanked the king.", []string{"ISRGOV JORGOV 051"}, nil},
		{"the king of a named country is no anaphor", "2021-03-10", "King Abdullah II met Blinken in Amman. Bennett thanked the king of Morocco.", nil, []string{"JORGOV 051"}},
		// QA17 E-8: "demanded that he …" is made of the person the main clause names
		{"demanded that he", "2019-04-02", "Omar al-Bashir resigned after the army chief demanded that he step down.", []string{"MIL SDN"}, nil},
		// QA17 E-6: "about"/"over" before a number is a count, no preposition or intention
		{"about N people were killed", "2011-04-11", "About 400 people were killed on Monday.", []string{" CVL 190"}, nil},
		{"killed in fighting: the victims fought nobody", "2011-04-11", "Three people were killed in clashes.", []string{" CVL 190"}, []string{"CVL  "}},
		{"killed in months of fighting", "2011-04-11", "About 400 people were killed in four months of fighting.", []string{" CVL 190"}, []string{"CVL  "}},
		{"over N protesters were arrested", "2011-04-11", "Over 200 students were arrested.", []string{" EDU 173"}, nil},
	})
}

// TestQA17Alleged checks that the content of a condemnation is alleged
// (QA17 E-2) and that the content of a charge is no event at all: CAMEO
// codes the accusation, not what it alleges (w13), in sentences written
// for sitrep.
func TestQA17Alleged(t *testing.T) {
	checkTriggered(t, "alleged", func(e *doc.Event) string { return strconv.FormatBool(e.Alleged) }, []triggerCase{
		{"criticised for bombing", "2022-05-01", "Turkey criticised Israel for bombing Gaza.", "bombing", "true"},
		{"a crossing of the border is asserted", "2020-06-17", "Afghan troops crossed the border on Monday.", "border", "false"},
	})
}

// TestQA17Places checks that a dateline city is not the place of a
// violent event the sentence puts at a generic place (QA17 P-1), in
// sentences written for sitrep.
func TestQA17Places(t *testing.T) {
	checkTriggered(t, "placed", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"a dateline and the southern towns", "2019-11-29", "KABUL — Gunmen killed at least 12 villagers in the eastern provinces on Friday.", "killed", ""},
		{"a dateline and the border", "2020-06-17", "ISLAMABAD — Indian troops shelled villages along the disputed border on Monday.", "shelled", ""},
		{"a dateline with no other place stays", "2019-11-29", "KABUL — Gunmen killed at least 12 villagers on Friday.", "killed", "Kabul"},
		{"a dateline is a statement's place", "2019-11-29", "KABUL — Afghanistan condemned on Friday the attacks in the eastern provinces.", "condemned", "Kabul"},
	})
}

// TestQA17Count checks that "about" before a number is no intention
// ("about to"): the event is asserted (QA17 E-6).
func TestQA17Count(t *testing.T) {
	checkTriggered(t, "hypothetical", func(e *doc.Event) string { return strconv.FormatBool(e.Hypothetical) }, []triggerCase{
		{"about N people were killed", "2011-04-11", "About 400 people were killed on Monday.", "killed", "false"},
		{"about to attack stays hypothetical", "2011-04-11", "Troops were about to attack the town.", "attack", "true"},
	})
}

// TestQA17But checks that a negation before "but" stays in its clause
// (QA17 E-7).
func TestQA17But(t *testing.T) {
	checkTriggered(t, "negated", func(e *doc.Event) string { return strconv.FormatBool(e.Negated) }, []triggerCase{
		{"not free, but later conceded", "2021-08-16", "Rutto said the count was not fair, but later conceded defeat.", "conceded", "false"},
		{"a negation in the verb's own clause stays", "2021-08-16", "Russia did not attack but did not withdraw either.", "attack", "true"},
	})
}

// wantEvents checks the coded events got of text: each of want is part
// of one of them, and none of them holds any of none.
func wantEvents(t *testing.T, text string, got, want, none []string) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.Contains(g, w)
		}
		if !found {
			t.Errorf("%q: want %q among %q", text, w, got)
		}
	}
	for _, n := range none {
		for _, g := range got {
			if strings.Contains(g, n) {
				t.Errorf("%q: got %q, want no event with %q", text, g, n)
			}
		}
	}
}
