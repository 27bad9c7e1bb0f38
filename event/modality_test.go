package event

import (
	"strconv"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of negation, alleged actors and charges.

// TestAlleged checks that the content of a condemnation is alleged
// and that the content of a charge is no event at all: CAMEO
// codes the accusation, not what it alleges, in sentences written
// for sitrep.
func TestAlleged(t *testing.T) {
	checkTriggered(t, "alleged", func(e *doc.Event) string { return strconv.FormatBool(e.Alleged) }, []triggerCase{
		{"criticised for bombing", "2022-05-01", "Turkey criticised Israel for bombing Gaza.", "bombing", "true"},
		{"a crossing of the border is asserted", "2020-06-17", "Afghan troops crossed the border on Monday.", "border", "false"},
	})
}

// TestCount checks that "about" before a number or a noun
// is no intention ("about to"): the event is asserted.
func TestCount(t *testing.T) {
	checkTriggered(t, "hypothetical", func(e *doc.Event) string { return strconv.FormatBool(e.Hypothetical) }, []triggerCase{
		{"about N people were killed", "2011-04-11", "About 400 people were killed on Monday.", "killed", "false"},
		{"about to attack stays hypothetical", "2011-04-11", "Troops were about to attack the town.", "attack", "true"},
		{"talk about an attack: its topic", "2011-04-11", "The minister spoke about the Russian airstrikes on Idlib.", "airstrikes", "false"},
	})
	// a quoted topic is no promise of the speaker's: '"I've been briefed
	// about the bombings in X," Y said' codes no threat (138)
	checkEvents(t, []eventCase{
		{"briefed about attacks in a quote", "2016-09-20", "Kenya's president said, \"I have been briefed about the bombings in Nairobi and Mombasa.\"", nil, []string{"138"}},
	})
}

// TestBut checks that a negation before "but" stays in its clause.
func TestBut(t *testing.T) {
	checkTriggered(t, "negated", func(e *doc.Event) string { return strconv.FormatBool(e.Negated) }, []triggerCase{
		{"not free, but later conceded", "2021-08-16", "Rutto said the count was not fair, but later conceded defeat.", "conceded", "false"},
		{"a negation in the verb's own clause stays", "2021-08-16", "Russia did not attack but did not withdraw either.", "attack", "true"},
	})
}

// TestAllegedAgent: an allege word right before the source
// ("suspected Boko Haram militants", "by suspected al-Shabaab
// militants") marks the event alleged; before the target it does not.
func TestAllegedAgent(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Suspected Boko Haram militants attacked a Nigerian army base.", true},
		{"Three Kenyan police officers were shot dead by suspected al-Shabaab militants.", true},
		{"Boko Haram militants attacked a Nigerian army base.", false},
		{"Kenyan police arrested suspected al-Shabaab militants.", false},
	} {
		d := worldDoc(t, tc.text, "2013-09-04")
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range d.Events {
			if e.Alleged != tc.want {
				t.Errorf("%q: %s → %s %s alleged %v, want %v", tc.text, e.SourceCode, e.TargetCode, e.Cameo, e.Alleged, tc.want)
			}
		}
	}
}

// TestAllegedClause: an adjunct participle is as alleged as the
// clause it hangs on ("allegedly struck …, killing two"), not when
// another clause intervenes.
func TestAllegedClause(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Russian jets allegedly struck a field hospital run by a charity in the town of Latamneh on Saturday, killing two Syrian soldiers.", "killing", true},
		{"Russian jets struck a field hospital in the town of Latamneh on Saturday, killing two Syrian soldiers.", "killing", false},
		{"Israeli jets reportedly struck Syria, and Hezbollah fired rockets, killing two Israeli soldiers.", "killing", false},
	} {
		for _, e := range eventsOn(t, worldDoc(t, tc.text, "2015-10-10"), tc.text, tc.trigger) {
			if e.Alleged != tc.want {
				t.Errorf("%q: %s → %s %s alleged %v, want %v", tc.text, e.SourceCode, e.TargetCode, e.Cameo, e.Alleged, tc.want)
			}
		}
	}
}

