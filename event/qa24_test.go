package event

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// TestQA24Events checks the rules added after the twenty-fourth QA
// reading (session 11), in sentences written for sitrep.
func TestQA24Events(t *testing.T) {
	checkQA17(t, []qa17Case{
		// QA24 E-5: "ruled out talks" rejects them like "rejected talks"
		{"ruled out negotiations", "2019-03-05", "Ethiopia ruled out negotiations with the rebels on Tuesday.", []string{"ETH REB 125"}, nil},
		{"ruled out a truce", "2019-03-05", "Ukraine ruled out a truce with Russia.", []string{"UKR RUS 127"}, nil},
		{"ruled out a rate cut stays no event", "2019-03-05", "The central bank ruled out a rate cut.", nil, []string{"12"}},
		// QA24 E-4: shelling near a place is an attack
		{"fired shells near", "2019-03-05", "Houthi rebels fired shells near the airport in Aden.", []string{" 194"}, nil},
		{"fired rockets at stays", "2019-03-05", "Hamas fired rockets at Israel.", []string{" ISR 194"}, nil},
		// QA24 E-6: a stated retaliation is a threat
		{"take countermeasures against", "2019-03-05", "Beijing said it would take countermeasures against Lithuania.", []string{"CHN LTU 130"}, nil},
		{"take counter-measures against", "2019-03-05", "Iran will take counter-measures against Britain.", []string{"IRN GBR 130"}, nil},
		// QA24 E-1: a deployment the host asked for is protection, no mobilisation against it
		{"troops at the request of", "2019-03-05", "Chad deployed 500 troops to Niger at the request of its government.", []string{"TCD NER 074"}, []string{"154", "138"}},
		{"soldiers to help", "2019-03-05", "Kenya sent soldiers to Somalia to help fight al-Shabaab.", []string{"KEN SOM 074"}, []string{"KEN SOM 154"}},
		{"agreed to send soldiers", "2019-03-05", "Rwanda agreed to send 1,000 soldiers to the Central African Republic.", []string{"RWA CAF 0334"}, []string{"138"}},
		{"sent troops stays a mobilisation", "2019-03-05", "Russia sent troops to Ukraine.", []string{"RUS UKR 154"}, nil},
		{"will send troops stays a threat", "2019-03-05", "Russia will send troops to Ukraine.", []string{"RUS UKR 138"}, nil},
		// QA24 E-3: a company evacuating its staff is no military retreat
		{"company withdrew staff", "2019-03-05", "The Italian company withdrew all staff from the gas field.", nil, []string{"0874"}},
		{"evacuated its employees", "2019-03-05", "The Chinese firm evacuated its employees from Niger.", nil, []string{"0874"}},
		{"embassy staff is diplomatic", "2019-03-05", "Canada withdrew its embassy staff from Sudan.", []string{"CAN SDN 161"}, []string{"0874"}},
		{"troops withdrawn stay a retreat", "2019-03-05", "Russia withdrew its troops from Kherson.", []string{"RUS UKR 0874"}, nil},
		// QA24 E-9: a switch of recognition recognises the new partner
		{"switch recognition from X to Y", "2019-09-16", "Kiribati's government voted to switch diplomatic recognition from Taipei to Beijing.", []string{"KIRGOV CHN 054"}, nil},
		{"switch recognition breaks with the old partner", "2019-09-16", "Kiribati's government voted to switch diplomatic recognition from Taipei to Beijing.", []string{"KIRGOV TWN 161"}, nil},
		{"switched ties from X to Y", "2019-09-16", "Nicaragua switched diplomatic ties from Taiwan to China.", []string{"NIC CHN 054", "NIC TWN 161"}, nil},
		{"switched recognition to Y", "2019-09-16", "Nauru switched recognition to Beijing on Monday.", []string{"NRU CHN 054"}, nil},
		// QA24 E-8: a relative clause on a noun inside a quote is the antecedent's act
		{"quoted who-clause is no threat by the speaker", "2019-03-05", "Opposition leader Kizza Besigye rejected the vote. \"We will not accept a leader who sends soldiers to attack our villages,\" he said.", nil, []string{"138", " 190", " 154"}},
		{"quoted which-clause", "2019-03-05", "\"We reject a regime which has bombed our towns,\" Besigye said.", nil, []string{" 19"}},
		// QA24 E-7: "Troops from the two countries" are the pair's forces
		{"troops from the two countries", "2019-03-05", "Eritrea and Ethiopia signed a peace agreement on Monday. The deal ends two decades of hostility. Troops from the two countries fought a border war in 1998.", []string{"ERIMIL ETHMIL 190", "ETHMIL ERIMIL 190"}, []string{"MIL  190"}},
		{"troops from the two countries without a pair stay unresolved", "2019-03-05", "Troops from the two countries fought a border war in 1998.", nil, []string{"ERI", "ETH"}},
		// QA24 E-2: a currency named after a country is money, no actor
		{"Canadian dollars to X", "2019-03-05", "Canada pledged 5 million Canadian dollars to Haiti.", []string{"CAN HTI 0331"}, []string{"CAN CAN"}},
		{"Swiss francs, no target", "2019-03-05", "Switzerland pledged 10 million Swiss francs on Monday.", nil, []string{"CHE CHE"}},
		{"Singapore dollars", "2019-03-05", "Singapore pledged 3 million Singapore dollars to Laos.", []string{"SGP LAO 0331"}, []string{"SGP SGP"}},
		{"Egyptian pounds are no shelling", "2019-03-05", "Egypt received 3 billion Egyptian pounds from Qatar.", nil, []string{"194"}},
		{"a country that pounds a city stays", "2019-03-05", "Russia pounds Kharkiv with missiles.", []string{"RUS UKR 194"}, nil},
	})
}

// TestQA24ProvinceProtection: troops promised to a province protect its
// state: the target is the country, the province stays the place
// (QA24 E-1).
func TestQA24ProvinceProtection(t *testing.T) {
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

// TestQA24ConjunctDates: the second of two coordinated verb phrases is
// dated by its own time, not the first's (QA24 E-7).
func TestQA24ConjunctDates(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, trigger, want string
	}{
		{"second conjunct's own year", "Eritrean and Ethiopian troops fought a border war in 1998 and clashed again at Tsorona in 2016.", "clashed", "2016"},
		{"first conjunct keeps its year", "Eritrean and Ethiopian troops fought a border war in 1998 and clashed again at Tsorona in 2016.", "fought", "1998"},
		{"shared year without another", "Russia attacked Kyiv in 2022 and shelled Kharkiv.", "shelled", "2022"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := runWorld(t, p, tt.text, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
			checkTriggerDate(t, d, tt.text, tt.trigger, tt.want)
		})
	}
}

// checkTriggerDate reports when no event of d has the trigger, or one
// that has it is not dated want.
func checkTriggerDate(t *testing.T, d *doc.Doc, text, trigger, want string) {
	t.Helper()
	found := false
	for _, e := range d.Events {
		if e.Trigger != trigger {
			continue
		}
		found = true
		if e.Date != want {
			t.Errorf("%q: %s dated %s, want %s", text, trigger, e.Date, want)
		}
	}
	if !found {
		t.Errorf("%q: no event on %q among %v", text, trigger, eventCodes(d))
	}
}
