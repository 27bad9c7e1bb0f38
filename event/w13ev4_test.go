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
