package event

import "testing"

// TestW13EV3Passive: a passive's "by" agent inside the pattern's gap
// ("are accused by Ukraine of shelling") and after a member noun ("by
// members of the Rapid Support Forces") is the source (W13 EV3, issue 5).
func TestW13EV3Passive(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"accused by X of", "2023-08-02", "Russian forces are accused by Ukraine of deliberately shelling civilian areas of Kherson.", []string{"UKR RUSMIL 112"}, nil},
		{"accused of, no agent", "2023-08-02", "Russian forces are accused of shelling civilian areas of Kherson.", []string{" RUSMIL 112"}, []string{"UKR RUSMIL"}},
		{"by members of X", "2019-06-24", "Sudanese protesters were dispersed by members of the Rapid Support Forces outside the army headquarters.", []string{"SDNREB SDNOPP 175"}, nil},
		{"by soldiers of X", "2019-06-24", "Sudanese protesters were dispersed by fighters of the Rapid Support Forces.", []string{"SDNREB SDNOPP 175"}, nil},
	})
}
