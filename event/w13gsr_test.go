package event

import "testing"

// TestW13Charges checks that the content of a charge ("accused X of
// V-ing", "blamed X for V-ing") is no event of its own: CAMEO codes the
// accusation, not what it alleges (session 13, GSR and fresh news sets).
func TestW13Charges(t *testing.T) {
	checkWorld(t, []worldCase{
		{"accused troops of crossing the border", "2020-06-17", "Pakistan accused Afghan troops of crossing the border.", []string{"PAK AFGMIL 112"}, []string{"AFGMIL"}},
		{"accused troops of illegally crossing", "2020-06-17", "Pakistan accused Afghan troops of illegally crossing the border.", []string{"PAK AFGMIL 112"}, []string{"AFGMIL"}},
		{"accused X of sending troops", "2014-03-02", "Ukraine accused Russia of sending troops into Crimea.", []string{"UKR RUS 112"}, []string{"RUS"}},
		{"a nominal act inside the gerund's object", "2008-11-30", "Indian officials accused Pakistani militants of carrying out the Mumbai attacks.", []string{"INDGOV PAKREB 112"}, []string{"PAKREB"}},
		{"accused X of shooting down", "2015-11-25", "Putin accused Turkey of shooting down a Russian jet.", []string{"RUSGOV TUR 112"}, []string{"TUR"}},
		{"blamed X for launching rockets", "2019-02-15", "India blamed Pakistani militants for launching rockets at the base.", []string{"IND PAKREB 112"}, []string{"PAKREB"}},
		{"a criticised act stays", "2022-05-01", "Turkey criticised Israel for bombing Gaza.", []string{"TUR ISR 111", "ISR PSE 195"}, nil},
	})
}

// TestW13ShootDown checks that shooting an aircraft down is force (190),
// as CAMEO's own verb dictionary codes SHOOT_DOWN, not an air attack.
func TestW13ShootDown(t *testing.T) {
	checkWorld(t, []worldCase{
		{"shot down a jet", "2019-02-27", "Pakistan shot down an Indian fighter jet over Kashmir.", []string{"PAK INDMIL 190"}, []string{"PAK INDMIL 195"}},
		{"downed drones", "2024-05-05", "Ukraine says it downed 30 Russian drones overnight.", []string{"UKR RUS 190"}, []string{"UKR RUS 195"}},
	})
}

// TestW13Talks checks that talks and negotiations are a negotiation
// (046) however they are written, as "held talks" is and as CAMEO's verb
// dictionary codes talks begun, resumed or continued; a meeting or summit
// stays a consultation (040).
func TestW13Talks(t *testing.T) {
	checkWorld(t, []worldCase{
		{"talks between X and Y", "2023-11-20", "Talks between Israel and Hamas on a hostage deal continued in Doha.", []string{"ISR PSEREB 046", "PSEREB ISR 046"}, []string{"ISR PSEREB 040"}},
		{"hosted peace talks", "2018-02-08", "Cuba hosted peace talks between the Colombian government and ELN rebels.", []string{"COLGOV COLREB 046", "COLREB COLGOV 046"}, []string{"COLGOV COLREB 040"}},
		{"consultations stay a consultation", "2018-06-12", "Consultations between Russia and China continued in Moscow.", []string{"RUS CHN 040"}, []string{"RUS CHN 046"}},
		{"a summit stays a meeting", "2018-06-12", "The Russia-China summit ended in Moscow.", []string{"RUS CHN 040"}, []string{"RUS CHN 046"}},
		{"a hyphen pair's talks", "2018-06-12", "Russia-Ukraine talks stall in Egypt.", []string{"RUS UKR 046"}, []string{"RUS UKR 040"}},
	})
}

