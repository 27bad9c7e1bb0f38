package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa7Tests are constructions a seventh QA reading (coups, civil wars,
// peace deals; 2011–2022) found coded wrongly, in sentences written for
// sitrep. want: events that must be coded ("SRCCODE TGTCODE CAMEO");
// not: prefixes no event may start with ("" before a space: any
// source).
var qa7Tests = []worldCase{
	// Ev-2: taking a place
	{"a named place captured is occupied, nobody arrested", "2020-11-28",
		"Ethiopian forces captured Mekelle, the capital of Tigray, on Saturday.", []string{"ETHMIL ETH 192"}, []string{"ETHMIL ETH 173"}},
	{"a named place seized is occupied", "2021-08-16", "The Taliban seized Kabul on Sunday.", []string{"AFGREB AFG 192"}, []string{"AFGREB AFG 171"}},
	{"people captured by rebels are abducted", "2020-11-28", "Rebels captured three soldiers.", []string{"REB MIL 181"}, nil}, // (W14 EV: an armed group arrests nobody)
	// Ev-1: the source of what a quote says
	{"the crowd told is no speaker", "2016-09-27",
		`Rodrigo Londono asked for forgiveness. "We offer our sincere apologies," he told the crowd.`, nil, []string{"CVL "}},
	{"the rebels addressed are no speaker", "2016-09-26",
		`Santos signed the text with a pen made from a bullet. "Welcome to democracy," the president said, addressing the rebels.`, nil, []string{"REB "}},
	{"an unnamed speaker after a comma is not the gunmen of the report", "2021-07-07",
		"Haitian President Jovenel Moise was shot dead early Wednesday when gunmen stormed his private residence, the interim prime minister said.",
		nil, []string{"UAF  010"}},
	{"an appositive before the verb keeps the subject", "2021-07-07",
		"Iran, the region's largest Shiite power, said the talks had failed.", []string{"IRN  010"}, nil},
	// Ev-4: people crossing a border
	{"refugees crossing occupy nothing", "2020-11-28", "Nearly 44,000 refugees have crossed into Sudan since early November.", nil, []string{"REF SDN 19"}},
	{"troops crossing occupy", "2022-02-24", "Russian troops crossed into Ukraine.", []string{"RUSMIL UKR 192"}, nil},
	// Ev-5: a place is where, not whom
	{"the sites fired at are the owner's", "2011-03-20",
		"US and British warships launched more than 110 Tomahawk cruise missiles at Libyan air defence sites around Tripoli and Misrata.",
		[]string{"USA LBY 194", "GBR LBY 194"}, nil},
	{"civilians beside troops use no military force", "2016-07-16",
		"Loyalist troops and crowds of civilians retook key positions in Istanbul and Ankara.", []string{"MIL TUR 190"}, []string{"CVL "}},
	{"local protesters in a city protest against nobody named", "2016-07-16",
		"Protesters rallied in the Kurdish city of Diyarbakir.", []string{"TUROPP  141"}, []string{"OPP TUR"}},
	// Ev-10: a two-city dateline
	{"a two-city dateline opens no clause", "2011-03-20",
		"PARIS/TRIPOLI — French jets fired the first shots of an intervention in Libya on Saturday, destroying four tanks.",
		[]string{"FRAMIL MIL 195", "FRAMIL LBY 195"}, nil},
	// Ev-13: martial law and emergencies
	{"martial law declared is coercion", "2014-05-22", "Thailand's army declared martial law on Tuesday.", []string{"THAMIL THA 1724"}, []string{"THAMIL  010"}},
	{"a state of emergency declared is coercion", "2022-07-13", "Sri Lanka declared a state of emergency.", []string{"LKA  1724"}, []string{"LKA  010"}},
	// Ev-14: nominal events with an owner
	{"X's crackdown on Y", "2021-08-16", "Egypt's crackdown on the Muslim Brotherhood intensified.", []string{"EGY  175"}, nil},
	{"X's capture of a place", "2021-08-16", "The Taliban's capture of Kabul stunned Washington.", []string{"AFGREB AFG 192"}, nil},
	{"a purge of the army", "2016-07-20", "Turkey's purge of the army continued.", []string{"TUR MIL 172"}, nil},
	{"purged the army", "2016-07-20", "Erdogan purged the army.", []string{"TURGOV TURMIL 172"}, nil},
	// Ev-16: phone lines are no phone call
	{"cutting phone lines is a blackout, no consultation", "2020-11-04", "Ethiopia cut internet and phone lines to Tigray.",
		[]string{"ETH  1721"}, []string{"ETH  04", "ETH ETH"}},
	{"a phone call stays a consultation", "2020-11-04", "Biden spoke by phone with Putin.", []string{"USA RUSGOV 041"}, nil},
	// Ev-11: one's own embassy is no target
	{"its own embassy is no party", "2016-09-27", "Germany closed its embassy this week.", []string{"DEU  161"}, []string{"DEU DEU"}},
	// Ev-15: passive transport, gunmen
	{"a person flown somewhere is on no visit", "2021-07-07",
		"First Lady Martine Moise was wounded and flown to Miami for treatment.", nil, []string{" HTI 04", "  04"}},
	{"gunmen use unconventional violence", "2021-07-07",
		"Gunmen stormed the residence of Haitian President Jovenel Moise and shot him dead.", []string{"UAF HTIGOV 180", "UAF HTIGOV 186"}, []string{"UAF  19", "UAF HTIGOV 19"}},
	// Ev-8: signing parties
	{"a long appositive conjunct keeps the first party", "2016-09-27",
		"Colombian President Juan Manuel Santos and the leader of the Revolutionary Armed Forces of Colombia, Rodrigo Londono, signed a peace agreement on Monday.",
		[]string{"COLGOV COLREB 057", "COLREB COLGOV 057"}, nil},
	{"a state and its rebels sign with each other", "2016-09-27", "Colombia and the FARC signed a peace agreement on Monday.",
		[]string{"COL COLREB 057", "COLREB COL 057"}, nil},
	// Ev-9: evaluations and joint statements
	{"calling an act unacceptable is criticism", "2013-07-04",
		"Turkish Prime Minister Recep Tayyip Erdogan called the overthrow unacceptable.", []string{"TURGOV  111"}, nil},
	{"calling reports a provocation by X accuses X", "2013-08-22",
		"Russia called the reports a provocation by the rebels.", []string{"RUS REB 112"}, nil},
	{"a quoted provocation is an accusation", "2013-08-22",
		`Russia called the reports "a provocation planned in advance" by the rebels.`, []string{"RUS  112"}, nil},
	{"a joint statement calling on X is each issuer's appeal", "2017-07-04",
		"China and Russia issued a joint statement calling on Pyongyang to freeze its missile tests.", []string{"CHN PRK 020", "RUS PRK 020"}, nil},
	// Ev-1/Ev-13 follow-ups
	{"an apology offered is an apology", "2016-09-27",
		`Rodrigo Londono asked for forgiveness. "We offer our sincere apologies," he told the crowd.`, nil, []string{" CVL", "  030"}},
	{"the federal government is the state's government named before", "2020-11-04",
		"Ethiopia's prime minister ordered troops into Tigray. The federal government declared a six-month state of emergency in Tigray.",
		[]string{"ETHGOV ETH 1724"}, nil},
	// Ev-6: wounded as an adjective
	{"the wounded treated are no attack", "2014-07-09", "Jordan treated wounded Syrians at a field hospital.", nil, []string{"JOR SYR 19"}},
	{"the wounded let through are no attack", "2014-07-09",
		"Egypt opened the Rafah crossing to let wounded Palestinians through.", nil, []string{"EGY PSE 19"}},
	{"a subject's wounding stays", "2014-07-09", "Israel wounded three Palestinians.", []string{"ISR PSE 190"}, nil},
	{"a coordinated wounding stays", "2014-07-09", "Gunmen killed two and wounded five soldiers.", []string{"UAF MIL 180"}, nil}, // gunmen are armed actors (QA15 M-2), their attack 180
}

func TestQA7Events(t *testing.T) { checkWorld(t, qa7Tests) }

// TestQA7Targets checks the target id of the event a trigger codes.
func TestQA7Targets(t *testing.T) {
	checkTriggered(t, "targets", func(e *doc.Event) string { return e.Target }, []triggerCase{
		{"a place after a possessed object is where; its country is the target", "2022-07-09",
			"Hours later, protesters set fire to his private home in Colombo.", "fire", "LKA"},
		{"his home is the person's named before", "2022-07-09",
			"Prime Minister Ranil Wickremesinghe said he would resign. Hours later, protesters set fire to his private home in Colombo.", "fire", "person.ranil-wickremesinghe"},
		{"places after an object are where", "2016-07-16",
			"Loyalist troops retook key positions in Istanbul and Ankara.", "positions", "TUR"},
		{"X's crackdown on Y targets Y", "2021-08-16", "Egypt's crackdown on the Muslim Brotherhood intensified.", "crackdown", "org.muslim-brotherhood"},
		{"a titled person is the person, not their state", "2021-07-07",
			"Gunmen stormed the residence of Haitian President Jovenel Moise.", "stormed", "person.jovenel-moise"},
		{"'him' after the residence of a president is the president", "2021-07-07",
			"Gunmen stormed the residence of Haitian President Jovenel Moise and shot him dead.", "dead", "person.jovenel-moise"},
		{"a city struck stays the target", "2023-12-15", "Russian missiles struck Kyiv on Friday.", "struck", "place.kyiv"},
	})
}

// TestQA7Places checks the place of the event a trigger codes.
func TestQA7Places(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"the region's city of X is X", "2016-09-27",
			"President Juan Manuel Santos and FARC leader Rodrigo Londono signed a peace agreement in the Caribbean city of Cartagena.", "signed", "Cartagena"},
		{"a province of a country stays the province", "2009-03-22",
			"Taliban fighters attacked a base in Helmand province of southwestern Afghanistan.", "attacked", "Helmand"},
	})
}

