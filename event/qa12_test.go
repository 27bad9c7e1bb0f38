package event

import (
	"testing"
	"time"
)

// qa12Tests are constructions a twelfth QA reading (elections, court
// orders, riots, sieges; 2019–2025) found coded wrongly, in sentences
// written for sitrep. want: events that must be coded ("SRCCODE TGTCODE
// CAMEO"); not: prefixes no event may start with.
var qa12Tests = []worldCase{
	// E-3: a participle before a title describes, and "by" reaches past the title
	{"backed by jailed former prime minister", "2022-05-03", "Candidates backed by jailed former prime minister Nawaz Sharif won most seats in Punjab.",
		[]string{"PAKELI  051"}, []string{" PAKGOV 173", " PAK 173"}},
	{"a letter from detained opposition leader", "2022-05-03", "Belarusian activists read a letter from detained opposition leader Sergei Tikhanovsky.",
		nil, []string{"BLROPP "}},
	// E-15: a dissent in a vote is no protest
	{"governor dissented", "2022-05-03", "Bank of England policymaker Swati Dhingra dissented, preferring no change.", nil, []string{"GBR  14", "GBRBUS  14", "  14"}},
	{"judges dissenting", "2022-05-03", "In a 5-4 vote, with Israeli judges Esther Hayut and Uzi Vogelman dissenting, the court upheld the law.", nil, []string{"ISRJUD  14", "ISR  14"}},
	{"protesters protested stays a protest", "2022-05-03", "Kenyan students protested against the fee rise.", []string{"KENEDU  140"}, nil},
	// E-9: self-defence is no support, and what it is against is the other side's act
	{"will defend itself against any attack", "2022-05-03", "Taiwan will defend itself against any attack, the defence minister said.", nil, []string{"TWN  03", "TWN  18", "TWN  05"}},
	{"defended itself against demonym attacks", "2022-05-03", "Armenia defended itself against Azerbaijani attacks.", []string{"AZE ARM 180"}, []string{"ARM  180", "ARM AZE 05"}},
	{"defended another stays support", "2022-05-03", "China defended North Korea at the UN.", []string{"CHN PRK 052"}, nil},
	// E-16: the noun "funds" after a modifying actor gives nothing; freezing funds is a cut
	{"frozen EU funds", "2022-05-03", "Orban wants to unlock billions of euros in frozen EU funds.", nil, []string{"IGOEUREEC  07"}},
	{"access to EU funds", "2022-05-03", "Hungary is seeking access to EU funds.", nil, []string{"HUN  07"}},
	{"froze funds", "2022-05-03", "The EU froze funds for Hungary.", []string{"IGOEUREEC HUN 162"}, []string{"IGOEUREEC HUN 07"}},
	{"the EU funds projects stays funding", "2022-05-03", "The EU funds projects in Ghana.", []string{"IGOEUREEC  071"}, nil},
	// E-5: a participle adjunct's subject is the head of a possessive subject
	{"Country's paramilitary group shelled, killing", "2022-05-03", "Ethiopia's paramilitary Fano militia shelled Gondar on Friday, killing at least 15 civilians.",
		[]string{"MIL CVL 190"}, []string{"ETH CVL 190"}},
	{"Country's group attacked, killing", "2022-05-03", "Russia's Wagner group attacked the town, killing 20 civilians.", []string{"RUSUAF CVL 190"}, []string{"RUS CVL 190"}},
	// E-2: a person's supporters are not the person
	{"supporters of former President X stormed", "2021-01-07", "Thousands of supporters of former President Donald Trump stormed the US Capitol on Wednesday.",
		nil, []string{"USAGOV ", "USA "}},
	{"NAME supporters attacked", "2021-01-07", "Erdogan supporters attacked the newspaper offices in Istanbul.", []string{"TURCVL TUR 180"}, []string{"TURGOV "}},
	{"supporters of NAME attacked", "2021-01-07", "Supporters of Imran Khan attacked army buildings in Lahore.", []string{"PAKCVL PAK 180"}, []string{"PAK ", "PAKGOV "}},
	{"opponents of NAME attacked", "2013-07-03", "Opponents of Mohamed Mursi attacked the offices of the Brotherhood in Cairo.", []string{"EGYCVL  180"}, []string{"EGYGOV ", "EGY "}},
	{"supporters and opponents of NAME clashed, killing", "2013-07-03", "Clashes between supporters and opponents of Mohamed Mursi killed at least 14 people in Alexandria.", nil, []string{"EGYGOV ", "EGY "}},
	// E-7: breaking into a seat of power and setting it on fire
	{"broke into parliament", "2022-05-03", "Sri Lankan protesters broke into the parliament on Wednesday.", []string{"LKAOPP LKALEG 145"}, nil},
	{"broke into Country's parliament", "2022-05-03", "Protesters broke into Sri Lanka's parliament and set part of the building on fire.", []string{"OPP LKALEG 145", "OPP  1712"}, nil},
	{"a burglary is no riot", "2022-05-03", "Thieves broke into a house in Colombo.", nil, []string{" "}},
	// E-13: a flight into asylum or exile is no visit
	{"flew to a country that granted asylum", "2022-05-03", "Gotabaya Rajapaksa flew to the Maldives after the government there granted him asylum.", nil, []string{"LKAGOV MDV 04", "LKA MDV 04"}},
	{"fled into exile", "2022-05-03", "Ashraf Ghani flew to the United Arab Emirates and went into exile.", nil, []string{"AFGGOV ARE 04", "AFG ARE 04"}},
	{"flew to a capital for talks stays a visit", "2022-05-03", "Antony Blinken flew to Beijing for talks.", []string{"USAGOV CHN 042"}, nil},
	// E-14: a first-person passive in a quote makes the speaker the patient
	{"we will not be intimidated", "2022-05-03", `"We will not be intimidated by threats," Zelensky said.`, nil, []string{"UKRGOV  13", "UKR  13"}},
	{"we were threatened by X", "2022-05-03", `"We were threatened by Russia," Zelensky said.`, []string{"RUS UKRGOV 130"}, []string{"UKRGOV  13"}},
	{"we will attack stays a threat", "2022-05-03", `"We will attack Kyiv," the Russian commander said.`, []string{"RUSMIL UKR 138"}, nil},
	// E-6: a participle after "a warrant from X" is X's
	{"arrested on a warrant from the ICC accusing him", "2023-03-17", "Former Sudanese President Omar al-Bashir was arrested on a warrant from the International Criminal Court accusing him of genocide.",
		[]string{"IGOJUDICC SDNELI 112"}, []string{"SDNGOV  11"}},
	{"a report by X accusing Y", "2023-03-17", "The minister cited a report by Amnesty International accusing Ethiopia of war crimes.", []string{"NGOHRI ETH 1124"}, nil},
	// E-4: "The (new) government" opening a clause in a story set in one country
	{"The new government expelled demonym diplomats", "2022-05-03", "KAMPALA, Uganda — The new government expelled Kenyan diplomats on Friday.", []string{"UGAGOV KENGOV 166"}, nil},
	{"The government expelled, after a dateline", "2022-05-03", "QUITO, Ecuador — The government expelled the Mexican ambassador.", []string{"ECUGOV MEXGOV 166"}, nil},
	{"The government without a setting stays unknown", "2022-05-03", "The government expelled Kenyan diplomats on Friday.", nil, []string{"UGA"}},
	// E-12: a second adjunct after a long first one shares the main subject
	{"ending … rule by the X and Y party and promising", "2023-12-13", "Luiz Inacio Lula da Silva took office on Sunday, ending four years of rule by the Liberal Party of Brazil and promising to repair relations with the European Union.",
		[]string{"BRAGOV  030"}, []string{"BRAPTY ", "BRA  030"}},
	{"jailed a former prime minister stays an arrest", "2022-05-03", "Pakistan jailed former prime minister Nawaz Sharif on Tuesday.", []string{"PAK PAKELI 173"}, nil},
}

