package event

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/cameo"
)

// Tests of dictionary pattern rows, including null patterns.

// TestPatterns checks dictionary pattern rows (ambassadors recalled,
// crowds broken up, exile, ratings cut …), in sentences written for
// sitrep.
func TestPatterns(t *testing.T) {
	checkEvents(t, []eventCase{
		// recalling ambassadors (plural) is a diplomatic protest, no military retreat
		{"withdrew their ambassadors from a capital", "2019-08-06", "Kenya and Uganda withdrew their ambassadors from Kinshasa.", []string{"KEN COD 161", "UGA COD 161"}, []string{"0874"}},
		{"recalled their envoys", "2019-08-06", "Ghana and Togo recalled their envoys from Mali.", []string{"GHA MLI 161"}, []string{"0874"}},
		{"withdrew troops stays a retreat", "2019-08-06", "Kenya withdrew its troops from Somalia.", []string{"KEN SOM 0874"}, nil},
		// an envoy's name set off between commas still lets
		// "declared … persona non grata" reach the expulsion
		{"declared the ambassador, a name, persona non grata", "2024-04-06", "Ecuador had declared the Mexican ambassador, Raquel Serur, persona non grata on Thursday.", []string{"ECU MEXGOV 166"}, []string{"010"}},
		// breaking up a crowd is a dispersal
		{"broke up a crowd of protesters", "2019-08-06", "Police broke up a crowd of protesters in Lagos on Monday.", []string{"COP NGAOPP 175"}, nil},
		{"broke up a rally", "2019-08-06", "Riot police broke up an opposition rally in Harare.", []string{" 175"}, nil},
		// surrendering money is no military surrender
		{"surrender export earnings", "2019-08-06", "Exporters must surrender 30% of their export earnings to the central bank.", nil, []string{"0874"}},
		{"complained that it must: no demand", "2019-08-06", "Zambia's Konkola Copper complained that it must sell its dollars to the central bank.", []string{" 114"}, []string{"100"}},
		{"a demand of another stays", "2019-08-06", "Iran said that Israel must withdraw from Gaza.", []string{"IRN ISR 100"}, nil},
		{"surrender proceeds", "2019-08-06", "Mining firms complained that they must surrender their dollar proceeds.", nil, []string{"0874"}},
		{"rebels surrendered stays", "2019-08-06", "Hundreds of rebels surrendered to the army in Kivu.", []string{" 0874"}, nil},
		// a vote called on a question is no appeal
		{"referendum called on whether", "2019-08-06", "Voters rejected the referendum Morales had called on whether to extend term limits.", nil, []string{"020"}},
		{"called on the army stays an appeal", "2019-08-06", "Morales called on the army to restore order.", []string{" 020"}, nil},
		// scaling back a price cap is economic policy, no de-escalation
		{"scaled back a price cap", "2022-10-14", "The government of Poland scaled back a cap on fuel prices.", nil, []string{"087"}},
		{"scaled back subsidies", "2022-10-14", "Nigeria scaled back fuel subsidies in June.", nil, []string{"087"}},
		{"scaled back military operations stays", "2022-10-14", "Russia scaled back military operations near Kyiv.", []string{"RUS  087"}, nil},
		// a credit-rating change is a market assessment, no sanction
		{"cut a country's credit rating", "2022-10-14", "Fitch cut Poland's credit rating outlook to negative in August.", nil, []string{"162", "1621"}},
		{"lowered its outlook", "2022-10-14", "Moody's lowered its outlook on Egypt to negative.", nil, []string{"162", "1621"}},
		{"suspended lending stays", "2022-10-14", "The World Bank suspended lending to Afghanistan.", []string{" AFG 1621"}, nil},
		// what is discussed is the topic; the party comes after "with"
		{"discussed a country is no meeting with it", "2023-07-11", "Biden and Erdogan discussed Sweden on Tuesday.", []string{"USAGOV TURGOV 040"}, []string{"USAGOV SWE 040", "TURGOV SWE 040"}},
		{"met X and discussed Y", "2023-07-11", "Blinken met Lavrov and discussed Ukraine.", []string{"USAGOV RUSGOV 040"}, []string{"USAGOV UKR 040"}},
		{"discussed the crisis with X", "2023-07-11", "Blinken discussed the crisis with Lavrov on Monday.", []string{"USAGOV RUSGOV 040"}, nil},
		// the lender of a reduced passive acts
		{"lent by X", "2023-07-11", "Lithuania has deployed air defence systems lent by Germany.", []string{"DEU LTU 061"}, []string{"LTU DEU 061"}},
		// a sum before the aid suspended
		{"suspended a sum in aid", "2021-10-26", "The United States suspended $700 million in emergency economic aid to Sudan.", []string{"USA SDN 162"}, nil},
		{"froze a sum of funding", "2021-10-26", "Germany froze 50 million euros of development funding for Mali.", []string{"DEU MLI 162"}, nil},
		// the recipient of a delivery agreed is the target
		{"agreed to deliver gas to", "2022-10-14", "Russia agreed in August to deliver additional gas to Serbia.", []string{"RUS SRB 031"}, nil},
		{"agreed to supply wheat to", "2022-10-14", "Ukraine agreed to supply wheat to Egypt.", []string{"UKR EGY 031"}, nil},
		// a ramming attack
		{"settlers drove into demonstrators", "2023-07-25", "Settlers drove into demonstrators near Nablus.", []string{"OPP 180"}, nil},
		{"ploughed into a crowd", "2023-07-25", "Militants ploughed into a crowd of worshippers in Kabul.", []string{" 180"}, nil},
		// riots cracked down on are the crackdown's object, no riot by the forces
		{"cracked down on riots", "2021-01-17", "Security forces cracked down on riots in Kasese.", []string{" 175"}, []string{"COP  190", "145"}},
		{"drove into a city is no attack", "2023-07-25", "Soldiers drove into Kabul on Monday.", nil, []string{"180"}},
	})
}

// TestGreet: a leader greeting another receives the guest (043);
// a crowd greeting news hosts nobody (e.g. Belarus, Ukraine).
func TestGreet(t *testing.T) {
	checkEvents(t, []eventCase{
		{"greeted a president", "2015-02-11", "Belarusian President Alexander Lukashenko greeted Ukrainian President Petro Poroshenko at the Palace of Independence.", []string{"BLRGOV UKRGOV 043"}, nil},
		{"greeted the news", "2015-02-11", "The crowd greeted the news with cheers.", nil, []string{"043"}},
	})
}

// TestMilitarySupply: weapons supplied to someone "with" them, or
// given as a second object ("gave Ukraine its S-300 air defence
// system"), are military aid to the recipient; rockets "sent into" a
// state are fire at it.
func TestMilitarySupply(t *testing.T) {
	checkEvents(t, []eventCase{
		{"supplied with missiles", "2018-01-09", "Iran has supplied Yemen's Houthi rebels with missiles and drones.", []string{"IRN YEMREB 072"}, nil},
		{"passive supplied with", "2022-05-01", "Ukraine was supplied with missiles by Britain.", []string{"GBR UKR 072"}, nil},
		{"gave a defence system", "2022-04-08", "Slovakia gave Ukraine its S-300 air defence system.", []string{"SVK UKR 072"}, nil},
		{"sent rockets into", "2023-10-10", "Hamas sent rockets into Israel.", []string{"PSEREB ISR 194"}, []string{"072"}},
		{"sent missiles to stays aid", "2022-05-01", "Germany sent missiles to Ukraine.", []string{"DEU UKR 072"}, []string{"194"}},
		{"delivered missiles to", "2016-04-11", "Russia delivered S-300 missiles to Iran.", []string{"RUS IRN 072"}, nil},
		{"delivered parts of a defence system to", "2016-04-11", "Russia has delivered the first components of the S-300 air defence system to Iran.", []string{"RUS IRN 072"}, nil},
		{"delivered tanks to a place is no aid", "2016-04-11", "Israel delivered tanks to the border.", nil, []string{"072"}},
	})
}

