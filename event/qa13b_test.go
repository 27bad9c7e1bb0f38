package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA13Places checks the place of the event a trigger codes, for the
// thirteenth QA reading's place findings (sentences written for sitrep).
func TestQA13Places(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		// P-1: the attribution tag's place is the statement's, not the content's
		{"trailing tag: told reporters in a capital", "2019-04-02",
			"Two soldiers were killed in an ambush, the minister told reporters in Madrid.", "killed", ""},
		{"trailing tag: said in a statement in a capital", "2019-04-02",
			"Militants attacked a checkpoint on Monday, the army said in a statement in Kabul.", "attacked", ""},
		{"trailing tag: the statement keeps its place", "2019-04-02",
			"Militants attacked a checkpoint on Monday, the army said in a statement in Kabul.", "said", "Kabul"},
		{"leading tag: officials in a city said", "2019-04-02",
			"Officials in Kandahar said militants attacked a checkpoint.", "attacked", ""},
		{"a place in the content stays", "2019-04-02",
			"Militants attacked a checkpoint in Kandahar, the army said in Kabul.", "attacked", "Kandahar"},
		{"a dateline before a trailing tag stays", "2019-04-02",
			"KABUL, April 2 (Reuters) - Militants attacked a checkpoint on Monday, the army said.", "attacked", "Kabul"},
		// P-2: a region named in the content is not where the statement was made
		{"speech verb: a region in the content", "2019-04-02",
			"India's foreign minister said the bombing was an attack on all of South Asia.", "said", ""},
		// P-3: a destination is not where an earlier event was; a capital angered is a government
		{"boarded a plane to X after talks", "2019-04-02",
			"Omar al-Bashir boarded a plane to Saudi Arabia after talks with Egyptian President Abdel Fattah al-Sisi.", "talks", ""},
		{"flew to X for talks keeps X", "2019-04-02",
			"Omar al-Bashir flew to Cairo for talks with Egyptian President Abdel Fattah al-Sisi.", "talks", "Cairo"},
		{"a remark that angered a capital", "2019-04-02",
			"He later called the Turkish-led invasion of Cyprus in 1974 illegal, a remark that angered Ankara.", "invasion", ""},
		{"speech verb: its own place stays", "2019-04-02",
			"India's foreign minister said in Mumbai that the bombing was an attack on the region.", "said", "Mumbai"},
	})
}

// qa13bTests are event codes the thirteenth QA reading found wrong, in
// sentences written for sitrep ("SRCCODE TGTCODE CAMEO" wanted; prefixes
// no event may start with).
var qa13bTests = []worldCase{
	// E-9: seizing a town is occupying territory, the verb its trigger
	{"rebels seized the town of X", "2014-06-11", "Islamist rebels seized the town of Tal Afar on Wednesday.", []string{"REB IRQ 192"}, []string{"REB IRQ 190"}},
	{"troops captured the northern city", "2014-06-11", "Government troops captured the northern city on Sunday.", []string{"MIL  192"}, []string{"MIL  190"}},
	{"recaptured the town from militants stays fighting", "2015-03-31", "Iraqi troops recaptured the town of Tikrit from Islamic State militants.", []string{"IRQMIL IMGREB 190"}, nil},
	// E-10: armed forces take over a broadcaster and block roads: no protest
	{"soldiers took over the state broadcaster", "2021-02-01", "Soldiers took over the state broadcaster and blocked roads to the parliament.", []string{"MIL MED 171", "MIL  191"}, []string{"MIL  14"}},
	{"police blocked roads", "2021-02-01", "Police blocked roads leading to the square.", []string{"COP  191"}, []string{"COP  14"}},
	{"protesters blocking roads stay a protest", "2021-02-01", "Farmers blocked roads leading to the capital.", []string{"AGR  144"}, nil},
	// E-11: declaring national mourning is the declarer's sympathy; "national" is no actor
	{"declared days of national mourning", "2019-04-22", "Kenya's president declared three days of national mourning.", []string{"KENGOV  018"}, []string{"KENGOV  010", "CVL", "KEN  010"}},
	// E-14: dismissing a government or firing an official is an administrative sanction
	{"dismissed the regional government", "2019-04-22", "Narendra Modi dismissed the state government of Kashmir.", []string{"INDGOV  172"}, nil},
	{"fired the vice president", "2018-03-01", "Omar al-Bashir fired Vice President Bakri Hassan Saleh.", []string{"SDNGOV SDNGOV 172"}, nil},
	{"a court dismissed the case stays no event", "2019-04-22", "A Kenyan court dismissed the case against the minister.", nil, []string{"KENJUD  172", "KENJUD  11"}},
	{"a club fired its coach stays no event", "2019-04-22", "Chelsea fired its coach on Sunday.", nil, []string{"  172"}},
	{"fired on the convoy stays an attack", "2019-04-22", "Sudanese troops fired on the president's convoy.", nil, []string{"SDNMIL  172"}},
	// E-16: the pronoun of a ", where they …" clause is the main subject
	{"stormed the hotel, where they took hostages", "2015-11-21", "Gunmen stormed the Radisson Blu hotel in Bamako, where they took 170 people hostage.", []string{"UAF  181"}, nil},
	{"attacked, after which they seized the town", "2015-11-21", "Rebels attacked an army post, after which they seized the town.", []string{"REB  192"}, nil},
	// E-12: orgs after "served as the <Org> envoy" are principals, not the participle's subject
	{"served as the org's envoy, resigning", "2018-08-18", "Lakhdar Brahimi served as the UN-Arab League envoy for Syria, resigning in 2014.", nil, []string{"IGOUNO  0831", "IGOMEAARL  0831"}},
	// E-15: a coordinated verb in a ", but <subject> …" clause is that subject's
	{"but protesters returned and set fire", "2022-07-10", "COLOMBO — Sri Lanka's President Gotabaya Rajapaksa fled on Saturday after months of protests.\n\nThe government imposed a curfew, but protesters returned on Sunday and set fire to the prime minister's house.",
		[]string{"OPP  1712"}, []string{"LKAGOV  1712"}},
	// E-13: "the two sides" after a fronted date is the pair named before
	{"On <date>, the two countries signed", "2018-07-10", "Ethiopia and Eritrea fought a border war. On July 9, 2018, the two countries signed a peace agreement in Asmara.",
		[]string{"ETH ERI 057", "ERI ETH 057"}, nil},
	{"an actor before the comma keeps its clause", "2018-07-10", "Ethiopia and Eritrea fought a border war. Egypt said on Monday, the two countries must talk.",
		nil, []string{"ETH ERI 01", "ERI ETH 01"}},
}

func TestQA13bEvents(t *testing.T) { checkWorld(t, qa13bTests) }

// TestAffectVerb checks the verb forms whose object is a party's
// feelings (QA13 P-3).
func TestAffectVerb(t *testing.T) {
	for w, want := range map[string]bool{"angered": true, "angering": true, "anger": true, "irritate": true, "irritated": true,
		"alarmed": true, "upset": true, "worried": true, "rattles": true, "annoys": true, "reached": false, "entered": false,
		"visited": false, "angel": false, "alarming": true, "urged": false} {
		if got := affectVerb(w); got != want {
			t.Errorf("affectVerb(%q) = %v; want %v", w, got, want)
		}
	}
}