func TestQA12Events(t *testing.T) { checkWorld(t, qa12Tests) }

// qa12Hypo are sentences whose event with the given code must (hypo) or
// must not be hypothetical.
var qa12Hypo = []struct {
	name, text, code string
	hypo             bool
}{
	// E-7: the infinitive of an order is ordered, not done
	{"ordered X to halt its offensive", "The Security Council ordered Ethiopia to halt its offensive in Tigray.", "087", true},
	{"was ordered to halt its offensive", "Ethiopia was ordered to halt its offensive in Tigray.", "087", true},
	{"ordered troops to attack", "The president ordered the army to attack the rebel town.", "180", true},
	{"halted its offensive stays done", "Ethiopia halted its offensive in Tigray.", "087", false},
	{"in order to is a purpose", "Troops stormed the town in order to arrest the mayor.", "173", false},
	{"a comma closes the infinitive", "The commander ordered the man to drop the gun, then shot him in the leg.", "193", false},
}

func TestQA12Hypothetical(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range qa12Hypo {
		t.Run(tc.name, func(t *testing.T) {
			d := runWorld(t, p, tc.text, time.Date(2021, 11, 4, 0, 0, 0, 0, time.UTC))
			for _, e := range codedAs(t, d, tc.text, tc.code) {
				if e.Hypothetical != tc.hypo {
					t.Errorf("%q: event %s hypothetical %v, want %v", tc.text, e.Cameo, e.Hypothetical, tc.hypo)
				}
			}
		})
	}
}