// TestCharges checks that the content of a charge ("accused X of
// V-ing", "blamed X for V-ing") is no event of its own: CAMEO codes the
// accusation, not what it alleges.
func TestCharges(t *testing.T) {
	checkWorld(t, []worldCase{
		{"accused troops of crossing the border", "2020-06-17", "Pakistan accused Afghan troops of crossing the border.", []string{"PAK AFGMIL 112"}, []string{"AFGMIL"}},
		{"accused troops of illegally crossing", "2020-06-17", "Pakistan accused Afghan troops of illegally crossing the border.", []string{"PAK AFGMIL 112"}, []string{"AFGMIL"}},
		{"accused X of sending troops", "2014-03-02", "Ukraine accused Russia of sending troops into Crimea.", []string{"UKR RUS 112"}, []string{"RUS"}},
		{"a nominal act inside the gerund's object", "2008-11-30", "Indian officials accused Pakistani militants of carrying out the Mumbai attacks.", []string{"INDGOV PAKREB 112"}, []string{"PAKREB"}},
		{"accused X of shooting down", "2015-11-25", "Putin accused Turkey of shooting down a Russian jet.", []string{"RUSGOV TUR 112"}, []string{"TUR"}},
		{"blamed X for launching rockets", "2019-02-15", "India blamed Pakistani militants for launching rockets at the base.", []string{"IND PAKREB 112"}, []string{"PAKREB"}},
		{"a criticised act stays", "2022-05-01", "Turkey criticised Israel for bombing Gaza.", []string{"TUR ISR 111", "ISR PSE 195"}, nil},
		// a long accused phrase, and the means of the charged act
		{"accused X loyal to a titled Y of breaking", "2011-03-15", "Ivory Coast's army accused fighters loyal to former president Laurent Gbagbo on Tuesday of breaking the truce in Abidjan.", []string{"CIVMIL CIVREB 112"}, []string{"CIVREB CIV 196"}},
		{"the means of a charged act", "2011-03-15", "Ivory Coast's army accused fighters loyal to former president Laurent Gbagbo on Tuesday of breaking the truce by shelling its positions in Abidjan.", []string{"CIVMIL CIVREB 112"}, []string{"CIVREB CIV 196", "CIVMIL CIV 194"}},
	})
}

// TestClauseNegation: a comma and "and" open another clause; a
// denial or negation before them is not the later trigger's ("Congress
// rejected the statement, and lawmakers accused the four countries of
// meddling" was a negated accusation).
func TestClauseNegation(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		neg           bool
	}{
		{"Peru's Congress rejected the statement, and lawmakers accused the four countries of meddling.", "accused", false},
		{"Peru's Congress did not accuse Mexico of meddling.", "accuse", true},
	} {
		for _, e := range eventsOn(t, worldDoc(t, tc.text, "2022-12-21"), tc.text, tc.trigger) {
			if e.Negated != tc.neg {
				t.Errorf("%q: %s negated %v; want %v", tc.text, tc.trigger, e.Negated, tc.neg)
			}
		}
	}
}

// TestUnassertedReport: what a speaker did not say or has not
// confirmed did not happen by that report: the negation of the
// reporting verb reaches its content.
func TestUnassertedReport(t *testing.T) {
	checkEvents(t, []eventCase{
		{"did not say that", "2022-02-25", "Russia did not say that its forces attacked Ukraine.", nil, []string{"RUSMIL UKR"}},
		{"never said", "2022-02-25", "Russia never said its forces shelled Kharkiv.", nil, []string{"RUSMIL UKR"}},
		{"said stays asserted", "2022-02-25", "Russia said that its forces attacked Ukraine.", []string{"RUSMIL UKR 190"}, []string{"neg"}},
	})
}

// TestDeniedPermission: a source that is the object of a negated verb
// of letting ("will never allow Kosovo to join", "nor will it allow")
// does not do what it is not let do (e.g. Serbia and Kosovo).
func TestDeniedPermission(t *testing.T) {
	checkTriggered(t, "negated", func(e *doc.Event) string { return strconv.FormatBool(e.Negated) }, []triggerCase{
		{"never allow X to join", "2023-03-20", "Serbia will never allow Kosovo to join the United Nations.", "join", "true"},
		{"nor will it allow", "2023-03-20", "Serbia will not recognise Kosovo, nor will it allow Kosovo to join the United Nations.", "join", "true"},
		{"allowed X to join", "2023-03-20", "Serbia allowed Kosovo to join the United Nations.", "join", "false"},
	})
}