// TestAppeals: an appeal for military help (0232), to return to
// talks (026), and a warning against an action addressed to a state
// named by more than two words (110).
func TestAppeals(t *testing.T) {
	checkEvents(t, []eventCase{
		{"asked for military help", "2013-01-11", "Mali's interim president asked Paris for military help.", []string{"MLIGOV FRA 0232"}, nil},
		{"urged to return to talks", "2015-06-05", "China urged Manila to return to bilateral talks.", []string{"CHN PHL 026"}, nil},
		{"warned the United States against", "2017-09-04", "China warned the United States against any military action.", []string{"CHN USA 110"}, []string{"130"}},
	})
}

// TestTradeSuspended: trade, imports or exports suspended or halted
// are an embargo (163), as a ban on imports is; threatening to ban or
// halt them threatens an embargo (1312).
func TestTradeSuspended(t *testing.T) {
	checkEvents(t, []eventCase{
		{"suspended bilateral trade", "2019-08-07", "Pakistan suspended bilateral trade with India on Wednesday.", []string{"PAK IND 163"}, []string{"160"}},
		{"threatened to ban imports", "2019-08-05", "China threatened to halt imports of Australian coal.", []string{"CHN AUS 1312"}, []string{"163"}},
		{"threatened to cut exports to", "2019-08-05", "Russia threatened to cut gas exports to Ukraine.", []string{"RUS UKR 1312"}, nil},
		{"suspended relations stays 160", "2019-08-07", "Pakistan suspended relations with India on Wednesday.", []string{"PAK IND 160"}, []string{"163"}},
	})
}

// TestAppealsAndAid: requests for emergency aid (0233), aid goods
// listed before "to" (the last plural no verb), appeals to withdraw
// troops (0256), offers to send doctors (0333) and a party
// dissolved (1722).
func TestAppealsAndAid(t *testing.T) {
	checkEvents(t, []eventCase{
		{"asked for emergency aid", "2010-03-02", "Chile asked the United Nations for emergency aid on Tuesday.", []string{"CHL IGOUNO 0233"}, nil},
		{"urged to withdraw troops", "2012-10-02", "Somalia's president urged Kenya on Tuesday to withdraw its troops from the southern port of Kismayo.", []string{"SOMGOV KEN 0256"}, nil},
		{"offered to send doctors", "2010-01-14", "Cuba offered to send more doctors to Haiti after the earthquake.", []string{"CUB HTI 0333"}, nil},
		{"sent food and tents to", "2015-04-28", "Japan sent food and tents to Nepal on Tuesday.", []string{"JPN NPL 073"}, nil},
		{"sent tents and blankets to", "2015-04-28", "Turkey sent tents and blankets to Syria.", []string{"TUR SYR 073"}, nil},
		{"and accuses stays a new clause", "2015-04-28", "Germany denied responsibility and accuses the army of lying.", []string{"DEU MIL 112"}, []string{"DEU MIL 016"}},
		{"dissolved the opposition party", "2017-11-16", "Cambodia's Supreme Court dissolved the main opposition party at the government's request.", []string{"KHMJUD KHMOPP 1722"}, nil},
	})
}

// TestDemandRelease: a demand that a state free people is a demand
// for their release (1053) addressed to that state; asking a third party
// to help resolve a dispute asks it to mediate (028).
func TestDemandRelease(t *testing.T) {
	checkEvents(t, []eventCase{
		{"demanded that Colombo free", "2017-03-14", "India's foreign ministry demanded that Colombo free the fishermen.", []string{"INDGOV LKA 1053"}, []string{"100"}},
		{"prompted to demand", "2017-03-14", "The arrests prompted India's foreign ministry to demand that Colombo free them.", []string{"INDGOV LKA 1053"}, nil},
		{"asked to help resolve a dispute", "2021-04-09", "The Gambia has asked the United Nations to help it resolve a border dispute with Senegal.", []string{"GMB IGOUNO 028"}, []string{"020"}},
	})
}