// TestQA7Dates checks the date of the event a trigger codes.
func TestQA7Dates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"last week is a week, not the year", "2016-09-27", "Germany closed its embassy last week.", "embassy", "2016-W38"},
		{"this week is a week", "2016-09-27", "Germany closed its embassy this week.", "embassy", "2016-W39"},
	})
}

// TestQA7Hypothetical checks which events are marked hypothetical.
func TestQA7Hypothetical(t *testing.T) {
	hypo := func(e *doc.Event) string {
		if e.Hypothetical {
			return "hypothetical"
		}
		return "real"
	}
	checkTriggered(t, "is", hypo, []triggerCase{
		{"the month May is no modal", "2022-07-09", "Israel struck the convoy in May and has been shelling the town.", "shelling", "real"},
		{"the modal may stays", "2022-07-09", "Israel may strike the convoy.", "strike", "hypothetical"},
	})
}

// TestQA7Sources checks the source id of the event a trigger codes.
func TestQA7Sources(t *testing.T) {
	checkTriggered(t, "has source", func(e *doc.Event) string { return e.Source }, []triggerCase{
		{"a state's rebels are not the state", "2013-08-22",
			"Syrian rebels accused government forces of killing hundreds of people.", "accused", "SYRREB"},
		{"a state's opposition activists are not the state", "2013-08-22",
			"Syrian opposition activists accused government forces of killing hundreds.", "accused", "SYROPP"},
		{"a possessive state's military is its military", "2013-07-04",
			"Egypt's military overthrew President Mohammed Morsi on Wednesday.", "overthrew", "EGYMIL"},
		{"the antecedent of 'who then' is its subject", "2022-07-15",
			"Sri Lanka's speaker accepted the resignation of President Gotabaya Rajapaksa, who then flew on to Singapore.", "flew", "person.gotabaya-rajapaksa"},
		{"'he' after a quote is the person before", "2016-09-27",
			`Rodrigo Londono asked for forgiveness. "We will attack the army," he said.`, "said", "person.rodrigo-londono"},
		{"a state's police", "2016-07-16", "Turkish police detained 20 journalists.", "detained", "TURCOP"},
		{"a state's officials stay the state", "2013-08-22", "Syrian officials accused Turkey of arming rebels.", "accused", "SYR"},
	})
}
