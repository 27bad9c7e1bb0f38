package event

import "testing"

// Tests of acts of force.

// TestFactions checks that "troops backing the coup" after "clashed
// with" names which troops (no support event), and that two factions of
// one force that fight are an event.
func TestFactions(t *testing.T) {
	checkEvents(t, []eventCase{
		{"clashed with troops backing the coup", "2015-05-14", "Soldiers loyal to the president clashed with troops backing the coup.", []string{"MIL MIL 190"}, []string{"051"}},
		{"loyalists and mutinous troops", "2015-05-14", "Loyalist soldiers clashed with mutinous troops in the capital.", []string{"MIL MIL 190"}, nil},
		{"the same force is no faction", "2015-05-14", "Soldiers clashed with troops.", nil, []string{"MIL MIL 190"}},
		{"a state backing rebels stays support", "2015-05-14", "Rwanda is backing the rebels.", []string{"RWA REB 051"}, nil},
	})
}

// TestRamming checks a vehicle driven into people by an unnamed
// driver.
// TestBackgroundClash: clashes after "after"/"following"/"amid" came
// before the act and name no side; fighting between two named sides
// stays.
func TestBackgroundClash(t *testing.T) {
	checkEvents(t, []eventCase{
		{"after clashes in a place", "2019-11-03", "Chilean police detained 40 students after clashes in central Santiago.", []string{"CHLCOP CHLEDU 173"}, []string{" CHL 190"}},
		{"after clashes with the police", "2019-11-03", "Police in Santiago detained 40 protesters after clashes with riot police.", []string{"CHLCOP CHLOPP 173"}, []string{" 145", " 190"}},
		{"fighting between named sides stays", "2019-11-03", "Thousands fled after fighting between Chad's army and the rebels.", []string{"TCDMIL REB 190"}, nil},
	})
}

// TestBackgroundProtest: a protest noun after "at"/"during"/"amid" in
// a sentence whose first actor is a state's force is the occasion of the
// force's act, not its protest; the act's object stops at "during"; a
// crowd's own demonstrations stay protests.
func TestBackgroundProtest(t *testing.T) {
	checkEvents(t, []eventCase{
		{"arrests at protests", "2021-01-31", "Police in Moscow detained 4,000 protesters at protests demanding the release of Alexei Navalny.", []string{"RUSCOP "}, []string{" 140", " 141"}},
		{"fire during demonstrations", "2022-10-20", "Police in Chad opened fire on protesters in N'Djamena on Thursday, killing about 50 people during demonstrations against the extension of military rule.", []string{"TCDCOP TCDOPP 175"}, []string{" 141", "MIL 190"}},
		{"the crowd's own demonstrations stay", "2001-05-10", "Palestinian youths threw stones during demonstrations against the Israeli military, officials said.", []string{"ISRMIL 141"}, nil},
	})
}

// TestOwnGroundElaborated: a state force's attack on a place of its own
// (the target only the place's state), elaborated by a participle that
// names whom it hit (also a repression, 175), is that one act.
func TestOwnGroundElaborated(t *testing.T) {
	checkEvents(t, []eventCase{
		{"stormed a camp at home, killing protesters", "2019-06-03", "Sudanese security forces stormed a protest camp in Khartoum on Monday, killing dozens of demonstrators.", []string{"SDNCOP SDNOPP 175"}, []string{"SDNCOP SDN 190"}},
		{"a foreign force keeps the place's state", "2023-07-03", "Israeli troops raided a refugee camp in Jenin, killing three militants.", []string{"ISRMIL PSE 173"}, nil},
	})
}

func TestRamming(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a car drove into demonstrators", "2023-07-25", "Four marchers were hurt when a car drove into demonstrators near Haifa.", []string{"OPP 180"}, nil},
		{"a truck ploughed into a crowd", "2023-07-25", "A truck ploughed into a crowd of worshippers in Lahore.", []string{" PAKCVL 180"}, nil},
		{"a car crashed into a wall is no attack", "2023-07-25", "A car crashed into a wall in Lahore.", nil, []string{"180"}},
	})
}

