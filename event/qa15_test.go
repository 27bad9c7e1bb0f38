package event

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa15Tests are constructions a fifteenth QA reading (peace deals,
// sanctions, disasters, elections; 2005–2018) found coded wrongly, in
// sentences written for sitrep. want: events that must be coded
// ("SRCCODE TGTCODE CAMEO"); not: prefixes no event may start with.
var qa15Tests = []worldCase{
	// E-2: a trigger word that modifies a noun of equipment is no verb
	{"weapons such as attack helicopters", "2010-06-09", "The embargo bars Syria from buying heavy weapons such as attack helicopters.", nil, []string{"SYR  18"}},
	{"an assault rifle", "2010-06-09", "Police in Chile seized assault rifles and grenades.", nil, []string{"CHLCOP  18"}},
	{"a strike force", "2010-06-09", "Israel sent a strike force of warships to the coast.", nil, []string{"ISR  19", "ISR  18"}},
	{"X attack Y stays an attack", "2010-06-09", "Rebels attack helicopters at the base near Goma.", []string{"REB COD 180"}, nil},
	{"to attack ships stays an attack", "2010-06-09", "Somali pirates threatened to attack ships in the Gulf of Aden.", []string{"SOM  1384"}, nil},
	// E-9: "blew themselves up" is a suicide bombing, with no casualty clause
	{"blew themselves up outside a stadium", "2015-11-14", "Two suicide bombers blew themselves up outside a stadium in Lahore on Friday.", []string{"UAF  1831"}, nil},
	{"blew himself up at a checkpoint", "2015-11-14", "A bomber blew himself up at a police checkpoint in Kabul.", []string{"UAF  1831"}, nil},
	// E-1: a coordinated signer with a title of its own is still a signer
	{"X and opposition leader Y signed", "2008-02-28", "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement on Thursday.",
		[]string{"KENGOV KENOPP 057", "KENOPP KENGOV 057"}, nil},
	{"X and Prime Minister Y signed", "2009-01-19", "Russian President Dmitry Medvedev and Prime Minister Vladimir Putin signed the treaty.",
		[]string{"RUSGOV RUSGOV 057"}, nil},
	{"a title of a plural stays an actor", "2008-02-28", "Police and opposition supporters clashed in Kisumu.", []string{"KENCOP KENOPP 190", "KENOPP KENCOP 190"}, nil},
	// E-4: "<Country>'s <title>, <Name>, said" is one statement, by the person
	{"the leader of X, Name, and Y signed keeps both", "2016-09-26", "Juan Manuel Santos and the leader of the FARC, Rodrigo Londono, signed the accord.", []string{"COLGOV COLREB 057"}, nil},
	// E-5: states voting against a measure reject it
	{"X and Y voted against", "2010-06-09", "Nine members voted in favour, while Russia and China voted against, and India abstained.", []string{"RUS  120", "CHN  120"}, []string{"IND "}},
	{"voted against the resolution", "2010-06-09", "Venezuela voted against the resolution on Thursday.", []string{"VEN  120"}, nil},
	// E-3: gangs burning a building is arson by a generic agent, who owns the killings; seeking shelter is no appeal
	{"gangs burned a church, killing", "2008-01-02", "Gangs burned a mosque near Jos on Tuesday, killing about 20 people who had sought shelter inside.",
		[]string{"CRM NGA 1712", "CRM CVL 190"}, []string{"CVL  02"}},
	{"rioters burned shops", "2008-01-02", "Rioters burned shops in the market of Kaduna.", []string{"NGAOPP NGA 1712"}, nil},
	// E-6: "gave X <duration> to <verb> or <verb>" is an ultimatum; the infinitive did not happen
	{"gave companies 90 days to sign or leave", "2007-05-01", "Ecuador's President Rafael Correa gave foreign oil companies 90 days to sign new contracts or leave the country.",
		[]string{"ECUGOV BUS 139"}, []string{"BUS  05"}},
	{"gave the rebels 48 hours to surrender", "2007-05-01", "The army gave the rebels 48 hours to surrender.", []string{"MIL REB 139"}, []string{"REB  08"}},
	// E-7: ordering a ship somewhere is a deployment, done, not a demand or a promise
	{"pledged aid and ordered a carrier to", "2010-01-13", "French President Nicolas Sarkozy pledged aid and ordered two warships to the island.", []string{"FRAGOV  154"}, []string{"FRAGOV  10"}},
	// E-8: "by <org> <title> <Name>": the person acted, not the organisation
	{"mediated by former U.N. Secretary-General X", "2008-02-28", "The deal followed talks mediated by former U.N. Secretary-General Kofi Annan in Nairobi.", []string{"GHAELI  045"}, []string{"IGOUNO "}},
	{"mediated by the U.N. alone stays the U.N.", "2008-02-28", "The deal followed talks mediated by the United Nations in Nairobi.", []string{"IGOUNO  045"}, nil},
	// E-3/T-5: ", and <agent> <verb>" after a clause opens a new clause, not a longer list
	{"shot protesters in A and B, and gangs burned", "2008-01-02", "Police shot dead protesters in Jos and Kano, and gangs burned a mosque near Kaduna, killing 12 people.",
		[]string{"CRM NGA 1712", "CRM CVL 190"}, []string{"COP CRM", "NGAOPP NGA 1712", "NGAOPP CVL 190"}},
	{"said A, B, and C condemned stays a list", "2008-01-02", "Officials said Britain, France, and Germany condemned the coup.", []string{"GBR  111", "FRA  111", "DEU  111"}, nil},
	{"ordered troops to occupy … and gave", "2007-05-01", "QUITO (AP) - President Rafael Correa ordered troops to occupy the oil fields on Monday and gave foreign companies 90 days to sign new contracts.",
		[]string{"ECUGOV BUS 139"}, []string{"MIL BUS 139"}},
}

func TestQA15Events(t *testing.T) { checkWorld(t, qa15Tests) }

// TestQA15Places: a place inside a result participle clause is not where
// the main event happened (QA15 P-1).
func TestQA15Places(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"ending a dispute that left a region without X", "2009-01-19",
			"ANKARA (Reuters) - Armenia and Turkey signed a protocol on Monday, ending a feud that left much of the Balkans without trade.", "signed", "Ankara"},
		{"sparking protests across a region", "2009-01-19",
			"Gazprom and Naftogaz signed a contract on Monday, sparking protests across much of the Balkans.", "signed", ""},
		{"leaving a country without power", "2009-01-19",
			"Rebels attacked a pipeline on Sunday, leaving Lebanon without gas.", "attacked", ""},
		{"a place before the participle stays", "2009-01-19",
			"Rebels attacked a pipeline in Syria on Sunday, leaving Lebanon without gas.", "attacked", "Syria"},
	})
}

