package event

import "testing"

// qa11Tests are constructions an eleventh QA reading (earthquakes,
// coups, arrest warrants, prisoner swaps, protests; 2022–2024) found
// coded wrongly, in sentences written for sitrep. want: events that must
// be coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start
// with.
var qa11Tests = []worldCase{
	// E-1: a natural disaster is no attacker
	{"killed by an earthquake", "2023-02-07", "More than 3,000 people were killed by the earthquake that struck the coast on Monday.", nil, []string{" CVL 19", "  19"}},
	{"killed in a quake", "2023-02-07", "Dozens of villagers were killed in the quake.", nil, []string{" CVL 19", "  19"}},
	{"injured by a typhoon", "2023-02-07", "Hundreds of people were injured by the typhoon in the south.", nil, []string{" CVL 18", "  18"}},
	{"killed by police fire stays an attack", "2023-02-07", "Two protesters were killed by police fire in Lima.", []string{"COP OPP 190"}, nil},
}

func TestQA11Events(t *testing.T) { checkWorld(t, qa11Tests) }
