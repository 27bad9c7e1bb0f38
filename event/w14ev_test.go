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
