package event

import "testing"

// TestW13EV3Passive: a passive's "by" agent inside the pattern's gap
// ("are accused by Ukraine of shelling") and after a member noun ("by
// members of the Rapid Support Forces") is the source (W13 EV3, issue 5).
func TestW13EV3Passive(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"accused by X of", "2023-08-02", "Russian forces are accused by Ukraine of deliberately shelling civilian areas of Kherson.", []string{"UKR RUSMIL 112"}, nil},
		{"accused of, no agent", "2023-08-02", "Russian forces are accused of shelling civilian areas of Kherson.", []string{" RUSMIL 112"}, []string{"UKR RUSMIL"}},
		{"by members of X", "2019-06-24", "Sudanese protesters were dispersed by members of the Rapid Support Forces outside the army headquarters.", []string{"SDNREB SDNOPP 175"}, nil},
		{"by soldiers of X", "2019-06-24", "Sudanese protesters were dispersed by fighters of the Rapid Support Forces.", []string{"SDNREB SDNOPP 175"}, nil},
	})
}

// TestW13EV3ModifiedHead: an actor inside a participial or relative
// clause on the subject is not the subject ("Rebels holding the Syrian
// town of Qusair were attacked": the rebels; W13 EV3, issue 5).
func TestW13EV3ModifiedHead(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"passive, participle clause", "2014-05-05", "Taliban fighters holding the Afghan city of Kunduz were attacked by American troops on Monday.", []string{"USAMIL AFGREB 190"}, []string{"USAMIL AFG "}},
		{"passive, relative clause", "2014-10-05", "Taliban fighters who control the Afghan town of Musa Qala were attacked by British troops.", []string{"GBRMIL AFGREB 190"}, []string{"GBRMIL AFG "}},
		{"active, participle clause", "2014-05-05", "Taliban fighters holding the Afghan city of Kunduz attacked American troops on Monday.", []string{"AFGREB USAMIL 18"}, []string{"AFG USAMIL"}},
		{"active, relative clause", "2014-10-05", "Taliban fighters who control the Afghan town of Musa Qala attacked British troops.", []string{"AFGREB GBRMIL 18"}, []string{"AFG GBRMIL"}},
		{"the relative clause's own subject stays", "2014-10-05", "The Taliban fighters that Britain attacked fired rockets.", []string{"GBR "}, []string{"AFGREB  180", "AFGREB AFGREB"}},
		{"a bare subject stays", "2014-10-05", "Afghan soldiers were attacked by British troops.", []string{"GBRMIL AFGMIL 190"}, nil},
		{"a participle inside another", "2014-04-06", "The seizure of buildings by Ukrainian protesters demanding a referendum on joining Russia was denounced by Ukraine's president.", []string{"UKRGOV UKROPP 111"}, []string{"UKRGOV RUS 111"}},
	})
}

// TestW13EV3ParticipleClause: a participle clause between commas after
// the subject names no subject, whatever actors it holds ("Rouhani,
// marking a year since Washington abandoned the deal, said"; W13 EV3,
// issue 5).
func TestW13EV3ParticipleClause(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"present participle, a since clause", "2019-05-08", "Iranian President Hassan Rouhani, marking a year since Washington abandoned the nuclear deal, said Iran would resume enrichment.", []string{"IRNGOV  010"}, nil},
		{"a long participle clause with two phrases", "2016-07-16", "President Recep Tayyip Erdogan, speaking to crowds at Istanbul's Ataturk Airport after flying in from the resort of Marmaris, accused Greece of sheltering the plotters.", []string{"TURGOV GRC 112"}, nil},
		{"a one-word subject opening the sentence", "2016-07-16", "Erdogan, speaking to crowds at Istanbul's Ataturk Airport after flying in from the resort of Marmaris, accused Greece of sheltering the plotters.", []string{"TURGOV GRC 112"}, nil},
		{"present participle holding actors", "2017-06-05", "Saudi Arabia, Bahrain and Egypt, accusing Doha of supporting terrorism and their regional rival Iran, cut diplomatic ties with Qatar on Monday.", []string{"SAU QAT 161", "EGY QAT 161"}, []string{"IRN QAT 161"}},
		{"past participle, a relative clause", "2019-01-10", "Venezuelan opposition leaders, gathered for a rally that drew thousands, accused Nicolas Maduro of usurping power.", []string{"VENOPP VENGOV 112"}, nil},
		{"an appositive list item stays", "2017-06-05", "Saudi Arabia, Egypt and Bahrain cut diplomatic ties with Qatar on Monday.", []string{"SAU QAT 161", "EGY QAT 161"}, nil},
	})
}

// TestW13EV3ReportParticiple: a participle after a reporting verb and
// its adverbials is the speaker's act ("Erdogan said on Tuesday,
// accusing Israel of …"), not part of what was said; after a reported
// clause it stays that clause's (W13 EV3, issue 5).
func TestW13EV3ReportParticiple(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"said on a day, accusing", "2013-09-04", "Erdogan said on Tuesday, accusing Israel of genocide.", []string{"TURGOV ISR 112"}, nil},
		{"told an addressee, accusing", "2013-09-04", "\"This was an attack on human dignity,\" Erdogan told lawmakers on Tuesday, accusing Syrian President Bashar al-Assad of gassing his own people.", []string{"TURGOV SYRGOV 112"}, nil},
		{"a reported clause keeps its participle", "2013-09-04", "Erdogan said Israeli troops had attacked Gaza, killing 12.", []string{"ISRMIL  190"}, []string{"TURGOV  190"}},
	})
}

