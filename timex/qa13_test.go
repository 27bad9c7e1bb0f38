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
	// a scheduled event keeps the tense's reading
	{"scheduled event, future", "Police will guard Sunday's election rally.", sat, "Sunday", "DATE", "2016-04-17", ""},
}

func TestFindQA13(t *testing.T) { runFindTests(t, qa13Tests) }
