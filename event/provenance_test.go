package event

import "testing"

// TestMovedFrom: the state after "from" that follows people or goods
// on the move is where they come from, no target of a word said or
// refused, nor the event's place; what is done to them (a sanction, an
// expulsion) still hits it.
func TestMovedFrom(t *testing.T) {
	checkEvents(t, []eventCase{
		{"refused asylum seekers from two states", "2017-06-14", "Poland has refused to take in asylum seekers from Italy and Greece.", []string{"POL  124"}, []string{"ITA", "GRC"}},
		{"called for duties on imports from", "2016-08-01", "Italy's prime minister called for new duties on imports from China and Vietnam.", []string{"ITAGOV  02"}, []string{"CHN", "VNM"}},
		{"imposed tariffs on goods from stays", "2019-05-10", "The US imposed tariffs on goods from China.", []string{"USA CHN 163"}, nil},
		{"expelled migrants from stays", "2019-05-10", "Turkey expelled migrants from Syria.", []string{"TUR SYR 174"}, nil},
		{"rejected a request from stays", "2019-05-10", "Hungary rejected a request from Italy.", []string{"HUN ITA 12"}, nil},
	})
	d := worldDoc(t, "Poland has refused to take in asylum seekers from Italy and Greece.", "2017-06-14")
	for _, e := range d.Events {
		if e.Place != "" {
			t.Errorf("%s %s: place %q, want none (an origin is no place of the refusal)", e.Cameo, e.Trigger, e.Place)
		}
	}
}