// TestStrikeDeploymentPatternEvents checks pattern rows for strikes,
// deployments and detention (e.g. Thailand–Cambodia, Myanmar, Georgia): "SRC
// TGT CAMEO" substrings that
// must be among the events, and ones that must not.
func TestStrikeDeploymentPatternEvents(t *testing.T) {
	for _, tc := range []eventCase{
		{"sent jets to bomb is the strike", "2025-07-24", "Thailand sent fighter jets to bomb Cambodian military positions.", []string{"THA KHMMIL 195"}, []string{"072"}},
		{"sent jets to Ukraine stays military aid", "2024-07-24", "Norway sent fighter jets to Ukraine.", []string{"NOR UKR 072"}, []string{"195"}},
		{"took up positions is a deployment", "2021-02-01", "Soldiers took up positions outside city hall in Yangon.", []string{"150"}, []string{"190"}},
		{"took positions stays a capture", "2022-03-01", "Russian troops took positions near Kyiv.", []string{"190"}, nil},
		{"spent years under house arrest is held", "2021-02-01", "Suu Kyi spent about 15 years under house arrest.", []string{" MMRGOV 173"}, []string{"MMRGOV  173"}},
		{"a count opening the second clause heads its subject", "2022-07-13", "President Gotabaya Rajapaksa fled to the Maldives, and thousands of protesters stormed the office.", []string{"145"}, []string{"LKAGOV  145", "LKAGOV MDV 145"}},
		{"tens of thousands after a comma", "2022-07-13", "Rajapaksa fled to the Maldives, tens of thousands of protesters stormed the office.", []string{"145"}, []string{"LKAGOV  145", "LKAGOV MDV 145"}},
		{"the victims of a count are no subject", "2022-07-13", "Police fired tear gas at thousands of protesters in Colombo.", []string{"LKACOP"}, nil},
		{"a missile fired into the sea is a show of force", "2023-03-16", "North Korea fired an intercontinental ballistic missile into the sea between the Korean peninsula and Japan.", []string{"PRK JPN 150"}, []string{"194"}},
		{"missiles fired into a state attack it", "2024-01-16", "Iran launched missiles into Iraq.", []string{"IRN IRQ 195"}, []string{"150"}},
		{"an evaluative word opening a quote", "2022-07-08", "Japanese Prime Minister Fumio Kishida called the attack \"barbaric and malicious\".", []string{"JPNGOV  111"}, nil},
		{"an adverb before the evaluative word in a quote", "2006-07-13", "French President Jacques Chirac called the response \"totally disproportionate\".", []string{"FRAGOV  111"}, nil},
		{"a medium after \"wrote on\" is no source", "2019-08-21", "Trump wrote on Twitter that he would postpone the trip because Frederiksen \"had no interest in discussing the purchase of Greenland.\"", []string{"USAGOV  040"}, nil},
		{"flew from A to B visits B", "2008-08-12", "Sarkozy flew from Moscow to Tbilisi.", []string{"GEO 042"}, []string{"RUS 042"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestWhiteList: a state removed from another's trade white list is
// sanctioned (163).
func TestWhiteList(t *testing.T) {
	checkEvents(t, []eventCase{
		{"voted to remove from its white list", "2019-08-02", "Japan's cabinet voted to remove South Korea from its white list of trusted trading partners.", []string{"JPNGOV KOR 163"}, nil},
	})
}

// TestJudicialAppeals: asking a state to extradite someone is an appeal
// for judicial cooperation (0213), to share information one for
// intelligence (0214), as CAMEO's verb dictionary codes REQUEST
// EXTRADITION.
func TestJudicialAppeals(t *testing.T) {
	checkEvents(t, []eventCase{
		{"called on X to extradite", "2016-07-20", "Ankara has repeatedly called on Washington to extradite him.", []string{"TUR USA 0213"}, []string{"TUR USA 020"}},
		{"called on X to share information", "2020-06-01", "Egypt called on Ethiopia to share information about the dam.", []string{"EGY ETH 0214"}, nil},
	})
}

// TestNoActorObjects: a trigger word whose object is no actor (a
// disease, a market, the news media, a clinic, a school) codes nothing;
// the same verbs with an actor stay.
func TestNoActorObjects(t *testing.T) {
	checkEvents(t, []eventCase{
		{"fought an epidemic", "2009-05-01", "Egyptian doctors fought the epidemic with a new drug.", nil, []string{"190"}},
		{"battling cancer", "2009-05-01", "The Egyptian president was battling prostate cancer last year.", nil, []string{"190"}},
		{"protect from diseases", "2009-05-01", "Egypt gave injections to protect children from diseases like measles.", nil, []string{"074"}},
		{"fought a state stays", "2009-05-01", "Egypt fought Libya in 1977.", []string{"EGY LBY 190"}, nil},
		{"pandemic alert level", "2009-05-01", "Egypt raised its pandemic alert level from three to four.", nil, []string{"152"}},
		{"forces on alert stays", "2009-05-01", "Egypt raised the alert level of its army.", []string{"152"}, nil},
		{"reduced demand for tickets", "2009-05-01", "Egypt Air cut flights to Mexico, citing reduced demand for tickets.", nil, []string{"100"}},
		{"supply and demand", "2009-05-01", "Egypt blamed supply and demand for the price of bread.", nil, []string{"100"}},
		{"a press gaggle", "2016-09-19", "Egypt's president, at a later press gaggle, said he had been briefed.", nil, []string{"020"}},
		{"press ahead with a plan", "2010-06-18", "Kyrgyzstan's interim government said it would press ahead with a referendum on June 27.", nil, []string{"020"}},
		{"press on with an offensive", "2014-07-10", "Ukraine's president vowed to press on with an offensive against the rebels.", nil, []string{"020"}},
		{"pressed forward with the offensive", "2014-07-10", "Ukrainian troops pressed forward with the offensive on Monday.", nil, []string{"020"}},
		{"pressing a state stays", "2014-07-10", "Germany pressed Russia to withdraw its troops.", []string{"DEU RUS 020"}, nil},
		{"raised money to support research", "2009-05-01", "Egypt raised $2,447 to support research in Libya.", nil, []string{"051"}},
		{"supports a state stays", "2009-05-01", "Egypt supports Libya.", []string{"EGY LBY 051"}, nil},
		{"dental visits", "2009-05-01", "The Egyptian ministry helped to boost dental visits among the poor.", nil, []string{"042"}},
		{"accepted into a school", "2009-05-01", "The Egyptian minister was accepted into Harvard in 1990.", nil, []string{"080"}},
	})
}

// TestSentencedTrigger: the trigger of a sentencing is the verb, not
// the "to" of its term ("sentenced him to five years" was once
// triggered on "to").
func TestSentencedTrigger(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"Egypt sentenced the Libyan spy to death.", "The Libyan spy was sentenced to death by Egypt."} {
		d := runWorld(t, p, text, time.Date(2009, 3, 1, 0, 0, 0, 0, time.UTC))
		for _, e := range codedAs(t, d, text, "116") {
			if e.Trigger != "sentenced" {
				t.Errorf("%q: trigger %q, want \"sentenced\"", text, e.Trigger)
			}
		}
	}
}

// TestEverydayAccept: a bare "accept" of goods or money is no
// concession; what is yielded to (a truce, a resolution, results, a
// plan) or taken in (refugees, an actor) is (e.g. "The Recycling Center
// also accepts newsprint", "accepting his personal donations").
func TestEverydayAccept(t *testing.T) {
	checkEvents(t, []eventCase{
		{"accepts goods", "2009-03-17", "The newspaper accepts newsprint from Canada.", nil, []string{"080"}},
		{"accepting donations", "2016-09-19", "Egypt is accepting donations for the victims.", nil, []string{"080"}},
		{"accepted a truce", "2016-09-19", "Egypt accepted the truce.", []string{"EGY  080"}, nil},
		{"accepted a resolution", "2016-09-19", "Israel accepted the UN resolution.", []string{"ISR IGOUNO 080"}, nil},
		{"will not accept refugees", "2003-03-01", "Syria says it will not accept any more refugees.", []string{"SYR REF 124"}, nil},
		{"accepted a plan", "2016-09-19", "The Taliban accepted the peace plan.", []string{" 030"}, nil},
	})
}

// TestCallOnDate: "call on" before a day or a month dates a call; it
// appeals to no one (e.g. "responded to the early morning call on
// Dec. 6").
func TestCallOnDate(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a call on a date", "2008-12-08", "Police and the ambulance responded to the early morning call on Dec. 6 and found Corbin.", nil, []string{"020"}},
		{"a call on a weekday", "2008-12-08", "Egyptian police responded to a call on Monday.", nil, []string{"020"}},
		{"called on a state stays", "2008-12-08", "The UN called on Iran to release the prisoners.", []string{"IGOUNO IRN 020"}, nil},
	})
}

// TestAnchorRefMayMatch checks that an index entry's copy of its
// pattern's needs answers as the pattern does, on the word sets of
// sentences that hold some of the needed words.
func TestAnchorRefMayMatch(t *testing.T) {
	d := DefaultDict()
	sentences := []string{
		"Israel and Iran held direct talks in Oman on Monday",
		"the army fired on protesters and threatened to arrest their leaders",
		"the minister said the government would impose sanctions on the rebels",
		"China accused the United States of spying and called for talks",
		"",
	}
	for _, s := range sentences {
		var words wordSet
		for _, w := range strings.Fields(s) {
			words.add(w)
		}
		for w, refs := range d.byFirst {
			for k := range refs {
				if got, want := refs[k].mayMatch(&words), refs[k].p.mayMatch(&words); got != want {
					t.Errorf("%q, pattern %q at %q: anchorRef.mayMatch = %v, Pattern.mayMatch = %v", s, refs[k].p.Text, w, got, want)
				}
			}
		}
	}
}

// TestEachSideAccusing: "…, each side accusing/blaming the other" after a
// clash of two parties is their mutual accusation (112 both ways), as
// "accused each other" is.
func TestEachSideAccusing(t *testing.T) {
	checkEvents(t, []eventCase{
		{"each side accusing the other", "2014-09-25", "Pakistani and Indian troops exchanged fire in Kashmir on Thursday, each side accusing the other of starting the shooting.", []string{"PAKMIL INDMIL 112", "INDMIL PAKMIL 112"}, nil},
		{"with each side blaming the other", "2021-10-01", "Kyrgyz and Tajik troops clashed on the border, with each side blaming the other.", []string{"KGZMIL TJKMIL 112", "TJKMIL KGZMIL 112"}, nil},
	})
}

// TestMakerAndCommissionAgents: makers of goods and contractors are
// businesses (BUS), an election commission is a government body (GOV).
func TestMakerAndCommissionAgents(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a defence contractor", "2020-07-14", "China imposed sanctions on U.S. defence contractor Lockheed Martin.", []string{"CHN USABUS 163"}, nil},
		{"a steelmaker", "2004-11-01", "The Canadian steelmaker signed a deal with its workers.", []string{"CANBUS"}, nil},
		{"an election commission", "2018-12-26", "Bangladesh's election commission rejected an opposition request.", []string{"BGDGOV "}, []string{"BGD "}},
	})
}

