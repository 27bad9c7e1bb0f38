package event

import "testing"

// TestW13QA5Events: an adverb and a participle between an owner or a
// determiner and a noun modify the noun ("Yemen's internationally
// recognised government" is no recognition), and an agent word before
// "and" and another adjective is an adjective too ("military and
// diplomatic pressure" is the state's, not the military's); W13 QA5:
// Qatar, Honduras.
func TestW13QA5Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"internationally recognised government", "2017-06-05", "Yemen's internationally recognised government and the Maldives later joined the boycott.", nil, []string{"054"}},
		{"the newly recognised state", "2017-06-05", "The newly recognised state opened an embassy.", nil, []string{"054"}},
		{"formally recognised stays", "2017-06-05", "Sweden formally recognised Palestine on Monday.", []string{"SWE PSE 054"}, nil},
		{"military and diplomatic pressure", "2023-03-26", "China has stepped up military and diplomatic pressure on Taiwan.", []string{"CHN TWN"}, []string{"MIL TWN"}},
		{"military and police stay actors", "2023-03-26", "The military and police attacked protesters on Monday.", []string{"MIL OPP 18"}, nil},
	})
}
