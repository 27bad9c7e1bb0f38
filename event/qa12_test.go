package event

import "testing"

// qa12Tests are constructions a twelfth QA reading (elections, court
// orders, riots, sieges; 2019–2025) found coded wrongly, in sentences
// written for sitrep. want: events that must be coded ("SRCCODE TGTCODE
// CAMEO"); not: prefixes no event may start with.
var qa12Tests = []worldCase{
	// E-3: a participle before a title describes, and "by" reaches past the title
	{"backed by jailed former prime minister", "2022-05-03", "Candidates backed by jailed former prime minister Nawaz Sharif won most seats in Punjab.",
		[]string{"PAKGOV  051"}, []string{" PAKGOV 173", " PAK 173"}},
	{"a letter from detained opposition leader", "2022-05-03", "Belarusian activists read a letter from detained opposition leader Sergei Tikhanovsky.",
		nil, []string{"BLROPP "}},
	{"jailed a former prime minister stays an arrest", "2022-05-03", "Pakistan jailed former prime minister Nawaz Sharif on Tuesday.", []string{"PAK PAKGOV 173"}, nil},
}

func TestQA12Events(t *testing.T) { checkWorld(t, qa12Tests) }