// TestOppositionSupporters: "opposition supporters/activists/members"
// are one OPP actor, so a relative clause after them has its subject
// ("fired tear gas at opposition supporters who blocked roads").
func TestOppositionSupporters(t *testing.T) {
	checkEvents(t, []eventCase{
		{"supporters who blocked roads", "2017-12-10", "Honduran riot police fired tear gas at opposition supporters who blocked roads in Tegucigalpa.", []string{"HNDCOP HNDOPP 175", "HNDOPP  144"}, nil},
	})
}

// TestReliefDeployment: forces sent "to help/assist survivors/victims"
// of a disaster give humanitarian aid (073), not a mobilisation (154).
func TestReliefDeployment(t *testing.T) {
	checkEvents(t, []eventCase{
		{"sent Marines to help survivors", "2013-11-09", "The United States sent two warships and several hundred Marines to the central Philippines on Saturday to help survivors of Typhoon Haiyan.", []string{"USA PHL 073"}, []string{"USA PHL 154"}},
		{"troops sent to fight stay military", "1987-07-30", "India sent troops to Sri Lanka to help the government fight rebels.", nil, []string{"IND LKA 073"}},
	})
}

// TestLegalFight: fighting a case, a ruling or charges in court is a
// legal fight, no combat or threat of it; adopting sanctions against a
// state imposes them on it, no agreement with it.
func TestLegalFight(t *testing.T) {
	checkEvents(t, []eventCase{
		{"would fight the ruling in court", "2020-01-01", "The Slovak government said Bratislava would fight the ruling in court.", nil, []string{"138", "190"}},
		{"vowed to fight it in court", "2020-01-01", "Slovakia vowed to fight it in court.", nil, []string{"138", "1382", "190"}},
		{"fought rebels stays", "2020-01-01", "Serbian forces fought the rebels in Kosovo.", []string{"SRBMIL XKXREB 190"}, nil},
		{"agreed a package of sanctions against", "2020-01-01", "The EU agreed a package of sanctions against Russia on Monday.", []string{"RUS 163"}, []string{"RUS 030"}},
		{"agreed to tighten sanctions if stays a threat", "2020-01-01", "The EU agreed to tighten sanctions against Myanmar if it does not free prisoners.", []string{"MMR 1312"}, []string{"MMR 163"}},
	})
}

// TestRegardNoOption: "is considered a threat", "considered to be" and
// "considered themselves" say how someone is seen, no policy option
// weighed (014); "free up troops" makes them available, no release.
func TestRegardNoOption(t *testing.T) {
	checkEvents(t, []eventCase{
		{"is considered a threat", "2016-09-22", "North Korea is considered a threat to US troops in South Korea.", nil, []string{"014"}},
		{"considered to be", "2016-09-22", "Iraqi police considered the cases to be stagnant.", nil, []string{"014"}},
		{"considered themselves", "2016-09-22", "Iraqi officials considered themselves the winners.", nil, []string{"014"}},
		{"is considering stays", "2016-09-22", "Iran is considering talks with the United States.", []string{"IRN USA 014"}, nil},
		{"free up troops", "2004-11-01", "British troops moved north to free up US troops for an attack on Falluja.", nil, []string{"0841"}},
		{"freed prisoners stays", "2004-11-01", "Israel freed Palestinian prisoners on Sunday.", []string{"ISR PSECVL 0841"}, nil},
	})
}

// TestGameAndMarketHits: a player who hits a homer or a jumper, a yield
// that hits its lowest level, an economy that hits a rough patch and an
// industry hit hard by unrest or sanctions attack no one; a missile that
// hits a base does.
func TestGameAndMarketHits(t *testing.T) {
	checkEvents(t, []eventCase{
		{"hit a homer", "2004-10-01", "Cuban outfielder Ramon Diaz hit a two-run homer in the ninth inning.", nil, []string{"18", "19"}},
		{"hit free throws", "2004-10-01", "The Kenyan guard hit one of two free throws with a minute left.", nil, []string{"18", "19"}},
		{"hit their lowest level", "2004-10-01", "Japanese government bond yields hit their lowest level in months.", nil, []string{"19"}},
		{"hit a rough patch", "2004-10-01", "The German economy hit a rough patch in the third quarter.", nil, []string{"19"}},
		{"hit a base stays", "2004-10-01", "Iranian missiles hit a US base in Iraq.", []string{"IRN", "19"}, nil},
		{"hit hard by the unrest", "2014-05-23", "Thailand's tourism industry has been hit hard by the unrest since early March.", nil, []string{"19"}},
		{"hit by sanctions", "2016-01-01", "Russia's economy, hit by Western sanctions, shrank in 2015.", nil, []string{"19"}},
		{"hit by missile strikes stays", "2023-01-02", "Ukraine was hit by Russian missile strikes on Monday.", []string{"RUS UKR 19"}, nil},
	})
}

// TestPhoneDevice: a mobile phone, phone makers and Internet phone
// calls are a device, an industry and a service, no call between actors
// (041); a call by phone stays.
func TestPhoneDevice(t *testing.T) {
	checkEvents(t, []eventCase{
		{"mobile phone bills", "2004-10-01", "Norway's watchdog scolded broadcasters for letting children run up big mobile phone bills.", nil, []string{"041"}},
		{"phone makers", "2004-10-01", "South Korean phone makers gained market share in the third quarter.", nil, []string{"041"}},
		{"phoned stays", "2004-10-01", "Putin phoned Bush on Monday.", []string{" 041"}, nil},
	})
}

// TestHostNoun: a news or talk-show host is a presenter and an
// investment host a destination, nobody hosted (043/042); hosting a
// leader stays.
func TestHostNoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"cable news hosts", "2016-09-22", "Two American cable news hosts signed up with a network Russia finances.", nil, []string{"043", "042"}},
		{"investment hosts", "2004-10-01", "Jamaica outperformed investment hosts such as Costa Rica.", nil, []string{"043", "042"}},
		{"hosted a leader stays", "2016-09-22", "Poland hosted Zelensky in Warsaw.", []string{" 043"}, nil},
	})
}

// TestGameNoCombat: a drawn match, talks that "wound up" nowhere and a
// marksman who "shot his way" to a medal fight and wound no one.
func TestGameNoCombat(t *testing.T) {
	checkEvents(t, []eventCase{
		{"fought out a draw", "2004-09-09", "Italy and Spain fought out a 2-2 friendly draw in Madrid.", nil, []string{"190"}},
		{"wound up no closer", "2004-09-09", "US and EU negotiators traded arguments over aid to Airbus and Boeing but wound up no closer.", nil, []string{"190"}},
		{"shot his way to a medal", "2004-09-09", "An Indian army major shot his way to a silver medal on Tuesday.", nil, []string{"19"}},
		{"fought a state stays", "2004-09-09", "Italy fought Spain in 1936.", []string{"ITA ESP 190"}, nil},
	})
}

// TestCeaseFiresPlural: two sides that declare unilateral cease-fires
// (hyphenated, plural) each declare a truce (0871), no bare statement.
func TestCeaseFiresPlural(t *testing.T) {
	checkEvents(t, []eventCase{
		{"declared unilateral cease-fires", "2009-01-18", "Israel and Hamas declared unilateral cease-fires on Sunday.", []string{"ISR  0871", "PSEREB  0871"}, []string{"010"}},
	})
}