// TestW13AirForce checks that force used by warplanes, jets, drones or an
// air force is an air attack (195), whatever the verb ("struck", "hit",
// "attacked"); ground forces keep 190.
func TestW13AirForce(t *testing.T) {
	checkWorld(t, []worldCase{
		{"warplanes struck", "2015-04-01", "Saudi-led warplanes struck Houthi positions in the Yemeni capital Sanaa.", []string{"SAUMIL YEMREB 195"}, []string{"SAUMIL YEMREB 190"}},
		{"an air force struck", "2015-04-01", "The Syrian air force struck rebel positions near Aleppo.", []string{"SYRMIL SYRREB 195"}, nil},
		{"a demonym before drones", "2023-05-30", "Russian drones hit Kyiv overnight.", []string{"RUS UKR 195"}, nil},
		{"an air strike hit", "2018-08-10", "A Saudi-led coalition air strike hit a school bus in northern Yemen.", []string{"SAUMIL YEM 195"}, []string{"SAUMIL YEM 190"}},
		{"a drone strike killed", "2020-01-03", "An Israeli air strike killed a Hamas commander in Gaza.", []string{"ISR PSEREB 195"}, nil},
		{"troops stay ground force", "2022-03-01", "Russian troops attacked Ukrainian positions.", []string{"RUSMIL UKR 190"}, []string{"RUSMIL UKR 195"}},
	})
}

// TestW13HomeCivilians checks that civilians acted on by a state's own
// forces at a place of that state are its civilians; civilians acted on
// by others, or beside a place named for its state, keep no country.
func TestW13HomeCivilians(t *testing.T) {
	checkWorld(t, []worldCase{
		{"troops and civilians at home", "2022-06-01", "Malian troops allegedly executed dozens of civilians in the central region of Mopti.", []string{"MLIMIL MLICVL 1823"}, nil},
		{"civilians after a foreign force keep their own", "2022-04-03", "Russian troops killed civilians in Bucha.", []string{"RUSMIL UKRCVL 190"}, []string{"RUSMIL RUSCVL"}},
		{"insurgents of no state", "2012-07-16", "Insurgents shelled a village near Aleppo, killing civilians.", nil, []string{"REB SYRCVL"}},
		{"a place used for its state", "2015-01-01", "The civilians imprisoned for acting against Moscow were released by Putin.", []string{"RUSGOV CVL 0841"}, []string{"RUSGOV RUSCVL"}},
	})
}

// TestW13HomeRebels checks the two sides of a domestic conflict: rebels
// who talk or fight with a state's government (or its forces at home)
// are that state's, "government troops" beside one state's rebels are
// its armed forces, and a modifier after "and" still joins a list.
func TestW13HomeRebels(t *testing.T) {
	checkWorld(t, []worldCase{
		{"government and communist rebels", "2017-01-01", "The Philippine government and communist rebels resumed peace talks in Oslo after a two-year break.", []string{"PHLGOV PHLREB 046", "PHLREB PHLGOV 046"}, nil},
		{"troops and rebels at home", "2012-07-16", "Syrian government troops and rebels clashed near Aleppo.", []string{"SYRMIL SYRREB 190", "SYRREB SYRMIL 190"}, nil},
		{"rebels and government troops", "2012-07-16", "Syrian rebels and government troops clashed in several districts of Damascus.", []string{"SYRREB SYRMIL 190", "SYRMIL SYRREB 190"}, nil},
		{"foreign troops and insurgents", "2004-04-29", "US troops and insurgents clashed in Fallujah.", []string{"USAMIL REB 190"}, []string{"USAMIL USAREB"}},
		{"government forces beside foreign troops", "2004-04-29", "US troops helped government forces retake the town.", nil, []string{"USAMIL USAMIL"}},
	})
}

// TestW13RelativeOwner checks that "its" after a relative clause that
// sits between a subject and its verb refers to the subject, not to an
// actor inside the clause.
func TestW13RelativeOwner(t *testing.T) {
	checkWorld(t, []worldCase{
		{"its troops after a relative clause", "2015-06-01", "The Nigerian army, which has been fighting Boko Haram for years, said its troops had arrested 20 suspected militants.", []string{"NGAMIL REB 173"}, []string{"NGAREB REB 173", "NGAREB  173"}},
		{"no relative clause: the nearest actor", "2015-06-01", "The Nigerian army said its troops had arrested 20 suspected militants.", []string{"NGAMIL REB 173"}, nil},
	})
}

