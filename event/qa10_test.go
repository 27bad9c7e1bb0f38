package event

import "testing"

// qa10Tests are constructions a tenth QA reading (leaders' deaths,
// martial law, juntas leaving a bloc, diplomatic switches; 2018–2024)
// found coded wrongly, in sentences written for sitrep. want: events
// that must be coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event
// may start with.
var qa10Tests = []worldCase{
	// Ev-2: an accident is no attack
	{"killed when a plane crashed", "2023-02-01", "Malawi's vice president was killed when his plane crashed in a forest.", nil, []string{" "}},
	{"killed when a bus collided", "2023-02-01", "Twelve Nigerian soldiers were killed after their truck collided with a bus.", nil, []string{" "}},
	{"killed when gunmen opened fire stays an attack", "2023-02-01", "Twelve Nigerian soldiers were killed when gunmen opened fire on their convoy.", []string{" NGAMIL 190"}, nil},
	{"killed in a strike stays an attack", "2023-02-01", "Two Syrian soldiers were killed in an airstrike near Homs.", []string{" SYRMIL 190"}, nil},
}

func TestQA10Events(t *testing.T) { checkWorld(t, qa10Tests) }