// dangerNamedTests: "has become a threat to", "remains a threat to"
// name a danger, as "poses a threat" does; no threat is made (e.g.
// Sri Lanka). Threats issued still are.
var dangerNamedTests = []worldCase{
	{"become a threat", "2015-03-10", `"The executive presidency has become a threat to democracy," Prime Minister Ranil Wickremesinghe told parliament on Tuesday.`, nil, []string{"LKAGOV  130"}},
	{"remains a threat", "2015-03-10", "Iran remains a threat to the region, Netanyahu said.", nil, []string{"ISRGOV  130", "IRN  130", "ISRGOV IRN 130"}},
	{"issued threats", "2015-03-10", "Russia issued threats against Ukraine.", []string{"RUS UKR 130"}, nil},
}

func TestDangerNamed(t *testing.T) { checkWorld(t, dangerNamedTests) }

// TestRetaliationMeans: a retaliation "with" trade measures is a trade
// sanction, and one "by" a gerund is the gerund's act alone, no attack.
func TestRetaliationMeans(t *testing.T) {
	checkEvents(t, []eventCase{
		{"retaliated with duties", "2018-07-06", "China retaliated with duties on American goods.", []string{"CHN USA 163"}, []string{"CHN USA 190", " CHN 190"}},
		{"retaliated by imposing tariffs", "2018-07-06", "China retaliated by imposing tariffs on American goods.", []string{"CHN USA 163"}, []string{"CHN USA 190", " CHN 190"}},
		{"retaliated by expelling diplomats", "2018-07-06", "China retaliated by expelling two American diplomats.", []string{"CHN USAGOV 166"}, []string{"USAGOV CHN 190"}},
		{"a bare retaliation stays force", "2018-07-06", "Israel retaliated on Friday.", []string{"ISR  190"}, nil},
	})
}

// TestImpeachment: a legislature's impeachment of an official charges
// him with legal action (173), as an indictment does.
func TestImpeachment(t *testing.T) {
	checkEvents(t, []eventCase{
		{"impeached the president", "2019-12-18", "The U.S. House of Representatives impeached President Donald Trump on Wednesday.", []string{"USALEG USAGOV 173"}, nil},
		{"voted to impeach", "2016-12-09", "South Korea's parliament voted on Friday to impeach President Park Geun-hye.", []string{"KORLEG KORGOV 173"}, nil},
		{"was impeached", "2016-12-09", "President Park Geun-hye was impeached on Friday.", []string{" KORGOV 173"}, nil},
	})
}

// TestBehindIntrusions: saying (on a day, in a statement) that someone's
// hackers were behind intrusions or a breach accuses that state (112),
// as "behind the attack" does.
func TestBehindIntrusions(t *testing.T) {
	checkEvents(t, []eventCase{
		{"said on a day that X's hackers were behind intrusions", "2024-02-07", "U.S. intelligence agencies said on Wednesday that Chinese state hackers were behind intrusions into U.S. networks.", []string{"USASPY CHN 112"}, nil},
		{"a breach", "2024-05-03", "Germany said on Friday that Russian military hackers were behind a breach of party email accounts.", []string{"DEU RUSMIL 112"}, nil},
		{"behind bars is no charge", "2024-05-03", "Germany said the Russian spies were behind bars.", nil, []string{"DEU RUS 112"}},
	})
}

// TestEvacuatedPeople: people evacuated are brought to safety, no
// military retreat; troops evacuating a place still retreat.
func TestEvacuatedPeople(t *testing.T) {
	checkEvents(t, []eventCase{
		{"evacuated its citizens", "2020-01-29", "Japan evacuated 200 of its citizens from Wuhan on Wednesday.", nil, []string{"JPN CHN 0874"}},
		{"evacuated its diplomats", "2021-08-15", "Britain evacuated its diplomats from Kabul on Sunday.", nil, []string{"GBR AFG 0874"}},
		{"troops evacuated a city", "2022-11-11", "Russian troops evacuated Kherson on Friday.", []string{"RUSMIL UKR 0874"}, nil},
	})
}

// TestAssetFreeze: freezing a party's assets or accounts is a sanction
// (163, PLOVER SANCTION), as every event set's gold codes it, not a
// confiscation (1711).
func TestAssetFreeze(t *testing.T) {
	checkEvents(t, []eventCase{
		{"froze the assets of officials", "2022-02-28", "Switzerland froze the assets of Russian President Vladimir Putin and Foreign Minister Sergei Lavrov on Monday.", []string{"CHE RUSGOV 163"}, []string{"CHE RUSGOV 1711"}},
		{"froze accounts", "2022-02-28", "Britain froze the accounts of two Russian banks.", []string{"GBR RUS 163"}, nil},
	})
}

// TestCapturedFrom: a place captured, seized or taken "from" a side is
// fighting that side (190), as a recapture is; a place taken from no
// one named stays occupied (192).
func TestCapturedFrom(t *testing.T) {
	checkEvents(t, []eventCase{
		{"captured the town of X from militants", "2012-09-28", "Kenyan troops captured the town of Kismayo from al-Shabaab militants on Friday.", []string{"KENMIL SOMREB 190"}, []string{"KENMIL SOM 192"}},
		{"captured a city from fighters", "2015-12-28", "Iraqi forces captured Ramadi from Islamic State fighters.", []string{"IRQMIL IMGREB 190"}, nil},
		{"captured a city from nobody named", "2020-11-28", "Ethiopian forces captured Mekelle on Saturday.", []string{"ETHMIL ETH 192"}, nil},
	})
}

// TestNoEventSenses checks word senses that are no event of the verb
// they share: expectations met, questions taken, a trip
// postponed and strikes suspended.
func TestNoEventSenses(t *testing.T) {
	checkEvents(t, []eventCase{
		{"expectations it could never meet", "2000-04-03", "He raised expectations it could never meet.", nil, []string{"040", "042", "043", "044"}},
		{"targets the ministry could not meet", "2011-07-20", "Kenya set targets its ministries could not meet.", nil, []string{"040"}},
		{"meet a leader stays", "2011-07-20", "Merkel met Sarkozy in Paris on Monday.", []string{"DEUGOV FRAGOV 040"}, nil},
		{"did not take questions", "2014-09-01", "He did not take questions.", nil, []string{"110"}},
		{"took no questions from reporters", "2011-07-20", "Kenya's president took no questions from reporters.", nil, []string{"110"}},
		{"postponed a trip", "2009-06-14", "Ahmadinejad postponed a trip to Russia.", []string{"IRNGOV RUS 160"}, []string{"042", "043"}},
		{"delayed a trip", "2011-07-20", "Medvedev delayed his trip to Japan.", nil, []string{"042", "043"}},
		{"suspension of air strikes", "2006-07-31", "Israel agreed to a 48-hour suspension of air strikes in southern Lebanon.", []string{"ISR LBN 030"}, []string{"160", "195", "087"}},
		{"halt of the shelling", "2011-07-20", "Russia demanded a halt of the shelling in Georgia.", nil, []string{"194", "195", "160"}},
		{"taking a position on an election", "2024-08-20", "Mexico would wait for the results before taking a position on the disputed election.", nil, []string{"190"}},
		{"took a firm position over the dispute", "2024-08-20", "Brazil took a firm position over the dispute.", nil, []string{"190"}},
	})
}

