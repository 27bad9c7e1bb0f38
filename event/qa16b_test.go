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
	// E-8: "<speaker> said <N> <members> of <org> were killed": the org's people were attacked
	{"said two members of the org were killed", "2023-04-17", "Officials said two members of the Red Cross were killed near Goma on Saturday.", []string{" NGO 190"}, nil},
	{"X said three staff of Y were killed", "2023-04-17", "Kenya said three staff of the World Food Programme were killed in an ambush.", []string{"KEN  010", " IGOUNO 190"}, nil},
	{"said the two sides agreed stays nobody's", "2023-04-17", "Kenya said the two sides agreed to a ceasefire with Ethiopia.", nil, []string{"KEN ETH 03"}},
	// E-9: the other side of a clash the victims died in did the harm
	{"killed in a clash with Chinese troops", "2020-06-16", "Twenty Indian soldiers were killed in a clash with Chinese troops on Monday night.", []string{"CHNMIL INDMIL 190"}, nil},
	{"died in clashes with security forces", "2020-06-16", "Five protesters died in clashes with Kenyan police in Kisumu.", []string{"KENCOP KENOPP 190"}, nil},
	{"killed in clashes in a city stays unknown", "2020-06-16", "Five protesters were killed in clashes in Kisumu.", nil, []string{"KEN "}},
	// E-10: a negation word inside a name negates nothing
	{"employees of Doctors Without Borders were killed", "2023-04-17", "Two employees of Doctors Without Borders were killed on Saturday.", []string{" NGO 190"}, nil},
	// E-11: "gave <someone> <N> hours to leave" expels them
	{"gave Ambassador Name 24 hours to leave", "2018-08-06", "The Saudi foreign ministry gave Canadian Ambassador Dennis Horak 24 hours to leave the kingdom.", []string{"SAUGOV CANGOV 166"}, []string{"SAUGOV CANGOV 139"}},
	{"gave foreign reporters 48 hours to leave", "2018-08-06", "Sudan gave foreign journalists 48 hours to leave the country.", []string{"SDN MED 174"}, []string{"SDN MED 139"}},
	{"gave the rebels 48 hours to surrender stays an ultimatum", "2018-08-06", "The army gave the rebels 48 hours to surrender.", []string{"MIL REB 139"}, nil},
	// E-12: a statement verb in the passive speaks of its subject, not to it
	{"was declared the winner", "2020-08-10", "Lukashenko was declared the winner of the election.", nil, []string{" BLRGOV 010", " BLR 010"}},
	{"was announced by the ministry", "2020-08-10", "The result was announced by the Belarusian interior ministry on Monday.", []string{"BLR  010"}, nil},
	// E-13: a crowd forcing a leader out coerces him, and he concedes
	{"mass protests forced X from office", "2021-09-18", "Mass protests forced Abdelaziz Bouteflika from office in 2019.", []string{" DZA 170", "DZA  0831"}, nil},
	{"protesters forced X to resign", "2018-04-23", "Protesters forced Serzh Sargsyan to resign.", []string{"OPP ARMGOV 170", "ARMGOV  0831"}, nil},
	{"who ruled before mass protests forced him from office", "2021-09-18", "Abdelaziz Bouteflika, who ruled Algeria for two decades before mass protests forced him from office in 2019, died on Friday.",
		[]string{" DZA 170", "DZA  0831"}, nil},
	{"ruled the country for years negates nothing", "2021-09-18", "Bouteflika, who ruled the country for two decades, met Emmanuel Macron in Algiers.", []string{"DZA FRAGOV 040"}, []string{"DZA FRAGOV 040 neg"}},
	{"police forced protesters from the square stays no concession", "2018-04-23", "Police forced protesters from the square.", nil, []string{"OPP  0831"}},
}

func TestQA16bEvents(t *testing.T) { checkWorld(t, qa16bTests) }