// TestDeniedClaimContent: "rejected claims that it had bombed" is the
// denier's own act, denied (the pronoun is the denier, not nobody), and
// a denied claim is negated, not alleged; the verb "claimed" of a claim
// of responsibility is the claim itself, done.
func TestDeniedClaimContent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"rejected claims that it had", "2012-04-24", "Sudan rejected claims that it had bombed villages in South Sudan.", []string{"SDN SSD 195 neg"}, nil},
		{"dismissed accusations that it had", "2020-09-08", "China dismissed accusations that it had detained Australian journalists.", []string{"CHN AUSMED 173 neg"}, nil},
		{"a report's own pronoun stays nobody", "2012-04-24", "An Egyptian report that it had bombed villages in South Sudan was denied.", nil, []string{"EGY SSD"}},
	})
	checkTriggered(t, "alleged", func(e *doc.Event) string { return strconv.FormatBool(e.Alleged) }, []triggerCase{
		{"a denied claim is not alleged", "2012-04-24", "Sudan rejected claims that it had bombed villages in South Sudan.", "bombed", "false"},
		{"claimed responsibility is done", "2019-07-13", "Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.", "responsibility", "false"},
		{"the claimed attack stays alleged", "2019-07-13", "Al-Shabaab carried out the claimed attack on a hotel in Mogadishu.", "attack", "true"},
		{"reportedly claimed responsibility", "2019-07-13", "Al-Shabaab reportedly claimed responsibility for the bombing of a hotel in Mogadishu.", "responsibility", "true"},
	})
}

// TestYetTo: "has yet to" / "is yet to" tells an act not done; an
// adverb between the subject and "plans to" keeps "plans" a verb, an
// intent.
func TestYetTo(t *testing.T) {
	checkEvents(t, []eventCase{
		{"has yet to", "2019-09-15", "Uganda has yet to arrest the Kenyan suspects.", []string{"UGA KEN 173 neg"}, nil},
		{"is yet to", "2019-09-15", "Uganda is yet to arrest the Kenyan suspects.", []string{"UGA KEN 173 neg"}, nil},
		{"arrested, yet to be tried stays done", "2019-09-15", "Uganda arrested the Kenyan suspects, who are yet to be tried.", []string{"UGA KEN 173"}, []string{"UGA KEN 173 neg"}},
		{"reportedly plans to", "2019-09-15", "Uganda reportedly plans to attack South Sudan.", []string{"UGA SSD 138"}, nil},
		{"the plans to release stay a plan", "2019-09-15", "Uganda welcomed the recently announced plans to release Kenyan prisoners.", nil, []string{"UGA KEN 0"}},
	})
}

// TestAvoided: what a subject avoided, stopped short of or stopped
// doing is not done; "is preparing to attack" is an intent (138), not an
// attack; what is weighed or mulled is not yet done.
func TestAvoided(t *testing.T) {
	checkEvents(t, []eventCase{
		{"stopped short of", "2019-09-15", "Uganda stopped short of expelling the Kenyan ambassador.", []string{"UGA KENGOV 166 neg"}, nil},
		{"avoided", "2019-09-15", "Uganda avoided attacking South Sudan.", []string{"UGA SSD 180 neg"}, nil},
		{"attacked to avoid stays done", "2019-09-15", "Uganda attacked South Sudan to avoid an invasion.", []string{"UGA SSD 180"}, []string{"UGA SSD 180 neg"}},
		{"is preparing to attack", "2019-09-15", "Uganda is preparing to attack South Sudan.", []string{"UGA SSD 138"}, []string{"UGA SSD 180"}},
		{"stopped supplying", "2019-09-15", "Chile stopped supplying arms to Peru.", []string{"CHL PER 072 neg"}, nil},
		{"ceased shelling stays a de-escalation", "2019-09-15", "Chile ceased shelling Peru.", []string{"CHL PER 087"}, []string{"CHL PER 087 neg"}},
	})
	checkTriggered(t, "hypothetical", func(e *doc.Event) string { return strconv.FormatBool(e.Hypothetical) }, []triggerCase{
		{"is weighing sanctions", "2019-09-15", "Chile is weighing sanctions against Peru.", "sanctions", "true"},
		{"is mulling a visit", "2019-09-15", "Chile is mulling a visit to Peru.", "visit", "true"},
		{"imposed sanctions stays done", "2019-09-15", "Chile imposed sanctions against Peru.", "sanctions", "false"},
		{"is reluctant to impose", "2019-09-15", "Chile is reluctant to impose sanctions on Peru.", "sanctions", "true"},
	})
	checkEvents(t, []eventCase{
		{"is unwilling to recognise", "2019-09-15", "Chile is unwilling to recognise Kosovo.", []string{"CHL XKX 054 neg"}, nil},
		{"is willing to recognise stays an intent", "2019-09-15", "Chile is willing to recognise Kosovo.", []string{"CHL XKX 032"}, nil},
	})
}

