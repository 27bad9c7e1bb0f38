package event

import "testing"

// TestW14EVGroupAfterOf: an agent word after "of" or "the" before a
// group noun ("hundreds of opposition supporters", "thousands of rebel
// fighters") names people of that group, not a modifier of a thing as
// in "a wave of insurgent attacks" (W14 EV).
func TestW14EVGroupAfterOf(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"hundreds of opposition supporters", "2015-08-29", "Malaysian police detained hundreds of opposition supporters.", []string{"MYSCOP MYSOPP 173"}, nil},
		{"a count keeps working", "2015-08-29", "Malaysian police detained 300 opposition supporters.", []string{"MYSCOP MYSOPP 173"}, nil},
		{"a wave of insurgent attacks stays a thing", "2015-08-29", "A wave of insurgent attacks hit Baghdad on Monday.", nil, []string{"REB"}},
	})
}

// TestW14EVRoleNouns: fishermen are civilians, monks and nuns clergy,
// hitmen, drug cartels and gang members criminals; criminals and clergy
// of no named state that a state's forces arrest or beat are that
// state's, as its dissidents are (W14 EV).
func TestW14EVRoleNouns(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"fishermen", "2017-03-14", "Sri Lanka's navy arrested 54 Indian fishermen.", []string{"LKAMIL INDCVL 173"}, nil},
		{"a cartel hitman", "2007-02-08", "Mexican troops arrested a suspected drug cartel hitman.", []string{"MEXMIL MEXCRM 173"}, nil},
		{"gang members", "2024-01-12", "Ecuador's army arrested hundreds of suspected gang members.", []string{"ECUMIL ECUCRM 173"}, nil},
		{"monks", "2007-09-27", "Buddhist monks were beaten by Myanmar security forces.", []string{"MMRCOP MMRREL"}, nil},
	})
}

// TestW14EVMilitarySupply: weapons supplied to someone "with" them, or
// given as a second object ("gave Ukraine its S-300 air defence
// system"), are military aid to the recipient; rockets "sent into" a
// state are fire at it (W14 EV).
func TestW14EVMilitarySupply(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"supplied with missiles", "2018-01-09", "Iran has supplied Yemen's Houthi rebels with missiles and drones.", []string{"IRN YEMREB 072"}, nil},
		{"passive supplied with", "2022-05-01", "Ukraine was supplied with missiles by Britain.", []string{"GBR UKR 072"}, nil},
		{"gave a defence system", "2022-04-08", "Slovakia gave Ukraine its S-300 air defence system.", []string{"SVK UKR 072"}, nil},
		{"sent rockets into", "2023-10-10", "Hamas sent rockets into Israel.", []string{"PSEREB ISR 194"}, []string{"072"}},
		{"sent missiles to stays aid", "2022-05-01", "Germany sent missiles to Ukraine.", []string{"DEU UKR 072"}, []string{"194"}},
	})
}

// TestW14EVAppeals: an appeal for military help (0232), to return to
// talks (026), and a warning against an action addressed to a state
// named by more than two words (110) (W14 EV).
func TestW14EVAppeals(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"asked for military help", "2013-01-11", "Mali's interim president asked Paris for military help.", []string{"MLIGOV FRA 0232"}, nil},
		{"urged to return to talks", "2015-06-05", "China urged Manila to return to bilateral talks.", []string{"CHN PHL 026"}, nil},
		{"warned the United States against", "2017-09-04", "China warned the United States against any military action.", []string{"CHN USA 110"}, []string{"130"}},
	})
}

// TestW14EVPrepositionalInsertion: a prepositional phrase set off by
// commas between a subject and its verb ("X, under pressure to respond
// to a sinking that killed 46 sailors, suspended …") names no subject;
// the actor before it acts (W14 EV).
func TestW14EVPrepositionalInsertion(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"under a state of emergency", "2024-01-12", "Ecuador's army, under a state of emergency declared by President Daniel Noboa after gunmen stormed a television station, arrested hundreds of suspected gang members.", []string{"ECUMIL ECUCRM 173"}, []string{"UAF CRM"}},
		{"under pressure", "2010-05-24", "South Korean President Lee Myung-bak, under pressure to respond to the sinking of a navy corvette that killed 46 sailors in March, suspended nearly all trade with North Korea on Monday.", []string{"KORGOV PRK"}, []string{"MIL PRK"}},
	})
}

// TestW14EVTradeSuspended: trade, imports or exports suspended or halted
// are an embargo (163), as a ban on imports is (W14 EV).
func TestW14EVTradeSuspended(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"suspended bilateral trade", "2019-08-07", "Pakistan suspended bilateral trade with India on Wednesday.", []string{"PAK IND 163"}, []string{"160"}},
		{"suspended relations stays 160", "2019-08-07", "Pakistan suspended relations with India on Wednesday.", []string{"PAK IND 160"}, []string{"163"}},
	})
}

