package event

import "testing"

// TestStateCountry checks which country-less agents take the country of
// the state actors beside them: the state's own forces and bodies beside
// its government, army or officials; anyone beside its police or
// courts; nobody beside a foreign army, an embassy, or when another
// country is named.
func TestStateCountry(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"the army beside the president it ousts", "2022-01-24", "The army ousted President Roch Kabore in a coup.", []string{"BFAMIL BFAGOV 170"}, nil},
		{"protesters beside a state's police", "2019-06-12", "Kenyan police fired tear gas at protesters on Wednesday.", []string{"KENCOP KENOPP 175"}, nil},
		{"insurgents beside a foreign army stay apart", "2007-05-14", "US troops killed 20 insurgents on Monday.", []string{"USAMIL REB 190"}, []string{"USAREB"}},
		{"militants beside a leader stay apart", "2014-08-08", "President Barack Obama authorized airstrikes against militants.", nil, []string{"USAREB"}},
		{"the same sector stays apart", "2016-07-20", "Turkish soldiers arrested dozens of officers.", nil, []string{"TURMIL TURMIL"}},
		{"foreign companies stay apart", "2007-04-17", "Ecuador's President Rafael Correa gave foreign oil companies 90 days to sign new contracts.", []string{"ECUGOV BUS"}, []string{"ECUBUS"}},
		{"an embassy's guards stay apart", "2019-12-31", "Troops guarding the Iraqi embassy fired on protesters.", []string{"MIL OPP 190"}, []string{"IRQMIL"}},
		{"another country named stays apart", "2015-01-03", "Nigerian police arrested militants who had crossed from Cameroon.", nil, []string{"NGAREB"}},
	})
}