// TestDisplacedBy: the fighting that displaced people is the cause of
// their flight, no attack by the clause's subject.
func TestDisplacedBy(t *testing.T) {
	checkEvents(t, []eventCase{
		{"people displaced by fighting", "2012-03-01", "Hadi promised to bring back the hundreds of thousands of people displaced by fighting.", nil, []string{"19", "18"}},
		{"families uprooted by clashes", "2011-07-20", "Kenya's government said it would help families uprooted by clashes in the north.", nil, []string{"19", "18"}},
		{"fighting stays an attack", "2011-07-20", "Fighting between Kenyan troops and al Shabaab killed ten people.", []string{" 19"}, nil},
	})
}

// TestIndexedRootQuad checks that the root and quad class the index
// keeps for emit (Pattern.root, Pattern.quad) are cameo's for the code
// the pattern was indexed with.
func TestIndexedRootQuad(t *testing.T) {
	for _, p := range DefaultDict().Patterns {
		if p.root != cameo.Root(p.ccCode) || p.quad != cameo.QuadClass(p.ccCode) {
			t.Errorf("pattern %q (line %d): root %q, quad %d; cameo says %q, %d", p.Text, p.Line, p.root, p.quad, cameo.Root(p.ccCode), cameo.QuadClass(p.ccCode))
		}
	}
}

// Leaving a treaty or agreement reduces relations (161, as CAMEO's verb
// dictionary codes WITHDRAW FROM TREATY): no military retreat (0874)
// and no halted talks (164); leaving talks stays 164.
func TestTreatyWithdrawal(t *testing.T) {
	checkEvents(t, []eventCase{
		{"withdrew from a deal with X", "2018-05-08", "The United States withdrew from the nuclear deal with Iran on Tuesday.", []string{"USA IRN 161"}, []string{"USA IRN 164", "USA IRN 0874"}},
		{"pulled out of a deal with X", "2018-05-08", "The United States pulled out of the nuclear deal with Iran on Tuesday.", []string{"USA IRN 161"}, []string{"USA IRN 0874"}},
		{"withdrew from a statute", "2019-03-17", "The Philippines withdrew from the Rome Statute of the International Criminal Court on Sunday.", nil, []string{"PHL  0874", "PHL IGOJUDICC 0874"}},
		{"quit a treaty with X", "2019-08-02", "Russia quit the nuclear treaty with the United States.", []string{"RUS USA 161"}, []string{"RUS USA 164"}},
		{"withdrew from talks stays 164", "2019-08-02", "Iran withdrew from the talks with the United States.", []string{"IRN USA 164"}, nil},
	})
}

// Sending peacekeepers gives protection (074; an intent 0334), no
// mobilisation (154) and, as an intent, no threat (138).
func TestSendPeacekeepers(t *testing.T) {
	checkEvents(t, []eventCase{
		{"sent peacekeeping troops to X", "2017-02-12", "Rwanda sent peacekeeping troops to South Sudan on Sunday.", []string{"RWA SSD 074"}, []string{"RWA SSD 154"}},
		{"sent peacekeepers to X", "2019-01-19", "Kenya sent peacekeepers to Somalia on Saturday.", []string{"KEN SOM 074"}, nil},
		{"would send peacekeeping forces to X", "2022-01-06", "The Collective Security Treaty Organization said it would send peacekeeping forces to Kazakhstan.", []string{" KAZ 0334"}, []string{" KAZ 138", " KAZ 154"}},
	})
}

// "received the visiting X" hosts X (043, X's visit 042 back).
func TestReceivedTheVisiting(t *testing.T) {
	checkEvents(t, []eventCase{
		{"received the visiting president", "2022-03-09", "Erdogan received the visiting Israeli president in Ankara on Thursday.", []string{"TURGOV ISRGOV 043", "ISRGOV TURGOV 042"}, []string{"TURGOV ISRGOV 042"}},
		{"received the visiting minister", "2023-06-01", "Putin received the visiting Chinese foreign minister in Moscow.", []string{"RUSGOV CHNGOV 043", "CHNGOV RUSGOV 042"}, nil},
	})
}

// TestVerbalAttack: an attack on a person "for" what they did or said,
// a "stinging" or "scathing" attack, and a known public figure's attack
// on a person or on nobody named (verbalAttacks) are criticism in words
// (111), no assault (180).
func TestVerbalAttack(t *testing.T) {
	checkEvents(t, []eventCase{
		{"attacked X for her stance", "2016-09-08", "Donald Trump attacked Hillary Clinton for her vote on the war.", []string{"111"}, []string{"180"}},
		{"a scathing attack on", "2016-09-08", "Angela Merkel launched a scathing attack on Viktor Orban over the refugee quota.", []string{"111"}, []string{"180"}},
		{"a public figure attacked a person", "2016-09-08", "Donald Trump attacked Alicia Machado in early-morning tweets.", []string{"111"}, []string{"180"}},
		{"a public figure's attacks on a person", "2016-09-08", "Donald Trump has responded with attacks on Alicia Machado.", []string{"111"}, []string{"180"}},
		{"a leader attacking a state stays force", "2022-03-01", "Vladimir Putin attacked Ukraine.", []string{"RUSGOV UKR 18"}, []string{"111"}},
		{"attacked the rebels stays", "2016-09-08", "Syrian troops attacked the rebels for the second day.", []string{"SYRMIL REB 19"}, []string{"111"}},
	})
}

// TestRequestForComment: a reporter's "request for comment" that
// someone did not answer is no appeal by anyone (020).
func TestRequestForComment(t *testing.T) {
	checkEvents(t, []eventCase{
		{"requests for comment", "2023-06-01", "The Kenyan government did not respond to requests for comment.", nil, []string{"020"}},
		{"requested talks stays", "2023-06-01", "Kenya requested talks with Uganda.", []string{"KEN UGA 020"}, nil},
	})
}

// TestNoOfferNoMeeting: "offered no proof" or "offered insights" gives
// words, no offer (030); "make ends meet" and "meet the bar" meet no one
// (040).
func TestNoOfferNoMeeting(t *testing.T) {
	checkEvents(t, []eventCase{
		{"offered no proof", "2023-06-01", "William Ruto offered no proof that Uganda had funded the rebels.", nil, []string{"030"}},
		{"offered insights", "2023-06-01", "William Ruto offered insights into his approach to Uganda.", nil, []string{"030"}},
		{"offered a ceasefire stays", "2023-06-01", "Kenya offered Uganda a ceasefire.", []string{"KEN UGA 030"}, nil},
		{"make ends meet", "2023-06-01", "Many Kenyan families struggle to make ends meet.", nil, []string{"040"}},
		{"meet the bar", "2023-06-01", "Only four NATO members meet the bar for defence spending.", nil, []string{"040"}},
		{"meet a leader stays", "2023-06-01", "William Ruto met Yoweri Museveni in Kampala.", []string{"040"}, nil},
	})
}

// TestShowingAndAddresses: "demonstrated its functions" or "her skill"
// shows something, no demonstration (141); "the 700 block of Knox Road"
// is an address, no blockade (144).
func TestShowingAndAddresses(t *testing.T) {
	checkEvents(t, []eventCase{
		{"demonstrated its functions", "2023-06-01", "Safaricom demonstrated its new payment service in Nairobi.", nil, []string{"141"}},
		{"demonstrated her skill", "2023-06-01", "Hillary Clinton has demonstrated her skill as a negotiator.", nil, []string{"141"}},
		{"demonstrated against stays", "2023-06-01", "Thousands of Kenyans demonstrated against the tax in Nairobi.", []string{"141"}, nil},
		{"block of a road", "2023-06-01", "John Kamau, of the 700 block of Moi Road, was arrested on Friday.", nil, []string{"144"}},
		{"blocked the road stays", "2023-06-01", "Kenyan protesters blocked the road to the airport.", []string{"144"}, nil},
	})
}

