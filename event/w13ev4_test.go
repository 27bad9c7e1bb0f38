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
