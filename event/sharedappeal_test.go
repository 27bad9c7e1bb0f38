package event

import "testing"

// sharedAppealTests: an appeal with no addressee coordinated to a
// meeting or a call is addressed to the one met.
var sharedAppealTests = []worldCase{
	{"spoke with X and urged", "2020-09-28", "French President Emmanuel Macron spoke by telephone with Nikol Pashinyan and urged an end to hostilities.", []string{"FRAGOV ARMGOV 020"}, nil},
	{"met X and called for", "2023-11-03", "Antony Blinken met Benjamin Netanyahu in Tel Aviv and called for humanitarian pauses.", []string{"USAGOV ISRGOV 020"}, nil},
	{"an appeal in another clause keeps none", "2023-11-03", "Antony Blinken met Benjamin Netanyahu in Tel Aviv, while the United Nations called for humanitarian pauses.", nil, []string{"IGOUNO ISRGOV 02"}},
}

func TestSharedAppealEvents(t *testing.T) { checkWorld(t, sharedAppealTests) }