// TestW13OfficeBody checks that the holder of an international body's
// office is coded as the body (IGOUNO, IGOWSTNAT, IGOEUREEC), not as
// its short name ("UN") or a state sector of it ("EUGOV").
func TestW13OfficeBody(t *testing.T) {
	checkWorld(t, []worldCase{
		{"UN secretary-general", "2015-06-01", "Ban Ki-moon criticised Israel.", []string{"IGOUNO ISR 111"}, []string{"UN "}},
		{"NATO secretary-general", "2015-06-01", "NATO Secretary-General Jens Stoltenberg criticised Russia.", []string{"IGOWSTNAT RUS 111"}, []string{"NATO "}},
		{"EU high representative", "2021-06-01", "The European Union's foreign policy chief, Josep Borrell, criticised Hungary.", []string{"IGOEUREEC HUN 111"}, []string{"EUGOV", "ESPGOV"}},
	})
}

// TestW13HomeInsurgents checks that bare militants or rebels acted on by
// a state's own forces at a place of that state are its insurgents.
func TestW13HomeInsurgents(t *testing.T) {
	checkWorld(t, []worldCase{
		{"troops and militants at home", "2015-06-01", "Pakistani troops killed seven militants in a raid in North Waziristan, the military's media wing said.", []string{"PAKMIL PAKREB 190"}, nil},
		{"fighting rebels at home", "2023-08-10", "Malian troops were fighting rebels near Kidal.", []string{"MLIMIL MLIREB 190"}, nil},
		{"rebels beside a place used for its state", "2015-06-01", "Pakistani troops killed rebels who had come from Afghanistan.", nil, []string{"PAKMIL AFGREB", "PAKMIL PAKREB"}},
	})
}

// TestW13Counterparts checks "X and his <demonym> counterpart Y" as one
// list and "discussed … by phone" as the call alone.
func TestW13Counterparts(t *testing.T) {
	checkWorld(t, []worldCase{
		{"and his counterpart, by phone", "2021-06-01", "Colombian President Ivan Duque and his Brazilian counterpart Jair Bolsonaro discussed the crisis in Venezuela by phone.",
			[]string{"COLGOV BRAGOV 041", "BRAGOV COLGOV 041"}, []string{"COLGOV BRAGOV 040", "BRAGOV  "}},
		{"and his counterpart signed", "2023-03-21", "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin signed a joint statement in Moscow.",
			[]string{"CHNGOV RUSGOV 057", "RUSGOV CHNGOV 057"}, nil},
	})
}

// TestW13Retreat checks that the place a force withdraws from is the
// retreat's target (0874), as the place a force attacks is.
func TestW13Retreat(t *testing.T) {
	checkWorld(t, []worldCase{
		{"withdrew from a city", "2022-11-11", "Russian troops withdrew from Kherson.", []string{"RUSMIL UKR 0874"}, nil},
		{"started pulling out of a city", "2022-11-11", "Russian troops started pulling out of Kherson.", []string{"RUSMIL UKR 0874"}, nil},
		{"a candidate's race is no place", "2022-11-11", "The senator withdrew from the race in Ohio.", nil, []string{"USA"}},
	})
}

// TestW13PossModifiers checks that participles, adverbs and hyphenated
// compounds between a possessive state and its agent noun keep the
// agent the state's ("Libya's UN-recognised government" is LBYGOV, the
// UN no party, "recognised" no recognition).
func TestW13PossModifiers(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a hyphenated compound naming a body", "2019-07-03", "Libya's UN-recognised government accused Haftar of bombing a detention centre.", []string{"LBYGOV LBY 1123"}, []string{"IGOUNO", "LBY LBY"}},
		{"an adverb and a participle", "2019-07-03", "Libya's internationally recognised government accused Haftar of bombing a detention centre.", []string{"LBYGOV LBY 1123"}, []string{"LBY LBY 054", "LBYGOV LBY 054"}},
		{"a hyphenated compound naming a state", "2019-07-03", "Yemen's Saudi-backed government accused the Houthis of attacking Aden.", []string{"YEMGOV YEMREB 1123"}, []string{"SAU"}},
		{"a hyphenated compound naming a sector", "2021-06-01", "Mali's military-led government expelled the French ambassador.", []string{"MLIGOV FRAGOV 166"}, nil},
	})
}

