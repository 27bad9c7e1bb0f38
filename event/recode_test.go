package event

import (
	"testing"
	"time"
)

// Tests of code refinements after matching.

func TestHandover(t *testing.T) {
	checkEvents(t, []eventCase{
		// a minister taking over a ministry is a handover, no seizure
		{"took over the interior ministry", "2019-03-05", "Matteo Piantedosi took over the interior ministry on Saturday.", nil, []string{"171"}},
		{"takes over the finance ministry", "2019-03-05", "Olaf Scholz takes over the finance ministry.", nil, []string{"171"}},
		{"soldiers took over the ministry stays", "2019-03-05", "Soldiers took over the defence ministry on Saturday.", []string{"MIL  171"}, nil},
	})
}

// TestProvinceProtection: troops promised to a province protect its
// state: the target is the country, the province stays the place.
func TestProvinceProtection(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	d := runWorld(t, p, "Rwanda agreed to send 1,000 soldiers to the province of Cabo Delgado.", time.Date(2021, 3, 29, 0, 0, 0, 0, time.UTC))
	found := false
	for _, e := range d.Events {
		if e.Cameo == "0334" {
			found = true
			if e.Target != "MOZ" || e.TargetName != "Mozambique" {
				t.Errorf("0334 target %q (%s), want MOZ (Mozambique)", e.Target, e.TargetName)
			}
		}
	}
	if !found {
		t.Errorf("no 0334 event among %v", eventCodes(d))
	}
}

// TestSharedRelationsTarget: a reduction of relations with no target
// takes the target of the act "and" joins it to.
func TestSharedRelationsTarget(t *testing.T) {
	checkEvents(t, []eventCase{
		{"cut ties and imposed an embargo", "2017-06-05", "Saudi Arabia cut ties and imposed an embargo on Qatar.", []string{"SAU QAT 160", "SAU QAT 163"}, []string{"SAU  160"}},
		{"a comma ends the shared object", "2017-06-05", "Saudi Arabia cut ties, and Egypt imposed an embargo on Qatar.", nil, []string{"SAU QAT 160"}},
	})
}

// TestInvitedDeploymentInto: troops sent "into" a state at its request
// protect it (074), as "to" does; "sent troops into" alone stays 154.
func TestInvitedDeploymentInto(t *testing.T) {
	checkEvents(t, []eventCase{
		{"into at the request", "2011-03-14", "Saudi Arabia sent about 1,000 troops into Bahrain on Monday at the request of the ruling Al Khalifa family.", []string{"SAU BHR 074"}, []string{"SAU BHR 154"}},
		{"into alone", "2022-02-24", "Russia sent troops into Ukraine on Thursday.", []string{"RUS UKR 154"}, nil},
	})
}

// TestRecallTarget: an envoy recalled with no state named is recalled
// from the state whose act the sentence reported before.
func TestRecallTarget(t *testing.T) {
	checkEvents(t, []eventCase{
		{"recalled after another state's act", "2015-04-29", "Indonesia executed eight drug convicts, including two Australians, on Wednesday, and Australia recalled its ambassador in protest.",
			[]string{"AUS IDN 161"}, nil},
		{"recalled after an expulsion", "2018-03-14", "Russia expelled two British diplomats, and Britain recalled its ambassador.", []string{"GBR RUS 161"}, nil},
		{"a named state stays", "2018-03-14", "Britain recalled its ambassador from Russia.", []string{"GBR RUS 161"}, nil},
	})
}

// TestSharedAidTarget: aid pledged in a verb coordinated by "and" to an
// act on a state, naming no recipient, goes to that state.
func TestSharedAidTarget(t *testing.T) {
	checkWorld(t, []worldCase{
		{"apologised and pledged aid", "2021-05-28", "France apologised to Rwanda on Thursday for its role in the genocide of the Tutsi and pledged 500 million euros in development aid.", []string{"FRA RWA 0331"}, nil},
		{"a comma before the and opens another act", "2021-05-28", "Japan condemned North Korea's missile test, and pledged aid.", nil, []string{"JPN PRK 033"}},
		{"aid to its own state is no shared target", "2021-05-28", "Spain's prime minister met Spain's king and pledged aid.", nil, []string{"ESPGOV ESP 033"}},
	})
}