// TestExpelAndClosePorts: "ordered X out (of the country)" is an
// expulsion (166), not a bare demand (100); closing a state's ports
// restricts movement (191) as closing its border does.
func TestExpelAndClosePorts(t *testing.T) {
	checkEvents(t, []eventCase{
		{"ordered the ambassador out of the country", "2015-05-01", "Sudan ordered the British ambassador out of the country on Monday.", []string{"SDN GBRGOV 166"}, []string{"SDN GBRGOV 100"}},
		{"ordered the diplomats out of the kingdom", "2018-08-06", "Saudi Arabia ordered the Canadian diplomats out of the kingdom.", []string{"SAU CANGOV 166"}, []string{"SAU CANGOV 100"}},
		{"ordered the peacekeepers out", "2023-06-17", "Mali ordered the UN peacekeepers out of the country.", []string{"MLI IGOUNO 1661"}, []string{"MLI IGOUNO 166 "}},
		{"ordered the peacekeeping mission out", "2023-06-17", "Mali ordered the UN peacekeeping mission out of the country.", []string{"MLI IGOUNO 1661"}, nil},
		{"ordered them out", "2015-05-01", "Sudan ordered them out on Monday.", []string{"SDN  166"}, []string{"SDN  100"}},
		{"closed all of X's ports", "2017-11-06", "Saudi Arabia closed all of Yemen's ports.", []string{"SAU YEM 191"}, nil},
		{"closed the ports", "2017-11-06", "Saudi Arabia closed Yemen's sea and air ports.", []string{"SAU YEM 191"}, nil},
		{"a court struck out a claim", "2004-11-12", "A judge at the High Court struck out the bulk of a libel claim against the newspaper.", nil, []string{"190"}},
		{"a pitcher struck out batters", "2019-06-02", "The Yankees pitcher struck out six batters in Boston.", nil, []string{"190"}},
		{"ordered troops out stays no expulsion", "2015-05-01", "The Sudanese army ordered out troops to the streets.", nil, []string{"SDNMIL  166"}},
	})
}

// TestSlammedInto: "slammed into a house" is something striking, no
// criticism (111); a vehicle slamming into a crowd stays a ramming
// attack and "slammed the decision" criticism.
func TestSlammedInto(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a shell slammed into a house", "2004-09-24", "A Palestinian mortar bomb slammed into a house in the Gaza Strip on Friday.", nil, []string{"111"}},
		{"a missile slammed against a tower", "2022-10-10", "A Russian missile slammed against a tower block in Kyiv.", nil, []string{"111"}},
		{"a car slammed into protesters stays", "2023-06-01", "A car slammed into protesters in Nairobi.", []string{"180"}, []string{"111"}},
		{"slammed the decision stays", "2023-06-01", "Kenya slammed the decision by Uganda.", []string{"111"}, nil},
	})
}

// TestTradeMobilisationAndSubcodes: resumed exports to a buyer (061;
// arms are military aid, 072), a tariff lifted (085), troops massed or
// deployed on a border with a neighbour (154), the sub-code the text
// names (0232, 0233, 054, 1245) and a criminal investigation of a
// suspect by prosecutors or police (091, not its root 090).
func TestTradeMobilisationAndSubcodes(t *testing.T) {
	checkEvents(t, []eventCase{
		{"resumed gas exports to", "2018-04-16", "Qatar resumed liquefied gas shipments to Egypt on Sunday.", []string{"QAT EGY 061"}, nil},
		{"resumed arms deliveries to is aid", "2019-03-01", "Germany resumed arms deliveries to Saudi Arabia on Friday.", []string{"DEU SAU 072"}, []string{"061"}},
		{"lifted its tariff on", "2019-06-01", "Mexico lifted its 25 percent tariffs on American steel on Friday.", []string{"MEX USA 085"}, nil},
		{"agreement on removing tariffs is no act", "2004-11-29", "China reached agreement with Vietnam on removing tariffs on farm goods.", nil, []string{"085"}},
		{"massed troops along its border with", "2020-06-01", "Turkey massed troops along its border with Syria on Friday.", []string{"TUR SYR 154"}, nil},
		{"moved tanks to its border with", "2020-06-01", "India moved tanks to its border with China.", []string{"IND CHN 154"}, nil},
		{"asked for military advisers", "2021-10-01", "Niger asked France for military advisers on Monday.", []string{"NER FRA 0232"}, []string{"020"}},
		{"appealed for tents", "2017-04-03", "Somalia appealed to Turkey for tents and medicines.", []string{"SOM TUR 0233"}, []string{"020"}},
		{"re-established diplomatic ties", "2019-01-20", "Israel and Chad re-established diplomatic ties on Sunday.", []string{"ISR TCD 054", "TCD ISR 054"}, []string{"050"}},
		{"rejected a plan to send peacekeepers", "2016-01-30", "Burundi rejected a UN plan to send peacekeepers.", []string{"BDI IGOUNO 1245"}, []string{"125"}},
		{"prosecutors investigate a suspect", "2019-05-01", "Bolivian prosecutors opened an investigation into the mayor of La Paz.", []string{"BOLJUD BOLGOV 091"}, []string{"090"}},
		{"investigation into the former minister", "2022-06-15", "Kenyan prosecutors opened an investigation into the former finance minister.", []string{"KENJUD KENELI 091"}, []string{"090"}},
		{"police investigate a derailment stays 090", "2004-11-08", "UK police investigate the weekend derailment of a FirstGroup train.", nil, []string{"091"}},
		{"police investigate a death stays 090", "2019-05-01", "Police investigate owner Rufus Church's death at the garage.", nil, []string{"091"}},
	})
}

// TestProtestForLeadershipChange: a rally or march held to demand a
// leader's resignation or ouster is a demonstration for leadership
// change (1411), not a bare demonstration (141).
func TestProtestForLeadershipChange(t *testing.T) {
	checkEvents(t, []eventCase{
		{"held a rally to demand the resignation", "2010-04-05", "Thousands of protesters held a rally in Bishkek on Monday to demand the resignation of President Kurmanbek Bakiyev.", []string{" 1411"}, nil},
		{"rallied to demand the resignation", "2010-04-05", "Protesters rallied in Bishkek to demand the resignation of the government.", []string{" 1411"}, nil},
		{"marched calling for the resignation", "2009-04-07", "About 5,000 people marched through Chisinau calling for the resignation of the government.", []string{" 1411"}, nil},
		{"demonstrated against a tax stays", "2023-06-01", "Thousands of Kenyans demonstrated against the tax in Nairobi.", []string{" 141"}, []string{"1411"}},
	})
}

// TestAppealForPolicyChange: urging a state to phase out, scrap, repeal
// or reverse a policy is an appeal for policy change (0242), not a bare
// appeal (020).
func TestAppealForPolicyChange(t *testing.T) {
	checkEvents(t, []eventCase{
		{"urged to phase out coal", "2019-12-10", "The United Nations urged Australia to phase out coal.", []string{"AUS 0242"}, []string{" 020"}},
		{"called on to abandon a plan", "2019-12-10", "The European Union called on Poland to abandon its plan to build a new coal plant.", []string{"POL 0242"}, nil},
		{"urged to reverse a law", "2017-04-10", "Germany urged Hungary to reverse the law on foreign-funded universities.", []string{"HUN 0242"}, nil},
		{"urged to release stays", "2019-12-10", "Kenya urged Uganda to release the journalists.", []string{"UGA 0253"}, []string{"0242"}},
	})
}