// TestW14EVDrones: drones fired or launched at a target are aerial
// weapons (195), as CAMEO's verb dictionary files them with aircraft;
// rockets and missiles stay artillery fire (194) (W14 EV).
func TestW14EVDrones(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"launched drones", "2023-05-30", "Russia launched drones at Kyiv overnight.", []string{"RUS UKR 195"}, []string{"194"}},
		{"launched missiles stays 194", "2023-05-30", "Russia launched missiles at Kyiv.", []string{"RUS UKR 194"}, nil},
	})
}

// TestW14EVMannerNominal: a conflict noun in an "in"/"during" phrase
// after the object of a conflict verb ("killed 12 militants in
// clashes") says how that act was done; the victims do not clash with
// the place (W14 EV).
func TestW14EVMannerNominal(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"killed in clashes", "2015-08-10", "Pakistani security forces killed 12 militants in clashes in the northwestern tribal region of North Waziristan.", []string{"PAKCOP PAKREB 190"}, []string{"REB PAK"}},
		{"clashed in fighting", "2012-11-20", "Rebels clashed with troops in fighting near Goma.", []string{"REB MIL 190"}, []string{"REB COD"}},
		{"a clash as the main verb stays", "2012-11-20", "Rebels clashed with troops near Goma.", []string{"REB MIL 190"}, nil},
	})
}

// TestW14EVNounInfinitive: a verb coordinated after a noun's infinitive
// ("denounced a Philippine plan to take the dispute to court, and urged
// Manila …") shares the clause subject, not the subject the plan's
// infinitive was given (W14 EV).
func TestW14EVNounInfinitive(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"plan to take, and urged", "2015-06-05", "China denounced a Philippine plan to take the dispute to court, and urged Manila to return to bilateral talks.", []string{"CHN PHL 026"}, []string{"PHL PHL"}},
	})
}

// TestW14EVPerfectRelative: a perfect-tense relative clause ("which have
// been fighting since April", "who had crossed into the country") tells
// an actor's history, no event the sentence reports; a past-tense one
// is left as it was (W14 EV).
func TestW14EVPerfectRelative(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"which have been fighting", "2023-05-02", "Sudan's army and the Rapid Support Forces, which have been fighting in the capital since mid-April, failed to observe a seven-day truce.", nil, []string{"190"}},
		{"who had crossed", "2021-04-20", "Chad's army said its forces had killed more than 300 rebels who had crossed into the country from Libya.", []string{"TCDMIL REB 190"}, []string{"192"}},
		{"a past relative stays", "2022-03-01", "Russian troops, who attacked Kharkiv on Monday, shelled Kyiv.", []string{"RUSMIL UKR 194", "RUSMIL UKR 190"}, nil},
	})
}

// TestW14EVHosted: a leader hosted by another visited the host (042),
// as one received does; a government hosting its own region's leaders
// visits nobody (W14 EV).
func TestW14EVHosted(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"hosted a president", "2023-04-05", "Polish President Andrzej Duda hosted Ukrainian President Volodymyr Zelensky in Warsaw on Wednesday.", []string{"POLGOV UKRGOV 043", "UKRGOV POLGOV 042"}, nil},
		{"hosted talks stays mediation", "2020-02-29", "Qatar hosted talks between the United States and the Taliban.", []string{"QAT USA 045"}, []string{"042"}},
		{"no visit to oneself", "2023-05-30", "Brazil's President Lula hosted South American leaders in Brasilia.", nil, []string{"BRAGOV BRAGOV 042"}},
	})
}

// TestW14EVDestroyedArmour: forces destroying tanks or artillery
// positions fight (190); shops destroyed stay destroyed property (W14 EV).
func TestW14EVDestroyedArmour(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"destroyed tanks", "2020-09-27", "Azerbaijan's defence ministry said its forces had destroyed several Armenian tanks and artillery positions in Nagorno-Karabakh.", []string{"AZEMIL ARMMIL 190"}, []string{"1712"}},
		{"destroyed shops", "2020-10-21", "Rioters destroyed shops in Lagos.", []string{" 1712"}, []string{"190"}},
	})
}

// TestW14EVOwnCivilians: civilians of no named state whom a state's
// soldiers or police free, or its police arrest, are its own; civilians
// a leader releases (a swap) or forces shell keep the place's state or
// none (W14 EV).
func TestW14EVOwnCivilians(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"soldiers freed women", "2015-04-28", "Nigerian soldiers freed nearly 300 women and girls held by Boko Haram.", []string{"NGAMIL NGACVL 0841"}, nil},
		{"police arrested people", "2015-04-28", "Kenyan police arrested 20 people in Nairobi.", []string{"KENCOP KENCVL 173"}, nil},
		{"a leader's release keeps none", "2015-04-28", "The civilians imprisoned for acting against Moscow were released yesterday by Putin himself.", nil, []string{"RUSCVL"}},
	})
}

