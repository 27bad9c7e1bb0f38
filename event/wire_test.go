package event

import "testing"

// wireTests are wire-style sentences from regions and years rare in the
// event sets (Horn of Africa, Sahel, Central Asia, Andes, Balkans): the
// constructions behind coder errors found on unseen sentences.
var wireTests = []worldCase{
	// a count before a participle makes it a modifier, no arrest
	{"a counted participle is attributive", "2019-06-07", "The European Union welcomed Ethiopia's release of 30 detained protesters on Monday.",
		[]string{"IGOEUREEC ETH 051"}, []string{"IGOEUREEC OPP 173"}},
	{"'several other' before a participle", "2022-01-08", "Ethiopia on Friday freed opposition figure Jawar Mohammed and several other detained politicians.",
		[]string{"ETH ETHOPP 0841"}, []string{"  173"}},
	{"'twice' is no count of a noun", "2009-04-03", "The governor was twice rebuffed by the White House.",
		[]string{"USAGOV  120"}, nil},
	// agent nouns
	{"a singular jihadist modifier names rebels", "2023-05-14", "Nigerien troops attacked jihadist bases near Tillaberi on Sunday.",
		[]string{"NERMIL NERREB 190"}, nil},
	{"an opposition politician is the opposition", "2018-12-26", "Uganda freed opposition politician Kizza Besigye on Monday.",
		[]string{"UGA UGAOPP 0841"}, nil},
	// appeals whose object and date stand before the request
	{"appeal for food aid past a date", "2016-02-02", "Malawi appealed to the United Nations on Tuesday for emergency food assistance.",
		[]string{"MWI IGOUNO 0233"}, nil},
	{"urged two states on a day to avoid war", "2012-04-13", "The African Union urged Sudan and South Sudan on Friday to avoid a wider war.",
		[]string{"IGOAFRAFU SDN 0256", "IGOAFRAFU SSD 0256"}, nil},
	// mass killing, result participles, conditions, lists
	{"a massacre is a mass killing", "2018-03-04", "Militiamen massacred dozens of villagers in Ituri province on Sunday.",
		[]string{"MIL CODCVL 202"}, nil},
	{"the killing that results from a strike is that strike", "2019-01-20", "Colombian warplanes bombed an ELN camp near the Venezuelan border, killing 12 rebels.",
		[]string{"COLMIL COLREB 195"}, []string{"COLMIL REB"}},
	{"a result participle with no victim named is the attack's", "2005-05-14", "Uzbek troops opened fire on protesters in Andijan on Friday, killing hundreds.",
		[]string{"UZBMIL UZBOPP 175"}, []string{"UZBMIL  19"}},
	{"welcoming a state's act hosts no guest", "2019-06-07", "The United Nations welcomed Kenya's release of 12 detained activists on Friday.",
		[]string{"IGOUNO KEN 051"}, []string{"IGOUNO KEN 043"}},
	{"welcoming a person after a possessive still hosts", "2019-06-07", "Egypt welcomed Sudan's president in Cairo on Monday.",
		[]string{"EGY SDNGOV 043"}, nil},
	{"asking a state to send peacekeepers", "2010-06-14", "Kyrgyzstan asked Russia on Sunday to send peacekeepers to the south.",
		[]string{"KGZ RUS 0234"}, nil},
	{"beat and detained share the object", "2020-08-10", "Belarusian riot police beat and detained hundreds of protesters in Minsk overnight.",
		[]string{"BLRCOP BLROPP 175", "BLRCOP BLROPP 173"}, []string{"BLRCOP  18"}},
	{"a refusal to negotiate is no negotiation", "2019-02-11", "Chile's refusal to negotiate with Bolivia over sea access angered La Paz on Monday.",
		[]string{"CHL BOL 120"}, []string{"CHL BOL 046", "BOL CHL 046"}},
	{"a refusal to withdraw is no retreat", "2008-09-01", "Russia's refusal to withdraw its troops from Georgia drew condemnation.",
		[]string{"RUS GEO 124"}, []string{"RUS GEO 087"}},
	{"the act in an if clause is no threat", "2020-10-05", "Armenia will retaliate if Azerbaijan shells its villages.",
		[]string{"AZE  194"}, []string{"AZE  138"}},
	{"a comma inside a list of goods", "2015-04-28", "China delivered emergency food, medicine and clean water to Nepal on Tuesday.",
		[]string{"CHN NPL 073"}, nil},
}

func TestWireConstructions(t *testing.T) { checkWorld(t, wireTests) }
