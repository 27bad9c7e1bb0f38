package event

import "testing"

// TestW13EV4Commandos: commandos are a state's military when its
// demonym precedes them, as marines and paratroopers are (W13 EV4).
func TestW13EV4Commandos(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"commandos", "2024-04-14", "Israeli commandos raided a house in Jenin.", []string{"ISRMIL PSE 173"}, nil},
		{"naval commandos", "2024-04-14", "Israeli naval commandos seized a ship.", []string{"ISRMIL  171"}, nil},
	})
}

// TestW13EV4PassiveSever: relations severed or broken off "by X" are X's
// break (161), with the partner after "with"; cut ties are a break only
// when diplomatic, as in the active voice (W13 EV4).
func TestW13EV4PassiveSever(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"severed by", "2024-04-14", "Diplomatic relations were severed by Saudi Arabia.", []string{"SAU  161"}, nil},
		{"severed with a partner", "2024-04-14", "Diplomatic relations with Iran were severed by Saudi Arabia in 2016.", []string{"SAU IRN 161"}, nil},
		{"broken off", "2024-04-14", "Relations had been broken off by Colombia.", []string{"COL  161"}, nil},
		{"diplomatic ties cut", "2024-04-14", "Diplomatic ties with Qatar were cut by Bahrain on Monday.", []string{"BHR QAT 161"}, nil},
		{"no agent", "2024-04-14", "Relations were severed in 2016.", nil, []string{"161"}},
	})
}

// TestW13EV4MilitaryMateriel: helmets, howitzers, shells or military
// equipment sent or supplied to someone are military aid (072), and a
// plan to send them the intent to give it (0332); shells are no
// shelling there, and protective equipment may be medical (W13 EV4).
func TestW13EV4MilitaryMateriel(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"plans to send helmets", "2022-01-26", "Germany plans to send helmets to Ukraine.", []string{"DEU UKR 0332"}, nil},
		{"sent helmets", "2022-01-26", "Germany sent 5,000 helmets to Ukraine.", []string{"DEU UKR 072"}, nil},
		{"sent shells", "2022-01-26", "Germany sent shells to Ukraine.", []string{"DEU UKR 072"}, []string{"194"}},
		{"military equipment", "2022-01-26", "The Netherlands will deliver military equipment to Ukraine.", []string{"NLD UKR 0332"}, nil},
		{"bulletproof vests", "2022-01-26", "Germany sent bulletproof vests to Ukraine.", []string{"DEU UKR 072"}, nil},
		{"protective equipment", "2020-03-20", "China sent personal protective equipment to Italy.", nil, []string{"072"}},
	})
}

// TestW13EV4CondemnedOwner: a condemned "X's shelling of Y" is X's act,
// as "X's attacks on Y" already was; the object of "of" is acted on,
// and a count before "of" keeps its partitive reading (W13 EV4).
func TestW13EV4CondemnedOwner(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"attacks on", "2024-04-14", "Russia's missile attacks on Kyiv were condemned by Guterres.", []string{"IGOUNO RUS 111"}, []string{"IGOUNO UKR 111"}},
		{"shelling of", "2024-04-14", "Russia's shelling of Kyiv was condemned by Guterres.", []string{"IGOUNO RUS 111"}, []string{"IGOUNO UKR 111"}},
		{"blockade of", "2024-04-14", "Israel's blockade of Gaza was condemned by Turkey.", []string{"TUR ISR 111"}, []string{"TUR PSE 111"}},
		{"invasion of", "2024-04-14", "Russia's invasion of Ukraine was condemned by Guterres.", []string{"IGOUNO RUS 111"}, []string{"IGOUNO UKR 111"}},
		{"a spelled count after of", "2024-04-14", "Israel's killing of seven journalists was condemned by Biden.", []string{"USAGOV ISR 111"}, []string{"USAGOV MED 111"}},
	})
}

// TestW13EV4InterceptedAttack: "the attack" condemned after drones or
// missiles were shot down is the attack of the projectiles' owner, not
// the interceptor's; when the owner itself condemns, the shooting down
// is what it condemns (W13 EV4).
func TestW13EV4InterceptedAttack(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"bullets", "2024-04-14", "• Jordan shot down Iranian drones.\n• Guterres condemned the attack.", []string{"IGOUNO IRN 111"}, []string{"IGOUNO JOR 111"}},
		{"after the launch", "2024-04-14", "Iran launched drones and missiles at Israel. Jordan shot down Iranian drones. Guterres condemned the attack.", []string{"IGOUNO IRN 111"}, []string{"IGOUNO JOR 111"}},
		{"the owner condemns", "2019-06-20", "Iran shot down an American drone. The United States condemned the attack.", []string{"USA IRN 111"}, nil},
		{"an aircraft is no projectile", "2015-11-24", "Turkey shot down a Russian fighter jet. Russia condemned the attack.", []string{"RUS TUR 111"}, nil},
	})
}

// TestW13EV4NominalByOtherVerb: a "by" after a passive verb that
// follows a nominal trigger names that verb's agent ("was condemned by
// Guterres"), not who shelled; "was carried out by" still names the
// attacker (W13 EV4).
func TestW13EV4NominalByOtherVerb(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"condemned by", "2024-04-14", "The shelling of Kyiv was condemned by Guterres.", []string{" UKR 194"}, []string{"IGOUNO UKR 194"}},
		{"strikes condemned", "2024-04-14", "The strikes on Gaza were condemned by France.", []string{" PSE 190"}, []string{"FRA PSE 190"}},
		{"carried out by", "2013-09-25", "The attack on Kenya was carried out by al-Shabaab.", []string{"SOMREB KEN 180"}, nil},
		{"launched by", "2024-04-14", "The strikes on Gaza, which were launched by Israel, killed 20.", []string{"ISR PSE 190"}, nil},
		{"no victim either", "2024-04-14", "Israel's killing of seven journalists was condemned by Biden.", []string{"ISR MED 1823"}, []string{"ISR USAGOV"}},
	})
}

// TestW13EV4BombingOf: "X's bombing of Y" is X's air strike on Y, as
// "X's shelling of Y" is shelling (W13 EV4).
func TestW13EV4BombingOf(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"bombing of", "2024-04-14", "Russia's bombing of Kyiv continued.", []string{"RUS UKR 195"}, nil},
		{"condemned", "2024-04-14", "Russia's bombing of Kyiv was condemned by Guterres.", []string{"RUS UKR 195", "IGOUNO RUS 111"}, nil},
	})
}
