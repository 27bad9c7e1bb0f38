package timex

import (
	"testing"
	"time"
)

// sat is a Saturday anchor for the QA13 cases.
var sat = time.Date(2016, 4, 16, 0, 0, 0, 0, time.UTC)

// qa13Tests are the constructions of the thirteenth QA round, one per
// rule.
var qa13Tests = []findTest{
	// T-1: a possessive weekday naming a happening is past, whatever
	// the tense of the clause
	{"happening after from, present perfect", "The death toll from Friday's earthquake has climbed to 272.", sat, "Friday", "DATE", "2016-04-15", ""},
	{"happening with an adjective, future", "Investigators will examine the debris of Thursday's deadly blast.", sat, "Thursday", "DATE", "2016-04-14", ""},
	{"happening after a magnitude", "The death toll from Friday's magnitude 7.8 earthquake has passed 400.", sat, "Friday", "DATE", "2016-04-15", ""},
	{"possessive after from, any noun", "The death toll from Friday's violence has risen to 30.", sat, "Friday", "DATE", "2016-04-15", ""},
	{"from a weekday still starts ahead", "New curfew hours from Monday.", sat, "Monday", "DATE", "2016-04-18", ""},
	// a scheduled event keeps the tense's reading
	{"scheduled event, future", "Police will guard Sunday's election rally.", sat, "Sunday", "DATE", "2016-04-17", ""},
	// T-2: "was/were <closed|suspended|extended> until <weekday>": the
	// end of a state still in force lies ahead
	{"suspended until, past passive", "Trading in the shares was suspended until Monday.", thu, "Monday", "DATE", "2023-06-19", ""},
	{"extended until, past passive", "The curfew was extended until Tuesday.", thu, "Tuesday", "DATE", "2023-06-20", ""},
	{"suspended until, then an attribution", "Trading in the shares was suspended until Monday, the exchange said.", thu, "Monday", "DATE", "2023-06-19", ""},
	// "through" keeps the past reading; a pluperfect too; so does a
	// later past clause that ends the state
	{"detained until, when released", "He was detained until Monday, when he was released.", thu, "Monday", "DATE", "2023-06-12", ""},
	{"closed through, past", "The road was closed through Monday.", thu, "Monday", "DATE", "2023-06-12", ""},
	{"had been closed until", "Schools had been closed until Monday.", thu, "Monday", "DATE", "2023-06-12", ""},
}

func TestFindQA13(t *testing.T) { runFindTests(t, qa13Tests) }
