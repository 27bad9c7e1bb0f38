package event

import "testing"

// pairObjectTests: an object "both countries" or "the two sides" stands
// for the pair the story named before: the list "A and B", else the two
// states of its first event between states.
var pairObjectTests = []worldCase{
	{"both countries after a list pair", "2018-07-09", "Kenya and Somalia signed a declaration on Monday. Norway urged both countries to reopen their embassies.", []string{"NOR KEN 020", "NOR SOM 020"}, nil},
	{"both sides after a first event", "2020-09-27", "Chadian troops shelled villages in Sudan on Sunday. China urged both sides to exercise restraint.", []string{"CHN TCD 0256", "CHN SDN 0256"}, nil},
	{"the two sides as an object", "2020-09-27", "Chadian troops shelled villages in Sudan on Sunday. Egypt called on the two sides to return to talks.", []string{"EGY TCD 020", "EGY SDN 020"}, nil},
	{"both leaders praised", "2018-07-09", "Kenya and Somalia signed a declaration on Monday. The African Union praised both leaders.", []string{"IGOAFRAFU KEN 051", "IGOAFRAFU SOM 051"}, nil},
	{"a member of the pair keeps the phrase", "2020-09-27", "Chadian troops shelled villages in Sudan on Sunday. Sudan urged both sides to exercise restraint.", nil, []string{"SDN TCD", "SDN SDN"}},
	{"between the two sides is no object", "2018-07-09", "Kenya and Somalia signed a declaration on Monday. Norway hosted talks between the two sides.", nil, []string{"NOR KEN 02", "NOR SOM 02"}},
	{"no pair known", "2020-09-27", "China urged both countries to exercise restraint.", nil, []string{"CHN TCD", "CHN SDN"}},
}

func TestPairObjectEvents(t *testing.T) { checkWorld(t, pairObjectTests) }

// followedSuitTests: "…, and A, B and C followed (suit)" gives each
// follower the act coded before it.
var followedSuitTests = []worldCase{
	{"and a list followed", "2019-01-23", "Sweden recognised the opposition leader as interim president, and Canada, Brazil and Colombia followed.", []string{"SWE OPP 054", "CAN OPP 054", "BRA OPP 054", "COL OPP 054"}, nil},
	{"one state followed suit", "2017-06-05", "Saudi Arabia cut diplomatic ties with Qatar, and Egypt followed suit.", []string{"SAU QAT 161", "EGY QAT 161"}, nil},
	{"followed by is no act", "2017-06-05", "Saudi Arabia cut diplomatic ties with Qatar, followed by Egypt.", nil, []string{"EGY QAT"}},
	{"a non-state follower keeps none", "2017-06-05", "Saudi Arabia cut diplomatic ties with Qatar, and protests followed.", nil, []string{"CVL QAT", " QAT 161"}},
}

func TestFollowedSuitEvents(t *testing.T) { checkWorld(t, followedSuitTests) }