// TestQA15OneSpeaker: "<Country>'s <title>, <Name>, said" is one
// statement, by the person, not a second one by the title's country
// (QA15 E-4).
func TestQA15OneSpeaker(t *testing.T) {
	for _, text := range []string{
		"Chile's ambassador, Alfredo Moreno, said the vote would be delayed.",
		"Turkey's foreign minister, Ahmet Davutoglu, said the sanctions would not work.",
	} {
		n := 0
		got := worldEvents(t, text, "2010-06-09")
		for _, g := range got {
			if strings.HasSuffix(g, " 010") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d statements %q, want 1", text, n, got)
		}
	}
}

// TestQA15DoneNotPromised: a verb coordinated after "pledged <NP> and" is
// done, not promised; "pledged to send … and deploy" stays a promise
// (QA15 E-7).
func TestQA15DoneNotPromised(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, trigger string
		hypo          bool
	}{
		{"French President Nicolas Sarkozy pledged aid and ordered two warships to the island.", "warships", false},
		{"France pledged to send two warships to the island.", "warships", true},
	} {
		if e := triggered(t, p, "2010-01-13", tc.text, tc.trigger); e != nil && e.Hypothetical != tc.hypo {
			t.Errorf("%q: %s hypothetical %v, want %v", tc.text, tc.trigger, e.Hypothetical, tc.hypo)
		}
	}
}