// TestW13FormerAndBodies checks people and bodies coded through their
// titles: a "former" title holds no office (the KB at the event's date
// decides; with no office an elite, CAMEO's FORMER_PRESIDENT), and a
// state body the KB does not know after a possessive state takes its
// last word's sector ("Brazil's Supreme Court" → BRAJUD).
func TestW13FormerAndBodies(t *testing.T) {
	checkWorld(t, []worldCase{
		{"former prime minister out of office", "2016-06-01", "Police arrested former Pakistani Prime Minister Imran Khan in Islamabad.", []string{"PAKCOP PAKELI 173"}, []string{"PAKCOP PAKGOV"}},
		{"former president out of office", "2016-06-01", "Brazil's Supreme Court ordered the arrest of former president Luiz Inacio Lula da Silva.", []string{"BRAJUD BRAELI 173"}, []string{"BRA BRAGOV", "BRAJUD BRAGOV"}},
		{"a 'former' title the KB contradicts", "2016-06-01", "Former Pakistani Prime Minister Nawaz Sharif visited China.", []string{"PAKGOV CHN 042"}, nil},
	})
}

// TestW13DomesticDissent checks that the opposition, students, workers
// or farmers a state coerces, releases or pardons are its own, and that
// farmers are local people of the event's place, as workers are.
func TestW13DomesticDissent(t *testing.T) {
	checkWorld(t, []worldCase{
		{"banned opposition rallies", "2016-06-01", "Zambia's government banned opposition rallies ahead of the election.", []string{"ZMBGOV ZMBOPP 1722"}, nil},
		{"pardoned an opposition leader", "2018-09-15", "Rwanda's President Paul Kagame pardoned opposition leader Victoire Ingabire.", []string{"RWAGOV RWAOPP 056"}, nil},
		{"farmers at a place", "2020-11-26", "Indian police fired tear gas and used batons to disperse thousands of farmers marching on New Delhi.", []string{"INDCOP INDAGR 175"}, nil},
		{"executed activists", "2022-07-25", "Myanmar's junta executed four pro-democracy activists, including a former lawmaker.", []string{"MMRMIL MMROPP 1823"}, nil},
		{"gunmen of no state", "2022-07-25", "Gunmen killed opposition activists.", []string{"UAF OPP 180"}, nil},
		{"a sanction stays aimed at nobody's", "2016-06-01", "The United States imposed sanctions on opposition groups.", nil, []string{"USA USAOPP"}},
	})
}

// TestW13Behind checks "X said Y was behind the attack" as X's
// accusation of Y, and that soldiers an insurgency fights at home are its
// state's.
func TestW13Behind(t *testing.T) {
	checkWorld(t, []worldCase{
		{"were behind the attack", "2019-01-18", "Colombia's defence minister said FARC dissidents were behind the car bomb attack in Bogota.", []string{"COLGOV COLREB 112"}, nil},
		{"was behind the cyber attack", "2019-01-18", "Ukraine said Russia was behind the cyber attack.", []string{"UKR RUS 112"}, nil},
		{"behind bars is no charge", "2019-01-18", "Ukraine said Russian soldiers were behind bars.", nil, []string{"UKR RUS"}},
		{"soldiers at home", "2017-06-01", "Somalia's government said al Shabaab militants had killed 12 soldiers in an attack on a base near Mogadishu.", []string{"SOMREB SOMMIL 190"}, nil},
		{"foreign troops keep their own", "2017-06-01", "Taliban fighters ambushed US troops in Kandahar.", []string{"AFGREB USAMIL 180"}, []string{"AFGREB AFGMIL"}},
	})
}

