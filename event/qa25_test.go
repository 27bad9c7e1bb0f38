package event

import (
	"testing"
	"time"
)

// TestQA25Events checks the rules added after the twenty-fifth QA
// reading (session 12, evqa), in sentences written for sitrep.
func TestQA25Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// E-1: missing verb frames
		{"traded fire", "2019-08-13", "India and Pakistan traded fire along the Line of Control.", []string{"IND PAK 190", "PAK IND 190"}, nil},
		{"approved martial law", "2018-11-26", "Ukraine's parliament approved martial law on Monday.", []string{"UKRLEG UKR 1724"}, nil},
		{"threatened to fire missiles", "2017-08-09", "North Korea threatened to fire missiles toward Japan.", []string{"PRK JPN 1384"}, []string{"194"}},
		{"fired missiles stays", "2017-08-09", "North Korea fired missiles toward Japan.", []string{"PRK JPN 194"}, nil},
		{"dropped a bomb on", "2017-04-14", "The U.S. military dropped a huge bomb on Islamic State fighters in Afghanistan.", []string{"USAMIL IMG"}, nil},
		{"air defence systems to", "2024-10-18", "Germany delivered air defence systems to Ukraine.", []string{"DEU UKR 072"}, nil},
		// E-2: local agents of no named state take the country of the event's place
		{"students demonstrated in a city", "2007-08-27", "Hundreds of students demonstrated in Yangon against fuel price rises.", []string{"MMREDU  141"}, nil},
		{"protesters stormed an embassy in a city", "2012-09-14", "Protesters stormed the U.S. embassy in Tunis on Friday.", []string{"TUNOPP USAGOV 145"}, nil},
		{"police in a town", "2010-04-05", "Kyrgyz opposition supporters clashed with police in the northern town of Talas.", []string{"KGZOPP KGZCOP 145"}, nil},
		{"civilians keep no country", "2012-07-16", "Insurgents shelled a village near Aleppo, killing civilians.", nil, []string{"SYRCVL"}},
		{"troops keep no country", "2012-07-16", "Troops withdrew from the town of Talas.", nil, []string{"KGZMIL"}},
		// E-3: "government troops/forces" are armed forces, not the government
		{"state government troops", "2012-07-16", "Syrian government troops attacked the rebels near Aleppo.", []string{"SYRMIL SYRREB"}, []string{"SYRGOV"}},
		{"state regime forces", "2012-07-16", "Syrian regime forces shelled Homs.", []string{"SYRMIL SYR 194"}, []string{"SYRGOV"}},
		{"bare government forces", "2012-07-16", "Syrian rebels clashed with government forces near Aleppo.", []string{"SYRREB SYRMIL 190"}, []string{"SYRGOV"}},
		{"the government stays GOV", "2012-07-16", "The Syrian government condemned the attack.", []string{"SYRGOV  111"}, nil},
		// E-4: a demonym before coordinated state agents owns both
		{"police and soldiers", "2014-04-29", "Iraqi police and soldiers fired on protesters.", []string{"IRQCOP IRQOPP 190", "IRQMIL IRQOPP 190"}, nil},
		{"officials and companies", "2014-04-29", "Washington imposed sanctions on Russian officials and companies.", []string{"USA RUSBUS 163"}, nil},
		{"the other side keeps its own", "2004-04-29", "US troops and insurgents clashed in Fallujah.", []string{"USAMIL REB 190"}, []string{"USAREB"}},
		{"militias are no state's body", "2004-04-29", "US troops and militias clashed in Basra.", []string{"USAMIL MIL 190"}, []string{"USAMIL USAMIL"}},
		{"forces from a region name their origin", "2022-11-02", "Ethiopia's federal government and forces from the northern region of Tigray agreed to a truce.", nil, []string{"ETHMIL"}},
		// E-5: saying another actor is responsible for a deed accuses it
		{"said X was responsible for", "2018-03-12", "Prime Minister Theresa May said Russia was highly likely responsible for poisoning a former spy.", []string{"GBRGOV RUS 112"}, nil},
		{"said a group was responsible", "2013-09-22", "Kenya said al-Shabaab was responsible for the attack on the mall.", []string{"KEN SOMREB 112"}, nil},
		{"not responsible itself is no accusation", "2018-03-12", "Turkey said it was not responsible for the attack.", nil, []string{" 112"}},
		// E-6: military and party agent nouns
		{"sailors are military", "2016-01-13", "Iran released ten American sailors on Wednesday.", []string{"IRN USAMIL 0841"}, nil},
		{"a fighter jet is military", "2019-02-27", "Pakistan shot down an Indian fighter jet over Kashmir.", []string{"PAK INDMIL"}, nil},
		{"special forces", "2004-09-03", "Russian special forces stormed the school.", []string{"RUSMIL"}, nil},
		{"ruling party", "2015-06-21", "Burundi's ruling party rejected calls by the African Union to postpone the elections.", []string{"BDIPTY IGOAFRAFU"}, nil},
		// E-7: a person of no KB office is coded by a descriptive title's sector
		{"activist title", "2008-12-28", "Zimbabwean police arrested human rights activist Jestina Mukoko.", []string{"ZWECOP ZWEOPP 173"}, nil},
		{"journalist title", "2002-02-01", "Gunmen killed journalist Daniel Pearl.", []string{"UAF MED 180"}, nil},
		// E-8: two sides exchanging captives release them to each other
		{"exchanged prisoners", "2025-01-17", "Russia and Ukraine exchanged prisoners on Friday.", []string{"RUS UKR 0841", "UKR RUS 0841"}, []string{"CVL"}},
		{"exchanged hostages and prisoners", "2025-01-18", "Israel and Hamas exchanged hostages and prisoners.", []string{"ISR PSEREB 0841", "PSEREB ISR 0841"}, []string{"CVL"}},
		{"one named side: the prisoners release nobody", "2024-08-01", "Russia and several Western countries exchanged 24 prisoners in Ankara.", []string{"RUS CVL 0841"}, []string{"CVL RUS"}},
		// E-9: an emergency measure with no named target is imposed on a state
		{"state of emergency on one's own state", "2021-10-25", "Sudan's army chief declared a state of emergency.", []string{"SDNMIL SDN 1724"}, nil},
		{"curfew in a town", "2016-03-14", "Turkish authorities imposed a curfew in the town of Cizre.", []string{"TURGOV TUR 1723"}, nil},
		{"the state itself names no target", "2021-10-25", "Sudan declared a state of emergency.", []string{"SDN  1724"}, []string{"SDN SDN"}},
		// E-10: a state's armed forces attacking use military force
		{"forces attacked", "2008-08-08", "Russian forces attacked Georgian troops.", []string{"RUSMIL GEOMIL 190"}, []string{"RUSMIL GEOMIL 180"}},
		{"passive attacked by forces", "2008-08-08", "Georgian troops were attacked by Russian forces in South Ossetia.", []string{"RUSMIL GEOMIL 190"}, nil},
		{"militants keep 180", "2008-08-08", "Taliban militants attacked a police station in Kandahar.", []string{"AFGREB"}, []string{"AFGREB AFGCOP 190"}},
		// E-11: the country a force fought in fights nobody back
		{"fighting in a country", "2016-02-26", "African Union troops are fighting in Somalia.", []string{"IGOAFRAFUMIL SOM 190"}, []string{"SOM IGOAFRAFUMIL"}},
		{"fought in a country", "2016-02-26", "US troops fought in Afghanistan for two decades.", nil, []string{"AFG USAMIL"}},
		{"clashed with troops in a country stays both ways", "2016-02-26", "Rebels clashed with troops in Somalia.", []string{"SOMMIL SOMREB 190"}, nil},
		// E-12: no self-hosting; exiled/outgoing titles; rulings against a party; spies
		{"hosted leaders in the capital", "2023-06-03", "Brazil's President Lula hosted South American leaders in Brasilia.", nil, []string{"BRAGOV BRAGOV"}},
		{"hosted foreign officials stays", "2023-06-03", "Lula hosted Chinese officials in Brasilia.", []string{"BRAGOV CHNGOV 043"}, nil},
		{"exiled president", "2015-04-08", "Yemen's exiled president asked the Arab League to intervene militarily.", []string{"YEMGOV IGOMEAARL"}, nil},
		{"ruled against a party", "2018-10-01", "The International Court of Justice ruled against Bolivia in its sea access case with Chile.", []string{"IGOUNO BOL 116"}, nil},
		{"ruled against a gerund is no finding", "2018-10-01", "Brazil ruled against sending troops.", nil, []string{" 116"}},
		{"intelligence officers", "2018-10-04", "The Netherlands expelled four Russian intelligence officers.", []string{"NLD RUSSPY"}, nil},
		// E-13: what people "trying to" do is their act
		{"demonstrators trying to break in", "2020-08-08", "Lebanese police fired tear gas at demonstrators trying to break into parliament.", []string{"OPP LBNLEG 145"}, []string{"LBNCOP LBNLEG"}},
		// E-14: the seat of a head of state stands for the government
		{"stormed the president's residence", "2022-07-10", "Sri Lankan protesters stormed the president's residence in Colombo.", []string{"LKAOPP LKAGOV 145"}, nil},
		{"stormed the presidential palace", "2022-07-10", "Protesters stormed the presidential palace in Colombo.", []string{"LKAOPP LKAGOV 145"}, nil},
		{"a house is no seat", "2022-07-10", "Protesters stormed a house in Colombo.", nil, []string{"LKAOPP LKAGOV"}},
		{"foreign tanks stay unaimed", "2022-07-10", "Russian tanks surrounded the presidential palace on Monday.", []string{"RUSMIL  191"}, []string{"RUSGOV"}},
		// E-15: a participle before a titled person after an infinitive describes them
		{"to reinstate ousted President", "2009-07-04", "Honduras's interim government refused to reinstate ousted President Manuel Zelaya.", []string{"HNDGOV HNDGOV 124"}, []string{"HNDGOV HNDGOV 170"}},
		{"ousted President as a verb stays", "2013-07-03", "The army ousted President Mohamed Morsi.", []string{"EGYGOV 170"}, nil},
		// E-16: announced drills are a show of force; guards are military
		{"announced drills around", "2022-08-02", "China announced military drills around Taiwan after Pelosi's visit.", []string{"CHN TWN 150"}, nil},
		{"presidential guard", "2023-07-26", "Niger's presidential guard detained President Mohamed Bazoum.", []string{"NERMIL NERGOV 173"}, nil},
		// E-17: a launched offensive is conventional force
		{"launched a military offensive", "2019-10-09", "Turkey launched a military offensive against Kurdish forces in northeastern Syria.", []string{"TUR MIL 190"}, []string{"180"}},
		{"launched an attack stays 180", "2019-10-09", "Militants launched an attack on the base.", []string{"REB  180"}, nil},
		// E-18: called-off strikes; a state blowing up a building at home
		{"called off retaliatory strikes", "2019-06-20", "Iran shot down a U.S. drone, but Trump called off retaliatory strikes.", []string{"USAGOV  087"}, []string{"USAGOV  190"}},
		{"called off a labour strike stays", "2019-06-20", "The Kenyan nurses' union called off the strike.", nil, []string{"087"}},
		{"blew up an office at home", "2020-06-17", "North Korea blew up the inter-Korean liaison office in Kaesong.", []string{"PRK  1712"}, []string{"PRK PRK"}},
		{"will send air defence systems", "2024-10-18", "Germany will send more air defense systems to Ukraine.", []string{"DEU UKR 0332"}, nil},
	})
}

// TestQA25OverPlaces: a place after "over" is what a verbal or
// diplomatic act is about, not where it happened; aerial acts over a
// place happen there (QA25 P-1).
func TestQA25OverPlaces(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger, want string
	}{
		{"sanctions over a country", "Washington imposed new sanctions on Russian officials over Ukraine.", "sanctions", ""},
		{"talks over a dispute keep their city", "India and China held talks over the border in Beijing.", "talks", "Beijing"},
		{"shot down over a region", "Pakistan shot down an Indian fighter jet over Kashmir.", "shot down", "Kashmir"},
		{"an ambassador's post is no place", "A gunman shot dead Russia's ambassador to Turkey at an art gallery in Ankara.", "dead", "Ankara"},
		{"an intent to send arms: the recipient is no place", "Germany will send more air defence systems to Ukraine.", "systems", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC))
			found := false
			for _, e := range d.Events {
				if e.Trigger != tt.trigger {
					continue
				}
				found = true
				if e.Place != tt.want {
					t.Errorf("%q: %s placed %q, want %q", tt.text, tt.trigger, e.Place, tt.want)
				}
			}
			if !found {
				t.Errorf("%q: no event triggered by %q among %v", tt.text, tt.trigger, eventCodes(d))
			}
		})
	}
}
