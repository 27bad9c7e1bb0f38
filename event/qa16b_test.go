package event

import "testing"

// qa16bTests are constructions a sixteenth QA reading (wire copy on
// diplomacy, wars and elections, 2008–2024) found coded wrongly, in
// sentences written for sitrep (findings E-7..E-13). want: events that
// must be coded ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may
// start with.
var qa16bTests = []worldCase{
	// E-7: an irregular past verb before a capitalised title is the verb, the title the object's
	{"met Secretary of State Name", "2015-07-20", "Sergei Lavrov met Secretary of State John Kerry on Monday.", []string{"RUSGOV USAGOV 040"}, nil},
}

func TestQA16bEvents(t *testing.T) { checkWorld(t, qa16bTests) }