// TestRespondWithForce: "will respond with force if …" states a
// conditional use of force, a threat of force (138); warned to a named
// addressee it is a threat against it, and "warned X that it would face
// sanctions" a threatened sanction (1312), not the bare warning (130).
func TestRespondWithForce(t *testing.T) {
	checkEvents(t, []eventCase{
		{"will respond with force if", "2010-04-05", "Kyrgyzstan will respond with force if the protesters storm the parliament.", []string{"KGZ  138"}, nil},
		{"said it will respond with missiles", "2018-05-01", "Iran will respond with missiles if Israel strikes its nuclear sites, the general said.", []string{"IRN  138"}, nil},
		{"warned X that it would respond with force", "2017-08-09", "North Korea warned the United States on Wednesday that it would respond with force to any attack.", []string{"PRK USA 138"}, []string{"PRK USA 130"}},
		{"warned X that it would face sanctions", "2022-02-15", "Britain warned Russia that it would face severe sanctions if it invaded Ukraine.", []string{"GBR RUS 1312"}, []string{"GBR RUS 130"}},
		{"sanctions as the cause of war are no threatened sanction", "2005-06-16", "Pyongyang warned Japan that imposing sanctions would be tantamount to war.", []string{"PRK JPN 130"}, nil},
		{"what it would face comes right after the verb", "2005-06-16", "Pyongyang warned Japan that it would face war if it imposed sanctions.", nil, []string{"1312"}},
		{"respond with a statement is no threat", "2018-05-01", "The Kenyan ministry said it would respond with a statement on Monday.", nil, []string{"138"}},
	})
}

// TestTradeCase: a trade, dispute or arbitration case filed against a
// state is a suit (115), not a criminal charge (173); a criminal case
// opened against a person stays 173.
func TestTradeCase(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a trade case against a state", "2004-10-06", "The United States filed a trade case against China on Wednesday.", []string{"USA CHN 115"}, []string{"USA CHN 173"}},
		{"an anti-dumping complaint", "2012-09-05", "China launched an anti-dumping complaint against the European Union.", []string{"CHN IGOEUREEC 115"}, []string{"173"}},
		{"a criminal case stays a charge", "2011-05-24", "Ukrainian prosecutors opened a criminal case against Yulia Tymoshenko.", []string{"173"}, []string{"115"}},
	})
}

// TestWarOnAProblem: a "war" or "fight" on corruption, poverty or crime
// is a policy campaign, no attack (190); a war declared on an armed
// group or a state stays one.
func TestWarOnAProblem(t *testing.T) {
	checkEvents(t, []eventCase{
		{"war on corruption", "2010-10-06", "Kenya declared war on corruption.", nil, []string{"190"}},
		{"fight against poverty", "2010-10-06", "Brazil declared war against rural poverty in the northeast.", nil, []string{"190"}},
		{"war on an armed group stays", "2023-10-08", "Israel declared war on Hamas.", []string{"190"}, nil},
		{"war on a state stays", "2022-03-01", "Russia waged war against Ukraine.", []string{"RUS UKR 190"}, nil},
	})
}

// TestMobilisedAlongBorder: troops mobilised along a border with a
// neighbour are a mobilisation against it (154), as massed troops are.
func TestMobilisedAlongBorder(t *testing.T) {
	checkEvents(t, []eventCase{
		{"mobilised troops along its border with X", "2023-12-06", "Venezuela mobilised troops along its border with Guyana on Wednesday.", []string{"VEN GUY 154"}, nil},
		{"mobilized troops near the border with X", "2019-02-26", "Pakistan mobilized thousands of troops near the border with India.", []string{"PAK IND 154"}, nil},
		{"mobilised with no border names no target", "2023-12-06", "Venezuela mobilised troops.", nil, []string{"GUY"}},
	})
}

// TestRemovalAndMissionPatterns: protesters removed or evicted by force
// (175, also in the passive with "by"), a troop reduction ruled out
// (1246), an embassy opened in a host state (050) and an official
// sacked from a named office (172) are coded.
func TestRemovalAndMissionPatterns(t *testing.T) {
	checkEvents(t, []eventCase{
		{"removed protesters", "2010-04-20", "Thai riot police removed anti-government protesters from a Bangkok intersection on Tuesday.", []string{"THACOP THAOPP 175"}, nil},
		{"evicted demonstrators", "2013-06-15", "Turkish police evicted demonstrators from Gezi Park on Saturday.", []string{"TURCOP", "175"}, nil},
		{"passive removal by police", "2013-06-15", "Protesters were removed by police from the square.", []string{"COP  175"}, nil},
		{"barricades removed stay no repression", "2013-06-15", "The police removed the barricades from the road.", nil, []string{"175"}},
		{"a troop reduction ruled out", "2019-08-06", "The Pentagon ruled out a troop reduction in South Korea on Wednesday.", []string{"USAMIL  1246"}, nil},
		{"an embassy opened", "2010-05-05", "India opened an embassy in Kabul on Monday.", []string{"IND AFG", "050"}, nil},
		{"a minister sacked as such", "2010-05-05", "South African President Jacob Zuma sacked Nhlanhla Nene as finance minister.", []string{"ZAFGOV ZAF", "172"}, nil},
	})
}

// TestOfficeHolderQuits: a bare "quit" is a resignation (0831) only of
// one who holds an office.
func TestOfficeHolderQuits(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a prime minister quits", "2020-08-05", "Peruvian Prime Minister Pedro Cateriano quit on Tuesday after parliament rejected his cabinet.", []string{"PERGOV  0831"}, nil},
		{"quit as president", "2017-11-21", "Robert Mugabe quit as president on Tuesday.", []string{"ZWEGOV  0831"}, nil},
		{"a player quits", "2020-08-05", "The striker John Smith quit on Tuesday.", nil, []string{"0831"}},
	})
}

// TestTerritoryTaken: a town, district or crossing taken, retaken or
// overrun is territory occupied (192), not fighting; a state retaking
// its own ground has no target, and the sides a border crossing lies
// "between" are none.
func TestTerritoryTaken(t *testing.T) {
	checkEvents(t, []eventCase{
		{"retook several districts", "2021-08-02", "Afghan government forces retook several districts in Helmand province on Monday.", []string{"AFGMIL  192"}, []string{"AFGMIL AFG 190", "AFGMIL AFG 192"}},
		{"had taken the town of X", "2016-03-01", "Islamic State fighters had taken the town of Wesh before the army arrived.", []string{" 192"}, []string{" 190"}},
		{"captured the crossing between A and B", "2021-07-14", "The Taliban captured the main border crossing between Afghanistan and Pakistan on Wednesday.", []string{" 192"}, []string{"PAK 192", "PAK 173", "AFG 173"}},
		{"retaken after fighting stays 190", "1985-04-10", "Vietnamese-led forces have retaken a strategic village in Western Cambodia after fierce fighting with guerrillas.", nil, []string{" 192"}},
	})
}

// TestEthnicCivilians: an ethnic group's residents, villagers or
// families in a place the sentence names in another state are that
// state's civilians, not the demonym's state.
func TestEthnicCivilians(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Uzbek residents in a Kyrgyz city", "2010-06-12", "Kyrgyz soldiers fired on Uzbek residents in the southern city of Osh, Kyrgyzstan.", []string{"KGZMIL KGZCVL 190"}, []string{"UZBCVL"}},
		{"Somali villagers in Ethiopia", "2008-06-12", "Ethiopian troops attacked Somali villagers in the Ogaden region of Ethiopia.", []string{"ETHMIL ETHCVL 190"}, []string{"SOMCVL"}},
		{"no other place keeps the demonym", "2010-06-12", "Kyrgyz soldiers fired on Uzbek residents.", []string{"KGZMIL UZBCVL 190"}, nil},
	})
}