// TestRaisedReport: "X is believed/said/reported to have attacked Y" is
// X's act on Y, alleged (it coded nothing: the perfect infinitive was
// read as a passive and a title participle).
func TestRaisedReport(t *testing.T) {
	checkEvents(t, []eventCase{
		{"is believed to have attacked", "2019-09-15", "Uganda is believed to have attacked South Sudan.", []string{"UGA SSD 180"}, []string{"SSD UGA"}},
		{"were said to have attacked", "2019-09-15", "Ugandan troops were said to have attacked South Sudanese villages.", []string{"UGAMIL SSD 190"}, nil},
		{"is reported to have been arrested stays passive", "2019-09-15", "The journalist is reported to have been arrested by Ugandan police.", []string{"UGACOP UGAMED 173"}, nil},
	})
	checkTriggered(t, "alleged", func(e *doc.Event) string { return strconv.FormatBool(e.Alleged) }, []triggerCase{
		{"is widely thought to have", "2019-09-15", "Uganda is widely thought to have attacked South Sudan.", "attacked", "true"},
		{"appears to have stays asserted", "2019-09-15", "Uganda appears to have attacked South Sudan.", "attacked", "false"},
	})
}

// TestDeniedPart: a denial of a part in a definite attack by nobody
// named does not negate the attack; "dismissed as baseless claims that
// its troops had attacked" is a denied act of the denier's troops, no
// report by a speaker "claims".
func TestDeniedPart(t *testing.T) {
	checkEvents(t, []eventCase{
		{"rejected claims that its troops had", "2019-09-15", "Uganda rejected claims that its troops had attacked South Sudan.", []string{"UGAMIL SSD 190 neg"}, nil},
		{"dismissed as baseless claims", "2019-09-15", "Uganda dismissed as baseless claims that its troops had attacked South Sudan.", []string{"UGAMIL SSD 190 neg"}, nil},
	})
	checkTriggered(t, "negated", func(e *doc.Event) string { return strconv.FormatBool(e.Negated) }, []triggerCase{
		{"denied any involvement in the attack", "2019-09-15", "Uganda denied any involvement in the attack on South Sudan.", "attack", "false"},
		{"was not involved in the attack", "2019-09-15", "Uganda was not involved in the attack on South Sudan.", "attack", "false"},
		{"denied the attack stays denied", "2019-09-15", "Uganda denied the attack on South Sudan.", "attack", "true"},
		{"denied carrying out the attack stays denied", "2019-09-15", "Uganda denied carrying out the attack on South Sudan.", "attack", "true"},
	})
}

// TestAnonymousReports: what "reports said" or "rumours said" is nobody
// named's assertion: alleged; a named speaker's report stays asserted.
func TestAnonymousReports(t *testing.T) {
	checkTriggered(t, "alleged", func(e *doc.Event) string { return strconv.FormatBool(e.Alleged) }, []triggerCase{
		{"unconfirmed reports said", "2019-09-15", "Unconfirmed reports said Uganda had attacked South Sudan.", "attacked", "true"},
		{"media reports said", "2019-09-15", "Media reports said Uganda had attacked South Sudan.", "attacked", "true"},
		{"a named speaker", "2019-09-15", "Kenya said Uganda had attacked South Sudan.", "attacked", "false"},
	})
}