// TestW13EV3AllegedAgent: an allege word right before the source
// ("suspected Boko Haram militants", "by suspected al-Shabaab
// militants") marks the event alleged; before the target it does not
// (W13 EV3, issue 5).
func TestW13EV3AllegedAgent(t *testing.T) {
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

// TestW13EV3ReportedRelative: in "N, which <speaker> said <verb>" the
// speaker reported the act; the antecedent (or nobody named) did it
// (W13 EV3, issue 5).
func TestW13EV3ReportedRelative(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"an unowned antecedent", "2018-04-14", "The attack, which the ministry said killed 40 people, was condemned by France.", []string{"FRA  111"}, []string{"190"}},
		{"an organisation as speaker", "2018-04-14", "The attack, which the United Nations said killed 40 people, was condemned by France.", nil, []string{"IGOUNO CVL 190"}},
		{"an owned antecedent", "2018-04-14", "The Israeli strike, which Syrian state media said killed 12 soldiers, hit a base near Damascus.", []string{"ISR MIL 190"}, []string{"SYRGOVMED MIL 190"}},
		{"an actor antecedent", "2018-04-14", "Hamas, which Israel says attacked its towns, denied the charge.", []string{"PSEREB  180"}, []string{"ISR  180"}},
	})
}

// TestW13EV3FacedPressure: who faces pressure from nobody named presses
// nobody ("Putin, facing growing Western pressure over Ukraine" was
// Russia pressing Ukraine); with "from X", X presses the subject (W13
// EV3, issue 5).
func TestW13EV3FacedPressure(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"facing pressure, no owner", "2014-07-18", "Putin, facing growing Western pressure over the crisis in eastern Ukraine, said Russia would not back down.", []string{"RUSGOV  010"}, []string{"100"}},
		{"faced pressure from X", "2014-07-18", "Russia faced mounting pressure from the United States over Ukraine.", []string{"USA RUS 100"}, nil},
		{"came under pressure from X", "2014-07-18", "Netanyahu came under heavy pressure from Washington.", []string{"USA ISRGOV 100"}, nil},
		{"the verb stays", "2014-07-18", "The United States pressured Russia over Ukraine.", []string{"USA RUS 100"}, nil},
	})
}

// TestW13EV3AllegedClause: an adjunct participle is as alleged as the
// clause it hangs on ("allegedly struck …, killing two"), not when
// another clause intervenes (W13 EV3, issue 5).
func TestW13EV3AllegedClause(t *testing.T) {
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Russian jets allegedly struck a field hospital run by a charity in the town of Latamneh on Saturday, killing two Syrian soldiers.", "killing", true},
		{"Russian jets struck a field hospital in the town of Latamneh on Saturday, killing two Syrian soldiers.", "killing", false},
		{"Israeli jets reportedly struck Syria, and Hezbollah fired rockets, killing two Israeli soldiers.", "killing", false},
	} {
		d := worldDoc(t, tc.text, "2015-10-10")
		found := false
		for _, e := range d.Events {
			if e.Trigger != tc.trigger {
				continue
			}
			found = true
			if e.Alleged != tc.want {
				t.Errorf("%q: %s → %s %s alleged %v, want %v", tc.text, e.SourceCode, e.TargetCode, e.Cameo, e.Alleged, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", tc.text, tc.trigger)
		}
	}
}

// TestW13EV3CapsFunctionWord: "WHO" (the World Health Organization) is
// no relative pronoun (W13 EV3).
func TestW13EV3CapsFunctionWord(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"the WHO said", "2020-05-05", "The WHO said on Monday that the outbreak was over.", []string{"IGOUNO  010"}, nil},
		{"the WHO criticised", "2020-05-05", "The WHO criticised China over its handling of the outbreak.", []string{"IGOUNO CHN 111"}, nil},
		{"the relative who stays", "2020-05-05", "Kim Jong Un, who met Trump in Hanoi, criticised China.", []string{"PRKGOV USAGOV 040", "PRKGOV CHN 111"}, nil},
	})
}

// TestW13EV3SanctionsOnPersons: travel and visa bans and asset freezes
// imposed on X are sanctions (W13 EV3, issue 5).
func TestW13EV3SanctionsOnPersons(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"travel bans and asset freezes", "2014-03-17", "The European Union imposed travel bans and asset freezes on Russian officials.", []string{"IGOEUREEC RUSGOV 163"}, nil},
		{"visa bans", "2014-03-17", "The United States imposed visa bans on Nigerian officials.", []string{"USA NGAGOV 163"}, nil},
	})
}

// TestW13EV3ObjectRelative: in "officials they blamed" the officials
// are blamed by the clause subject before, not blaming (W13 EV3).
func TestW13EV3ObjectRelative(t *testing.T) {
	checkQA17(t, []qa17Case{
		{"they blamed", "2014-03-17", "The EU and the United States sanctioned Russian officials they blamed for the crisis.", []string{"IGOEUREEC RUSGOV 112", "USA RUSGOV 112"}, []string{"RUSGOV  112"}},
		{"it blamed", "2014-03-17", "The EU sanctioned Russian officials it blamed for the crisis.", []string{"IGOEUREEC RUSGOV 112"}, []string{"RUSGOV  112"}},
		{"an infinitive after a pronoun stays", "2014-03-17", "Iran told Israel it would strike.", []string{"IRN  138"}, []string{"ISR "}},
	})
}