// TestW14EVAppealsAndAid: requests for emergency aid (0233), appeals to
// withdraw troops (0256), offers to send doctors (0333) and a party
// dissolved (1722) (W14 EV).
func TestW14EVAppealsAndAid(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"asked for emergency aid", "2010-03-02", "Chile asked the United Nations for emergency aid on Tuesday.", []string{"CHL IGOUNO 0233"}, nil},
		{"urged to withdraw troops", "2012-10-02", "Somalia's president urged Kenya on Tuesday to withdraw its troops from the southern port of Kismayo.", []string{"SOMGOV KEN 0256"}, nil},
		{"offered to send doctors", "2010-01-14", "Cuba offered to send more doctors to Haiti after the earthquake.", []string{"CUB HTI 0333"}, nil},
		{"dissolved the opposition party", "2017-11-16", "Cambodia's Supreme Court dissolved the main opposition party at the government's request.", []string{"KHMJUD KHMOPP 1722"}, nil},
	})
}

// TestW14EVParticipleModifier: an -ing participle right after an actor
// in a sentence with a finite event verb describes that actor
// ("students protesting against pension reforms"), no event of its own;
// alone it stays (W14 EV).
func TestW14EVParticipleModifier(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"students protesting", "2018-04-20", "Nicaraguan riot police fired rubber bullets at students protesting against pension reforms in Managua.", []string{"NICCOP NICEDU 175"}, []string{"140"}},
		{"people marching", "2019-02-12", "Thousands of people marching in Caracas clashed with police.", []string{"VENCOP"}, []string{"141"}},
		{"a headline participle stays", "2019-02-12", "Students protesting against pension reforms in Managua.", []string{"140"}, nil},
	})
}

// TestW14EVArmedGroupSeizure: an armed group arrests nobody; the people
// it captures or detains are abducted (181), while police detention
// stays an arrest (173) (W14 EV).
func TestW14EVArmedGroupSeizure(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"guerrillas captured soldiers", "2006-07-12", "Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid.", []string{"LBNREB ISRMIL 181"}, []string{"173"}},
		{"police detained fighters", "2019-07-12", "Afghan police detained two Taliban fighters.", []string{"AFGCOP AFGREB 173"}, []string{"181"}},
	})
}

// TestW14EVUnassertedReport: what a speaker did not say or has not
// confirmed did not happen by that report: the negation of the
// reporting verb reaches its content (W14 EV).
func TestW14EVUnassertedReport(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"did not say that", "2022-02-25", "Russia did not say that its forces attacked Ukraine.", nil, []string{"RUSMIL UKR"}},
		{"never said", "2022-02-25", "Russia never said its forces shelled Kharkiv.", nil, []string{"RUSMIL UKR"}},
		{"said stays asserted", "2022-02-25", "Russia said that its forces attacked Ukraine.", []string{"RUSMIL UKR 190"}, []string{"neg"}},
	})
}

// TestW14EVDemandRelease: a demand that a state free people is a demand
// for their release (1053) addressed to that state; asking a third party
// to help resolve a dispute asks it to mediate (028) (W14 EV).
func TestW14EVDemandRelease(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"demanded that Colombo free", "2017-03-14", "India's foreign ministry demanded that Colombo free the fishermen.", []string{"INDGOV LKA 1053"}, []string{"100"}},
		{"prompted to demand", "2017-03-14", "The arrests prompted India's foreign ministry to demand that Colombo free them.", []string{"INDGOV LKA 1053"}, nil},
		{"asked to help resolve a dispute", "2021-04-09", "The Gambia has asked the United Nations to help it resolve a border dispute with Senegal.", []string{"GMB IGOUNO 028"}, []string{"020"}},
	})
}

// TestW14EVHousedTarget: an attack on a facility "housing" an actor's
// troops is on those troops, not on the facility's state (W14 EV).
func TestW14EVHousedTarget(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"bases housing troops", "2020-01-08", "Iran fired ballistic missiles at two Iraqi air bases housing U.S. troops early on Wednesday.", []string{"IRN USAMIL"}, []string{"IRN IRQ"}},
		{"attack on bases housing troops", "2020-01-08", "Iran's missile attack on two Iraqi bases housing U.S. troops caused no casualties.", []string{"IRN USAMIL"}, []string{"IRN IRQ"}},
		{"a plain base stays its state's", "2020-01-08", "Iran fired missiles at two Iraqi air bases.", []string{"IRN IRQ"}, nil},
	})
}