// TestMilitaryMateriel: helmets, howitzers, shells or military
// equipment sent or supplied to someone are military aid (072), and a
// plan to send them the intent to give it (0332); shells are no
// shelling there, and protective equipment may be medical.
func TestMilitaryMateriel(t *testing.T) {
	checkEvents(t, []eventCase{
		{"plans to send helmets", "2022-01-26", "Germany plans to send helmets to Ukraine.", []string{"DEU UKR 0332"}, nil},
		{"sent helmets", "2022-01-26", "Germany sent 5,000 helmets to Ukraine.", []string{"DEU UKR 072"}, nil},
		{"sent shells", "2022-01-26", "Germany sent shells to Ukraine.", []string{"DEU UKR 072"}, []string{"194"}},
		{"military equipment", "2022-01-26", "The Netherlands will deliver military equipment to Ukraine.", []string{"NLD UKR 0332"}, nil},
		{"bulletproof vests", "2022-01-26", "Germany sent bulletproof vests to Ukraine.", []string{"DEU UKR 072"}, nil},
		{"protective equipment", "2020-03-20", "China sent personal protective equipment to Italy.", nil, []string{"072"}},
	})
}

// TestShootDown checks that shooting an aircraft down is force (190),
// as CAMEO's own verb dictionary codes SHOOT_DOWN, not an air attack.
func TestShootDown(t *testing.T) {
	checkWorld(t, []worldCase{
		{"shot down a jet", "2019-02-27", "Pakistan shot down an Indian fighter jet over Kashmir.", []string{"PAK INDMIL 190"}, []string{"PAK INDMIL 195"}},
		{"downed drones", "2024-05-05", "Ukraine says it downed 30 Russian drones overnight.", []string{"UKR RUS 190"}, []string{"UKR RUS 195"}},
	})
}

// TestAirForce checks that force used by warplanes, jets, drones or an
// air force is an air attack (195), whatever the verb ("struck", "hit",
// "attacked"); ground forces keep 190.
func TestAirForce(t *testing.T) {
	checkWorld(t, []worldCase{
		{"warplanes struck", "2015-04-01", "Saudi-led warplanes struck Houthi positions in the Yemeni capital Sanaa.", []string{"SAUMIL YEMREB 195"}, []string{"SAUMIL YEMREB 190"}},
		{"an air force struck", "2015-04-01", "The Syrian air force struck rebel positions near Aleppo.", []string{"SYRMIL SYRREB 195"}, nil},
		{"a demonym before drones", "2023-05-30", "Russian drones hit Kyiv overnight.", []string{"RUS UKR 195"}, nil},
		{"an air strike hit", "2018-08-10", "A Saudi-led coalition air strike hit a school bus in northern Yemen.", []string{"SAUMIL YEM 195"}, []string{"SAUMIL YEM 190"}},
		{"a drone strike killed", "2020-01-03", "An Israeli air strike killed a Hamas commander in Gaza.", []string{"ISRMIL PSEREB 195"}, nil},
		{"troops stay ground force", "2022-03-01", "Russian troops attacked Ukrainian positions.", []string{"RUSMIL UKR 190"}, []string{"RUSMIL UKR 195"}},
	})
}

// TestPurposeForce checks that fighting named as the purpose of a
// request or a deployment is no fight, while an instrument's attack, an
// ordered attack and a vowed one keep their rules.
func TestPurposeForce(t *testing.T) {
	checkWorld(t, []worldCase{
		{"assistance to fight", "2018-06-01", "Nigeria requested military assistance from the United States to fight Boko Haram.", []string{"NGA USA 020"}, []string{"NGA NGAREB 19", "NGAREB NGA"}},
		{"troops to fight", "2015-09-30", "Russia sent troops to Syria to fight rebels.", nil, []string{"RUS REB 19", "RUS SYRREB 19"}},
		{"an offensive to retake", "2008-08-08", "Georgian troops launched a major offensive to retake the breakaway region of South Ossetia.", []string{"GEOMIL XSO 190"}, nil},
		{"used drones to attack", "2023-06-01", "Rebels used drones to attack the airport in Goma.", []string{"REB COD 180"}, nil},
		{"vowed to attack", "2017-08-09", "North Korea vowed to attack the United States.", []string{"PRK USA 138"}, nil},
	})
}

