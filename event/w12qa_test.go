package event

import "testing"

// TestW12QAEvents checks the null patterns added after the W12 QA
// reading of fresh articles, in sentences written for sitrep.
func TestW12QAEvents(t *testing.T) {
	checkQA17(t, []qa17Case{
		// "received that …" is a report received, no visitor hosted
		{"intelligence received that", "2019-02-26", "\"Credible intelligence was received that Jaish-e-Mohammad was attempting another suicide terror attack,\" Gokhale told reporters.", nil, []string{"043"}},
		{"received an envoy stays a visit", "2019-02-26", "Modi received the Saudi crown prince in New Delhi.", []string{"043"}, nil},
		// "welcomed help against X": X is opposed, not approved
		{"welcomed help against", "2011-10-16", "Somalia's government welcomed help against the militants of al-Shabaab.", nil, []string{"051"}},
		// a danger named is no threat made
		{"citing a threat to the lives", "2014-03-01", "Putin asked for the go-ahead, citing \"the extraordinary situation in Ukraine\" and a threat to the lives of Russian citizens.", nil, []string{"130"}},
		{"a grave threat to the security", "2014-03-01", "Lavrov spoke of a grave threat to the security of Russian citizens in Crimea.", nil, []string{"130"}},
		// a coordinated subject whose second member is apposed keeps both
		{"X and the leader of Y, Z, signed", "2016-09-26", "Colombian President Juan Manuel Santos and the leader of the FARC rebel group, Rodrigo Londono, signed a peace agreement on Monday.", []string{"COLGOV COLREB 057", "COLREB COLGOV 057"}, []string{"COLREB COLREB"}},
		{"X and Y, better known as Z, signed", "2016-09-26", "Juan Manuel Santos and Rodrigo Londono, better known as Timochenko, signed the accord on Monday.", []string{"COLGOV COLREB 057", "COLREB COLGOV 057"}, nil},
		// an abduction's "from" is where the victim was taken
		{"abducted from a place", "2011-10-16", "A British woman was abducted from the Lamu archipelago.", []string{" GBR 181"}, []string{"KEN GBR"}},
		// a readiness whose infinitive is no act is no intent to cooperate
		{"ready to defend itself", "2020-11-04", "Debretsion Gebremichael said the Tigray People's Liberation Front was ready to defend itself.", nil, []string{"030"}},
		{"ready to talk stays", "2020-11-04", "Ethiopia is ready to negotiate with the Tigray People's Liberation Front.", []string{"036"}, nil},
		// heartened is no appeal
		{"was encouraged by the talks", "2018-04-27", "Rex Tillerson said Washington was encouraged by the talks but would keep up pressure on Pyongyang.", nil, []string{"020"}},
		{"encouraged by an actor stays an appeal", "2018-04-27", "Japan was encouraged by the United States to join the talks.", []string{"USA JPN 020"}, nil},
		{"threatened stays a threat", "2014-03-01", "Russia threatened Ukraine with military action.", []string{"RUS UKR 13"}, nil},
	})
}