// TestAsideNegation: a negation inside an aside that opens with a
// present participle ("…, speaking on condition of anonymity because
// they were not authorised to talk, said") is the aside's own.
func TestAsideNegation(t *testing.T) {
	checkTriggered(t, "negated", func(e *doc.Event) string { return strconv.FormatBool(e.Negated) }, []triggerCase{
		{"an anonymity aside", "2015-06-12",
			"Two senior military officers, speaking on condition of anonymity because they were not authorised to talk to the press, said the army had lost contact with a battalion.", "said", "false"},
		{"a negation after the aside stays", "2015-06-12",
			"Nigeria, citing security concerns, did not attack Mali.", "attack", "true"},
	})
}

// TestConditionalThreatAsserted checks that a conditional use of force,
// coded as the threat it makes (138), is a threat that was made, as
// "will strike" is: not hypothetical.
func TestConditionalThreatAsserted(t *testing.T) {
	checkTriggered(t, "hypothetical", func(e *doc.Event) string { return strconv.FormatBool(e.Hypothetical) }, []triggerCase{
		{"could strike X if", "2012-03-06", "Israel could strike Iran's nuclear sites if sanctions fail.", "strike", "false"},
		{"might attack if", "2023-08-10", "Kenya might attack Somalia if talks fail.", "attack", "false"},
		{"said it could attack if", "2023-08-10", "ECOWAS said on Thursday that it could attack Niger if diplomacy fails.", "attack", "false"},
		{"another's guess stays hypothetical", "2023-08-10", "Connaughton said she is concerned that the Highway Department could refuse to accept the road unless the state pays.", "refuse", "true"},
		{"may visit stays hypothetical", "2019-06-17", "Chinese President Xi Jinping may visit Pyongyang next month.", "visit", "true"},
	})
}

// TestDatedSayComplement checks that the day a statement is dated by
// ("said on Monday that") does not hide the complement's subject: the
// speaker's own state keeps its stated intent, another's is dropped.
func TestDatedSayComplement(t *testing.T) {
	checkEvents(t, []eventCase{
		{"said on Monday that own state could strike if", "2012-03-06", "Israeli Prime Minister Benjamin Netanyahu said on Monday that Israel could strike Iran's nuclear sites if sanctions failed.", []string{"ISR IRN 138"}, nil},
		{"said Tuesday own state would", "2012-03-06", "Israeli Prime Minister Benjamin Netanyahu said Tuesday Israel would strike Iran.", []string{"ISR IRN 138"}, nil},
		{"said last week that own state would", "2012-03-06", "Israeli Prime Minister Benjamin Netanyahu said last week that Israel would strike Iran.", []string{"ISR IRN 138"}, nil},
		{"said on Tuesday that another state would", "2014-03-06", "U.S. President Barack Obama said on Tuesday that Russia would attack Ukraine.", nil, []string{"RUS UKR"}},
	})
}

// TestUnevidencedComplement: what a that-clause after a denied noun of
// evidence tells ("no sign that", "no evidence that", "not … any proof
// that") is asserted by nobody: the act is negated; evidence found is
// no negation.
func TestUnevidencedComplement(t *testing.T) {
	checkTriggered(t, "negated", func(e *doc.Event) string { return strconv.FormatBool(e.Negated) }, []triggerCase{
		{"no sign that", "2014-07-10", "NATO said it had seen no sign that Russia had pulled back its forces from the border.", "pulled back", "true"},
		{"no indication that", "2019-03-02", "The ministry said it had no indication that Iranian forces had attacked the tanker.", "attacked", "true"},
		{"not any proof that", "2019-03-02", "Investigators did not find any proof that Iranian forces attacked the tanker.", "attacked", "true"},
		{"evidence found", "2019-03-02", "Investigators said they had found evidence that Iranian forces attacked the tanker.", "attacked", "false"},
		{"a speaker after the clause", "2004-09-14", "China gave no indication that the talks had been cancelled, Foreign Minister Alexander Downer said on Tuesday.", "said", "false"},
		{"clear signs that", "2019-03-02", "Investigators said there were clear signs that Iranian forces attacked the tanker.", "attacked", "false"},
	})
}