// TestW14EVEnclaveAndAircraft: "the enclave" pounded after Gaza was named
// is Gaza; warplanes pounding or shelling attack from the air (195)
// (W14 EV).
func TestW14EVEnclaveAndAircraft(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"pounded the enclave", "2023-10-10", "Hamas militants fired a barrage of rockets into Israel from Gaza on Tuesday, the Israeli military said, as Israeli warplanes pounded the enclave for a fourth day.", []string{"ISRMIL PSE 195", "PSEREB ISR 194"}, nil},
		{"warplanes pounded", "2023-10-10", "Israeli warplanes pounded Gaza for a fourth day.", []string{"ISRMIL PSE 195"}, []string{"ISRMIL PSE 194"}},
		{"artillery stays 194", "2023-10-10", "Israeli tanks pounded Gaza for a fourth day.", []string{"ISRMIL PSE 194"}, nil},
	})
}

// TestW14EVDemonymList: a head agent noun after a list of three demonyms
// ("French, British and American forces") is every member's, as after
// two (W14 EV).
func TestW14EVDemonymList(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"three demonyms", "2011-03-19", "French, British and American forces launched strikes on Libyan government troops on Saturday.", []string{"FRAMIL LBYMIL", "GBRMIL LBYMIL", "USAMIL LBYMIL"}, []string{"FRA LBYMIL"}},
		{"two demonyms", "2011-03-19", "U.S. and British warplanes bombed Iraqi air defences.", []string{"GBRMIL IRQ 195", "USAMIL IRQ 195"}, nil},
	})
}

// TestW14EVReachedByTelephone: sources "reached by telephone" tell how a
// reporter spoke to them, no call between actors (W14 EV).
func TestW14EVReachedByTelephone(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"reached by telephone", "2012-03-05", "Syrian government forces shelled the district of Baba Amr on Monday, according to activists and residents reached by telephone.", nil, []string{"OPP CVL 041", "CVL OPP 041"}},
		{"spoke by telephone stays a call", "2012-03-05", "Putin spoke by telephone with Erdogan.", []string{"RUSGOV TURGOV 041"}, nil},
	})
}

// TestW14EVBareAppositive: an appositive without an article between the
// subject and its verb ("Iran and Saudi Arabia, regional rivals that have
// backed opposing sides in wars from Yemen to Syria, agreed") names no
// subject (W14 EV).
func TestW14EVBareAppositive(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"regional rivals", "2023-03-10", "Iran and Saudi Arabia, regional rivals that have backed opposing sides in wars from Yemen to Syria, agreed on Friday to restore diplomatic relations.", []string{"IRN SAU", "SAU IRN"}, []string{"SYR"}},
		{"a list stays a list", "2023-03-10", "Syria, Iraq and Iran agreed to share intelligence.", []string{"SYR IRQ"}, nil},
	})
}

// TestW14EVInternationalBody: an international tribunal or court in a
// city sits there; it is not that state's judiciary (W14 EV).
func TestW14EVInternationalBody(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"international tribunal in The Hague", "2016-07-12", "Philippine Foreign Secretary Perfecto Yasay urged China on Tuesday to exercise restraint after an international tribunal in The Hague rejected Beijing's claims.", []string{"PHLGOV CHN 0256"}, []string{"NLDJUD"}},
		{"a court in The Hague stays Dutch", "2016-07-12", "A court in The Hague rejected Beijing's claims.", []string{"NLDJUD CHN"}, nil},
	})
}

// TestW14EVTemporalFrame: an act in a temporal clause after the reported
// content ("…, a day after Indian warplanes struck …") is the writer's
// frame, not what the speaker said: no accusation by the speaker (W14 EV).
func TestW14EVTemporalFrame(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"a day after", "2019-02-27", "Pakistan said on Wednesday its air force had shot down two Indian military jets over Kashmir, a day after Indian warplanes struck what New Delhi described as a militant training camp inside Pakistan.", []string{"INDMIL PAK 195"}, []string{"PAK INDMIL 112"}},
		{"said that they struck stays an accusation", "2019-02-27", "Pakistan said Indian warplanes struck a camp inside Pakistan.", []string{"PAK INDMIL 112"}, nil},
	})
}

// TestW14EVCauseAdjunct: the earlier act a phrase "in retaliation for" or
// "in response to" names is what the event answers, no new event
// (W14 EV).
func TestW14EVCauseAdjunct(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"in retaliation for a strike that killed", "2020-01-08", "Iran fired ballistic missiles at two Iraqi air bases housing U.S. troops in retaliation for the U.S. drone strike that killed Iranian commander Qassem Soleimani.", []string{"IRN USAMIL"}, []string{"USAMIL IRNMIL", "USA IRNMIL"}},
		{"in retaliation for strikes", "2024-01-08", "Hezbollah fired rockets at Israel in retaliation for Israeli strikes on Lebanon.", []string{"LBNREB ISR 194"}, []string{"ISR LBN"}},
	})
}