// TestW13EthnicModifier checks that a people's or faction's name between
// a demonym and an agent noun keeps the agent the state's.
func TestW13EthnicModifier(t *testing.T) {
	checkWorld(t, []worldCase{
		{"Tuareg rebels", "2012-06-01", "Malian Tuareg rebels seized the northern town of Kidal on Friday.", []string{"MLIREB MLI 192"}, []string{"REB MLI"}},
		{"Sunni militants", "2014-06-01", "Iraqi Sunni militants attacked a police station in Ramadi.", []string{"IRQREB IRQ 180"}, nil},
		{"a title after a demonym stays", "2019-06-01", "Russian President Vladimir Putin met Chinese President Xi Jinping.", []string{"RUSGOV CHNGOV 040"}, nil},
	})
}

// TestW13PurposeForce checks that fighting named as the purpose of a
// request or a deployment is no fight, while an instrument's attack, an
// ordered attack and a vowed one keep their rules.
func TestW13PurposeForce(t *testing.T) {
	checkWorld(t, []worldCase{
		{"assistance to fight", "2018-06-01", "Nigeria requested military assistance from the United States to fight Boko Haram.", []string{"NGA USA 020"}, []string{"NGA NGAREB 19", "NGAREB NGA"}},
		{"troops to fight", "2015-09-30", "Russia sent troops to Syria to fight rebels.", nil, []string{"RUS REB 19", "RUS SYRREB 19"}},
		{"an offensive to retake", "2008-08-08", "Georgian troops launched a major offensive to retake the breakaway region of South Ossetia.", []string{"GEOMIL XSO 190"}, nil},
		{"used drones to attack", "2023-06-01", "Rebels used drones to attack the airport in Goma.", []string{"REB COD 180"}, nil},
		{"vowed to attack", "2017-08-09", "North Korea vowed to attack the United States.", []string{"PRK USA 138"}, nil},
	})
}

// TestW13TheCountrys checks that "the country's <title>" is the state
// named before it in the sentence.
func TestW13TheCountrys(t *testing.T) {
	checkWorld(t, []worldCase{
		{"the country's president", "2008-08-06", "Mauritania's army seized power in a coup and detained the country's president and prime minister, officials said.", []string{"MRTMIL MRTGOV 173"}, nil},
		{"after a located agent", "2023-07-27", "Soldiers in Niger detained the country's president on Wednesday.", []string{"NERMIL NERGOV 173"}, nil},
	})
}

// TestW13StateTitle checks that a person the KB gives no office at the
// event's date takes the sector of the state's title before the name.
func TestW13StateTitle(t *testing.T) {
	checkWorld(t, []worldCase{
		{"opposition leader", "2008-08-06", "Zimbabwe's opposition leader Morgan Tsvangirai met President Robert Mugabe for the first time in a decade.", []string{"ZWEOPP ZWEGOV 040"}, []string{"ZWE ZWEGOV"}},
		{"the KB's office wins", "2008-08-06", "Russia's former president Dmitry Medvedev criticised Ukraine.", []string{"RUSGOV UKR 111"}, nil},
	})
}

// TestW13SingleBase checks that a group's single base, camp or
// stronghold names the group, as its positions do.
func TestW13SingleBase(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a rebel base", "2008-08-06", "Sri Lankan troops captured a key rebel base in the north.", []string{"LKAMIL REB 190"}, nil},
		{"a military base in a place", "2024-09-18", "The rebels attacked a military base in Arauca.", []string{"REB COLMIL 180"}, nil},
	})
}

// TestW13RefusedAct checks that a refusal to do something is one
// rejection, not also a bare refusal to yield (124).
func TestW13RefusedAct(t *testing.T) {
	checkWorld(t, []worldCase{
		{"refused to sign a pact with", "2013-11-25", "Afghan President Hamid Karzai refused to sign a security pact with the United States.", []string{"AFGGOV USA 120"}, []string{"AFGGOV USA 124"}},
		{"refused to release", "2013-11-25", "Israel refused to release Palestinian prisoners.", []string{"ISR PSECVL 1243"}, nil},
	})
}