// TestBackingWeaponsNoSupporter checks that weapons backing a force are no
// supporter of it.
func TestBackingWeaponsNoSupporter(t *testing.T) {
	checkWorld(t, []worldCase{
		{"backed by tanks", "2011-04-25", "Syria's army, backed by tanks, stormed the southern city of Deraa.", []string{"SYRMIL SYR 190"}, []string{"MIL SYRMIL 05"}},
		{"backed by an alliance stays", "2011-08-15", "Libyan rebels, backed by NATO air strikes, seized the western town of Zawiyah.", []string{"IGOWSTNAT LBYREB 072"}, nil},
	})
}

// TestDrones: drones fired or launched at a target are aerial
// weapons (195), as CAMEO's verb dictionary files them with aircraft;
// so are missiles; rockets stay artillery fire (194).
func TestDrones(t *testing.T) {
	checkEvents(t, []eventCase{
		{"launched drones", "2023-05-30", "Russia launched drones at Kyiv overnight.", []string{"RUS UKR 195"}, []string{"194"}},
		{"launched missiles are aerial weapons", "2023-05-30", "Russia launched missiles at Kyiv.", []string{"RUS UKR 195"}, []string{"RUS UKR 194"}},
		{"launched rockets are artillery", "2023-05-30", "Russia launched rockets at Kyiv.", []string{"RUS UKR 194"}, []string{"RUS UKR 195"}},
		{"missile strikes are aerial", "2023-05-30", "Russia's missile strikes on Kyiv killed five people.", []string{"RUS UKR 195"}, []string{"RUS UKR 194"}},
	})
}

// TestDestroyedArmour: forces destroying tanks or artillery
// positions fight (190); shops destroyed stay destroyed property.
func TestDestroyedArmour(t *testing.T) {
	checkEvents(t, []eventCase{
		{"destroyed tanks", "2020-09-27", "Azerbaijan's defence ministry said its forces had destroyed several Armenian tanks and artillery positions in Nagorno-Karabakh.", []string{"AZEMIL ARMMIL 190"}, []string{"1712"}},
		{"destroyed shops", "2020-10-21", "Rioters destroyed shops in Lagos.", []string{" 1712"}, []string{"190"}},
	})
}

// TestArmedGroupSeizure: an armed group arrests nobody; the people
// it captures or detains are abducted (181), while police detention
// stays an arrest (173).
func TestArmedGroupSeizure(t *testing.T) {
	checkEvents(t, []eventCase{
		{"guerrillas captured soldiers", "2006-07-12", "Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid.", []string{"LBNREB ISRMIL 181"}, []string{"173"}},
		{"police detained fighters", "2019-07-12", "Afghan police detained two Taliban fighters.", []string{"AFGCOP AFGREB 173"}, []string{"181"}},
	})
}

// TestRepression: a state's police or troops using force on its own
// protesters repress them (175); foreign protesters and clashes stay
// fighting.
func TestRepression(t *testing.T) {
	checkEvents(t, []eventCase{
		{"opened fire on protesters", "2019-06-03", "Sudanese security forces opened fire on protesters at a sit-in outside the army headquarters in Khartoum.", []string{"SDNCOP SDNOPP 175"}, []string{"SDNCOP SDNOPP 19"}},
		{"marching monks beaten", "2007-09-27", "Buddhist monks marching through the streets of Yangon were beaten by Myanmar security forces.", []string{"MMRCOP MMRREL 175"}, []string{"MMRCOP MMRREL 182"}},
		{"foreign protesters", "2020-01-01", "Chilean troops fired at Peruvian protesters.", []string{"CHLMIL PEROPP 190"}, nil},
	})
}

// TestShotDownByAircraft: shooting down an aircraft is 190 even when the
// shooters are aircraft themselves; other force from the air stays 195.
func TestShotDownByAircraft(t *testing.T) {
	checkEvents(t, []eventCase{
		{"jets shot down a warplane", "2015-11-30", "Turkish jets shot down a Russian warplane near the Syrian border.", []string{"TURMIL RUSMIL 190"}, []string{"TURMIL RUSMIL 195"}},
		{"jets struck", "2015-11-30", "Israeli jets struck targets in Gaza.", []string{"ISRMIL PSE 195"}, nil},
	})
}

