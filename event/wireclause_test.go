package event

import "testing"

// wireClauseTests are wire-style constructions: a coordinated verb whose
// object is a bare count or "them", insurgents striking at home, a threat
// aimed at the author of the act it answers, police and army posts, a
// reason told as background,
// what an agreement is to do, mass killings, a party's legislators, and
// one consultation told twice.
var wireClauseTests = []worldCase{
	// a coordinated verb's bare count is some of the people acted on before
	{"and arrested dozens", "2019-10-20", "Chilean police fired tear gas at protesters in Santiago and arrested dozens on Sunday.",
		[]string{"CHLCOP CHLOPP 175", "CHLCOP CHLOPP 173"}, nil},
	{"and arrested at least N", "2016-07-10", "Ethiopian police beat demonstrators in Gondar and arrested at least 50.",
		[]string{"ETHCOP ETHOPP 173"}, nil},
	{"a count with its own noun names its own people", "2016-07-10", "Ethiopian police beat demonstrators in Gondar and arrested 50 students.",
		nil, []string{"ETHCOP ETHOPP 173"}},
	{"and deported them: the people, not the destination", "2023-02-10", "Belarus freed 12 opposition activists and deported them to Lithuania.",
		[]string{"BLR BLROPP 0841", "BLR BLROPP 174"}, []string{"BLR LTU", "BLR LTUOPP"}},
	// a state's intelligence service arrests its own dissidents
	{"intelligence agents arrest an opposition figure", "2021-01-17", "Russian intelligence agents detained opposition activist Ivan Petrov at a Moscow airport.",
		[]string{"RUSSPY RUSOPP 173"}, nil},
	// insurgents of no named state who strike at home are its rebels
	{"militants kill soldiers at home", "2019-12-10", "Islamist militants killed 71 soldiers in an attack on a base in western Niger.",
		[]string{"NERREB NERMIL 190"}, []string{"REB "}},
	{"jihadists kill villagers at home", "2020-07-02", "Jihadists killed 32 villagers in central Mali on Wednesday.",
		[]string{"MLIREB MLICVL 190"}, []string{"---REB", " REB "}},
	{"militants kill people at home", "2019-03-25", "Militants killed 23 people in northern Burkina Faso.",
		[]string{"BFAREB BFACVL 190"}, nil},
	{"foreign civilians name no home", "2019-03-25", "Militants killed two American civilians in Kabul.",
		nil, []string{"AFGREB"}},
	// force used on ground a side holds hits that side
	{"air strikes on villages held by rebels", "2018-11-15", "Myanmar's military launched air strikes on villages held by Kachin rebels.",
		[]string{"MMRMIL MMRREB 195"}, nil},
	{"air strikes on areas controlled by a group", "2018-11-15", "Saudi-led jets launched air strikes on areas controlled by the Houthis.",
		[]string{"SAUMIL YEMREB 195"}, nil},
	{"a truce mediated by a state is no target", "2023-11-24", "Israel released hostages under a truce mediated by Qatar.",
		nil, []string{"ISR QAT"}},
	{"rebels and unowned troops clash at home", "2012-11-20", "Rebels clashed with soldiers near Bunia.",
		[]string{"CODREB CODMIL 190", "CODMIL CODREB 190"}, nil},
	{"a target named as the place is no home", "2004-09-02", "Insurgents launched strikes at United States and Iraqi outposts across Iraq.",
		nil, []string{"USAREB"}},
	// a police or army post stands for the force that holds it, a patrol or convoy for its men
	{"a police station in a place", "2018-01-10", "Rebels attacked a police station in the Colombian town of Tumaco.",
		[]string{"COLREB COLCOP 180"}, []string{"REB COL 180"}},
	{"an army checkpoint in a region", "2017-07-07", "Gunmen attacked an army checkpoint in northern Sinai.",
		[]string{"UAF EGYMIL 180"}, nil},
	{"an army patrol is the army", "2019-03-17", "Communist rebels ambushed an army patrol in the central Philippines on Sunday.",
		[]string{"PHLREB PHLMIL 180"}, []string{"REB PHL 180"}},
	{"a police convoy is the police", "2009-06-02", "Taliban fighters ambushed a police convoy in Helmand.",
		[]string{"AFGREB AFGCOP 180"}, []string{"REB AFG 180"}},
	{"a retaken police station is held by others", "2005-01-03", "Bolivian troops launched an offensive to retake a police station held by striking miners.",
		nil, []string{"BOLMIL BOLCOP"}},
	{"taken to a police station is no event", "2018-01-10", "He was taken to a police station in Lagos.", nil, []string{"NGACOP"}},
	// insurgents who strike at a state's police are its rebels
	{"rebels attack a state's police", "2008-10-10", "Peru's interior ministry said leftist rebels attacked a police post in the jungle, killing three officers.",
		[]string{"PERREB PERCOP 180"}, []string{"REB "}},
	{"a foreign force keeps its attackers unowned", "2009-05-02", "Militants ambushed US troops.",
		nil, []string{"USAREB"}},
	// a threatened response is aimed at the author of the act it answers
	{"respond with force to an incursion by X", "2008-03-03", "Ecuador warned it would respond with force to any incursion by Colombian troops.",
		[]string{"ECU COLMIL 138"}, []string{"ECU  130", "ECU COLMIL 130"}},
	{"retaliate against an attack from X", "2019-06-20", "Iran warned that it would retaliate against any attack from the United States.",
		[]string{"IRN USA 138"}, []string{"IRN  130"}},
	// the other side's refusal given as the reason is background
	{"over its refusal to", "2019-01-10", "Peru threatened to cut diplomatic ties with Bolivia over its refusal to recognize the election result.",
		[]string{"PER BOL 1313"}, []string{"PER  120", "PER BOL 120"}},
	// a demand to lift a blockade or sanctions
	{"demanded that X lift its blockade", "2017-06-20", "Qatar demanded that Saudi Arabia lift its blockade of the emirate.",
		[]string{"QAT SAU 1056"}, []string{"QAT SAU 100"}},
	// what an agreement is to do did not happen yet
	{"an agreement to withdraw troops", "2005-05-20", "Eritrea and Ethiopia signed an agreement to withdraw troops from the border zone.",
		[]string{"ERI ETH 057", "ETH ERI 057"}, []string{"ERI MIL", "ETH MIL"}},
	// mass killings are CAMEO 202
	{"carried out mass killings of", "2016-06-16", "Islamic State militants carried out mass killings of Yazidi villagers in Sinjar.",
		[]string{"IMGREB IRQCVL 202"}, []string{"IMGREB IRQCVL 1823"}},
	// a party's legislators act as the state's legislature
	{"a party's senator is a legislator", "2014-03-04", "A GOP senator criticized President Barack Obama on Tuesday.",
		[]string{"USALEG USAGOV 111"}, []string{"USAPTY"}},
	{"a party's lawmakers", "2019-01-05", "Awami League lawmakers accused Pakistan of interference.",
		[]string{"BGDLEG PAK 112"}, []string{"BGDPTY "}},
	// one consultation coded once
	{"discussed in a phone call", "2019-01-14", "Erdogan and Trump discussed Syria in a phone call on Monday.",
		[]string{"TURGOV USAGOV 041", "USAGOV TURGOV 041"}, []string{"TURGOV USAGOV 040"}},
	{"spoke by phone and discussed", "2019-01-14", "Erdogan spoke by phone with Trump on Monday and discussed Syria.",
		[]string{"TURGOV USAGOV 041"}, []string{"TURGOV  040"}},
	{"a telephone as a device calls nobody", "2004-09-01", "Finland launches phone fraud crackdown.", nil, []string{"FIN"}},
	{"a telephone verb with a partner stays a call", "2014-03-03", "Obama phones Putin over Crimea.", []string{"USAGOV RUSGOV 041"}, nil},
	{"met and discussed is one meeting", "2019-01-14", "Erdogan met Putin in Sochi and discussed Syria.",
		[]string{"TURGOV RUSGOV 040"}, []string{"TURGOV  040"}},
}

func TestWireClauses(t *testing.T) { checkWorld(t, wireClauseTests) }