// TestW13BorderAndPartisans checks that a demonym before "border" says
// where, not who, and that "X's supporters" are partisans as "supporters
// of X" are.
func TestW13BorderAndPartisans(t *testing.T) {
	checkWorld(t, []worldCase{
		{"the Colombian border", "2019-02-23", "Venezuelan soldiers clashed with smugglers on the Colombian border.", []string{"VENMIL CRM 190"}, []string{"VENMIL COL", "COL "}},
		{"X's supporters", "2019-02-23", "Guaido's supporters clashed with national guard troops on the Colombian border.", []string{"VENCVL MIL 190"}, []string{"VEN COL", "COL "}},
		{"force at the border keeps the place", "2019-02-23", "Indian troops shelled villages on the Pakistani border.", []string{"INDMIL PAK 194"}, nil},
	})
}

// TestW13PartyRebels checks that a party the text calls rebels is an
// armed rebellion (REB), without spreading the word to a list before it.
func TestW13PartyRebels(t *testing.T) {
	checkWorld(t, []worldCase{
		{"the UNITA rebels", "2002-04-04", "Angola and the UNITA rebels signed a ceasefire in Luanda.", []string{"AGO AGOREB 057", "AGOREB AGO 057"}, []string{"AGOPTY", "AGOREB AGOREB"}},
		{"Renamo rebels", "2019-08-06", "Mozambique's government and Renamo rebels signed a peace deal in Maputo on Tuesday.", []string{"MOZGOV MOZREB 057"}, []string{"MOZGOV MOZPTY"}},
	})
}

// TestW13BackedByWeapons checks that weapons backing a force are no
// supporter of it.
func TestW13BackedByWeapons(t *testing.T) {
	checkWorld(t, []worldCase{
		{"backed by tanks", "2011-04-25", "Syria's army, backed by tanks, stormed the southern city of Deraa.", []string{"SYRMIL SYR 190"}, []string{"MIL SYRMIL 05"}},
		{"backed by an alliance stays", "2011-08-15", "Libyan rebels, backed by NATO air strikes, seized the western town of Zawiyah.", []string{"IGOWSTNAT LBYREB 072"}, nil},
	})
}

// TestW13SaidUnacceptable checks "X said Y's acts were unacceptable
// (illegal …)" as X's rebuke of Y, and a judgement of no one named as
// no event.
func TestW13SaidUnacceptable(t *testing.T) {
	checkWorld(t, []worldCase{
		{"said Y's actions were unacceptable", "2015-06-01", "Britain's foreign secretary, Philip Hammond, said Russia's actions in Ukraine were unacceptable.", []string{"GBRGOV RUS 111"}, nil},
		{"said the Y sanctions were illegal", "2015-06-01", "China said the US sanctions were illegal.", []string{"CHN USA 111"}, nil},
		{"no one named", "2015-06-01", "Germany said the situation was unacceptable.", nil, []string{"DEU  111", "DEU  11"}},
	})
}

// TestW13EvacuatePeople checks that evacuating nationals or citizens is
// no military retreat, while evacuating a place stays one.
func TestW13EvacuatePeople(t *testing.T) {
	checkWorld(t, []worldCase{
		{"evacuate foreign nationals", "2000-05-08", "British paratroopers arrived in Freetown to evacuate foreign nationals.", nil, []string{"GBRMIL CVL 0874", "GBRMIL  0874"}},
		{"evacuated its citizens", "2022-03-01", "India evacuated its citizens from Ukraine.", nil, []string{"IND UKR 0874"}},
		{"evacuated a city", "2022-11-11", "Russian troops evacuated Kherson.", []string{"RUSMIL UKR 0874"}, nil},
	})
}

// TestW13Brokers checks that the brokers of an agreement ("brokered by
// X") mediate and are no party of the agreement itself.
func TestW13Brokers(t *testing.T) {
	checkWorld(t, []worldCase{
		{"a ceasefire brokered by", "2023-05-20", "Sudan's army and the paramilitary Rapid Support Forces agreed to a 72-hour ceasefire brokered by the United States and Saudi Arabia.",
			[]string{"USA SDNMIL 045", "SDNMIL SDNREB 030"}, []string{"SDNMIL USA 03", "SDNMIL SAU 03"}},
		{"a deal mediated by", "2020-11-10", "Armenia and Azerbaijan signed a deal mediated by Russia.", []string{"ARM AZE 057", "RUS ARM 045"}, []string{"ARM RUS 057"}},
	})
}