// TestExpelledAidAgency: an aid agency expelled is 1663, not the plain
// 166; the accusation after it names the agency.
func TestExpelledAidAgency(t *testing.T) {
	checkEvents(t, []eventCase{
		{"USAID expelled", "2013-05-01", "Bolivian President Evo Morales expelled the U.S. Agency for International Development on Wednesday, accusing it of conspiring against his government.",
			[]string{"BOLGOV USAGOV 1663", "BOLGOV USAGOV 112"}, []string{"BOLGOV USAGOV 166 "}},
		{"diplomats stay 166", "2013-05-01", "Bolivia expelled three U.S. diplomats.", []string{"BOL USAGOV 166"}, nil},
	})
}

// TestSuicideBomberSubject: an attack or killing whose subject is named
// a suicide bomber is a suicide bombing (1831), not a bare assault.
func TestSuicideBomberSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"suicide bomber killed soldiers", "2020-01-01", "A Boko Haram suicide bomber killed 12 soldiers in Maiduguri on Friday.", []string{"NGAREB NGAMIL 1831"}, []string{"190"}},
		{"suicide bombers attacked a mosque", "2015-06-26", "Two Islamic State suicide bombers attacked a mosque in Kuwait City.", []string{"1831"}, []string{"180"}},
		{"gunmen killed stays 190", "2020-01-01", "Boko Haram gunmen killed 12 soldiers in Maiduguri on Friday.", []string{"NGAREB NGAMIL 190"}, []string{"1831"}},
	})
}

// TestUnaffiliatedAttackers: with no group named, a suicide bomber is a
// militant (REB) and armed men are unidentified attackers (UAF), as in
// PETRARCH's agent dictionary.
func TestUnaffiliatedAttackers(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a bare suicide bomber", "2021-05-03", "A suicide bomber killed 12 people in Kabul on Tuesday.", []string{"REB AFGCVL 1831"}, []string{"UAF"}},
		{"bare armed men", "2021-05-03", "Armed men kidnapped 30 students in Nigeria's Kaduna state.", []string{"UAF NGAEDU 181"}, nil},
	})
}

// TestHelpedPurposeForce: force in the bare infinitive after "to help
// (X)" is the purpose of a deployment or request ("an international force
// to help police fight gangs"), no fighting that took place.
func TestHelpedPurposeForce(t *testing.T) {
	checkEvents(t, []eventCase{
		{"to help police fight", "2022-10-07", "Kenya offered a police force to help Haitian police fight armed gangs.", nil, []string{"190"}},
		{"to help fight", "2021-07-10", "Rwanda sent troops to Mozambique to help fight insurgents.", []string{"RWA MOZ 074"}, []string{"190"}},
		{"a fight that happened stays", "2021-07-10", "Rwandan troops fought insurgents in Mozambique.", []string{"19"}, nil},
	})
}

// TestReturnedFire checks that forces that "returned fire" fight back
// (190), and that a fire truck returned is no fight.
func TestReturnedFire(t *testing.T) {
	checkEvents(t, []eventCase{
		{"police returned fire", "2010-05-01", "Allaw was wounded when policemen returned fire.", []string{"COP  190"}, nil},
		{"returned heavy fire on militants", "2010-05-01", "Soldiers returned heavy fire on the militants.", []string{"MIL REB 190"}, nil},
		{"a fire truck returned", "2010-05-01", "The soldiers returned the fire truck to the station.", nil, []string{"190"}},
	})
}

// TestSharedAircraftNoun checks that demonyms coordinated before one
// aircraft noun all strike from the air (195), the first as the last.
func TestSharedAircraftNoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"French and British warplanes struck", "2011-03-20", "French and British warplanes struck Libyan government forces near Benghazi on Saturday.", []string{"FRAMIL LBYMIL 195", "GBRMIL LBYMIL 195"}, []string{"FRAMIL LBYMIL 190"}},
		{"A, B and C jets struck", "2016-09-20", "Russian, Syrian and Iranian jets struck rebel positions.", []string{"RUSMIL REB 195", "IRNMIL REB 195"}, []string{"RUSMIL REB 190"}},
		{"French and British troops attacked stays 190", "2011-03-20", "French and British troops attacked Libyan government forces.", []string{"FRAMIL LBYMIL 190"}, []string{"FRAMIL LBYMIL 195"}},
	})
}
