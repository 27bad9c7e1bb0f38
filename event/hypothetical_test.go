package event

import (
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of envisaged, ordered, scheduled and promised events.

// hypoTests are sentences whose event with the given code must (hypo) or
// must not be hypothetical.
var hypoTests = []hypoCase{
	// the infinitive of an order is ordered, not done
	{"ordered X to halt its offensive", "The Security Council ordered Ethiopia to halt its offensive in Tigray.", "087", true},
	{"was ordered to halt its offensive", "Ethiopia was ordered to halt its offensive in Tigray.", "087", true},
	{"ordered troops to attack", "The president ordered the army to attack the rebel town.", "180", true},
	{"halted its offensive stays done", "Ethiopia halted its offensive in Tigray.", "087", false},
	{"in order to is a purpose", "Troops stormed the town in order to arrest the mayor.", "173", false},
	{"a comma closes the infinitive", "The commander ordered the man to drop the gun, then shot him in the leg.", "193", false},
}

// A hypoCase is a sentence whose events with code must (hypo) or must
// not be hypothetical.
type hypoCase struct {
	name, text, code string
	hypo             bool
}

// checkHypothetical runs each case through the world pipeline at day
// and wants at least one event with the case's code, each with the
// case's hypothetical flag.
func checkHypothetical(t *testing.T, day time.Time, cases []hypoCase) {
	t.Helper()
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := runWorld(t, p, tc.text, day)
			got := codedAs(t, d, tc.text, tc.code)
			if len(got) == 0 {
				t.Fatalf("%q: no %s event", tc.text, tc.code)
			}
			for _, e := range got {
				if e.Hypothetical != tc.hypo {
					t.Errorf("%q: event %s hypothetical %v, want %v", tc.text, e.Cameo, e.Hypothetical, tc.hypo)
				}
			}
		})
	}
}

// TestFutureSubordinate: a present verb in an after/before/when clause
// with a time to come is planned; without the time word (a headline's
// present) it stays done.
func TestFutureSubordinate(t *testing.T) {
	checkHypothetical(t, time.Date(2022, 7, 28, 0, 0, 0, 0, time.UTC), []hypoCase{
		{"after a visit next week", "The talks will resume after Iranian Foreign Minister Javad Zarif visits Moscow next week.", "042", true},
		{"before a titled visitor's trip", "Security was tightened in Taipei before U.S. House Speaker Nancy Pelosi visits Taiwan next week.", "042", true},
		{"when a meeting comes later this month", "Markets rallied before Japanese Prime Minister Fumio Kishida meets Chinese President Xi Jinping later this month.", "040", true},
		{"a headline's present", "China fires missiles after Nancy Pelosi visits Taiwan.", "042", false},
		{"next to is a place", "Police arrested the governor after Nancy Pelosi visits Taiwan next to the strait.", "042", false},
		{"this coming weekday", "Protests are expected when Chancellor Olaf Scholz visits Beijing this coming Friday.", "042", true},
	})
}

// TestFutureMainClause: a present verb in an after/before/when clause
// that hangs on a main clause in the future is planned, with a weekday
// or no time; a headline's present main clause leaves it done.
func TestFutureMainClause(t *testing.T) {
	checkHypothetical(t, time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), []hypoCase{
		{"future main clause and a weekday", "Security will be tight when French President Emmanuel Macron visits Algiers on Thursday.", "042", true},
		{"future main clause after the comma", "When Chancellor Olaf Scholz visits Beijing on Friday, he will raise trade.", "042", true},
		{"future main clause, no time", "The ministers will sign the deal after Chancellor Olaf Scholz visits Beijing.", "042", true},
		{"a headline's present with a weekday", "Xi Jinping signs trade deals when Brazilian President Lula visits Beijing on Friday.", "042", false},
		{"a past main clause with a weekday", "Police closed the roads when French President Emmanuel Macron visits Algiers on Thursday.", "042", false},
	})
}

// TestOpeningSpeakerHypothetical: what a speaker who opens the sentence
// says another may, might or could do to a named target is coded as
// envisaged, as when the speaker closes it; without a named target, a
// demand ("must") or "would" (which would make it an intent), it is not.
func TestOpeningSpeakerHypothetical(t *testing.T) {
	checkHypothetical(t, time.Date(2023, 9, 5, 0, 0, 0, 0, time.UTC), []hypoCase{
		{"a trip that could happen", "U.S. officials said North Korean leader Kim Jong Un could travel to Russia later this month.", "042", true},
		{"a visit that may happen", "South Korean officials said Chinese President Xi Jinping may visit Pyongyang next month.", "042", true},
		{"a closure that might happen", "Nigerian officials said Chad might close its border with Nigeria next week.", "191", true},
	})
	checkEvents(t, []eventCase{
		{"no named target", "2023-09-05", "U.S. officials said Russia could launch a new offensive within weeks.", []string{"USAGOV  010"}, []string{"RUS  19"}},
		{"a denied act stays dropped", "2023-09-05", "U.S. officials said North Korea could not attack South Korea.", nil, []string{"PRK KOR"}},
		{"another's future stays dropped", "2023-09-05", "U.S. officials said North Korea would attack South Korea.", nil, []string{"PRK KOR"}},
		{"a demand stays the speaker's", "2023-09-05", "The Red Cross said Israel must allow aid into Gaza.", nil, []string{"ISR PSE 08"}},
	})
}

func TestPlannedHypothetical(t *testing.T) {
	checkHypothetical(t, time.Date(2021, 11, 4, 0, 0, 0, 0, time.UTC), hypoTests)
}

// TestDoneNotPromised: a verb coordinated after "pledged <NP> and" is
// done, not promised; "pledged to send … and deploy" stays a promise.
func TestDoneNotPromised(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, trigger string
		hypo          bool
	}{
		{"French President Nicolas Sarkozy pledged aid and ordered two warships to the island.", "warships", false},
		{"France pledged to send two warships to the island.", "warships", true},
	} {
		if e := triggered(t, p, "2010-01-13", tc.text, tc.trigger); e != nil && e.Hypothetical != tc.hypo {
			t.Errorf("%q: %s hypothetical %v, want %v", tc.text, tc.trigger, e.Hypothetical, tc.hypo)
		}
	}
}

// TestScheduled: "is expected/due/scheduled to <act>" is a planned
// act: coded (the subject is not cut off by "expected") and
// hypothetical; a done act is not.
func TestScheduled(t *testing.T) {
	p, err := worldPipeline()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, want string
		hypo       bool
	}{
		{"Chancellor Olaf Scholz is expected to visit Brazil in March.", "DEUGOV BRA 042", true},
		{"The Kenyan president is due to travel to Berlin on Monday.", "KENGOV DEU 042", true},
		{"Chancellor Olaf Scholz visited Brazil, as had been expected.", "DEUGOV BRA 042", false},
		{"Uganda is unlikely to attack South Sudan.", "UGA SSD 180", true},
		{"Uganda is highly unlikely to attack South Sudan.", "UGA SSD 180", true},
	}
	for _, tt := range tests {
		d := runWorld(t, p, tt.text, day)
		found := false
		for _, e := range d.Events {
			if e.SourceCode+" "+e.TargetCode+" "+e.Cameo == tt.want {
				found = true
				if e.Hypothetical != tt.hypo {
					t.Errorf("%q: %s hypothetical %v, want %v", tt.text, tt.want, e.Hypothetical, tt.hypo)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event %s among %q", tt.text, tt.want, eventCodes(d))
		}
	}
}

// TestTriggerHypothetical checks which events are marked hypothetical.
func TestTriggerHypothetical(t *testing.T) {
	hypo := func(e *doc.Event) string {
		if e.Hypothetical {
			return "hypothetical"
		}
		return "real"
	}
	checkTriggered(t, "is", hypo, []triggerCase{
		{"the month May is no modal", "2022-07-09", "Israel struck the convoy in May and has been shelling the town.", "shelling", "real"},
		{"the modal may stays", "2022-07-09", "Israel may strike the convoy.", "strike", "hypothetical"},
	})
}

// TestMoreTriggerHypothetical checks which events are marked hypothetical.
func TestMoreTriggerHypothetical(t *testing.T) {
	hypo := func(e *doc.Event) string {
		if e.Hypothetical {
			return "hypothetical"
		}
		return "real"
	}
	checkTriggered(t, "is", hypo, []triggerCase{
		{"an act after 'whether' is an open question", "2024-12-14",
			"South Korea's Constitutional Court decides whether to remove President Yoon Suk Yeol from office.", "remove", "hypothetical"},
		{"the act itself stays real", "2024-12-14",
			"South Korea's Constitutional Court removed President Yoon Suk Yeol from office.", "removed", "real"},
	})
}

// TestDefiniteNominal: a definite act in the object of another
// verb ("will investigate the killings of protesters") happened: no
// threat (138) and not hypothetical; the governing verb keeps its modal.
// An indefinite act after a modal stays a
// threat ("will launch an offensive").
func TestDefiniteNominal(t *testing.T) {
	for _, tc := range []eventCase{
		{"the killings investigated", "2024-08-05", "The army will investigate the killings of protesters.", []string{"090 hypo", " 1823"}, []string{"138", "1823 hypo"}},
		{"an offensive to come is a threat", "2024-08-05", "Russia will launch an offensive against Ukraine.", []string{"RUS UKR 138"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := flaggedEvents(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestConditionalSubject: an act whose subject opens an "if" or
// "unless" clause is supposed, not done (e.g. "Imagine the spectacle
// if the I.R.S. sues a sitting president").
func TestConditionalSubject(t *testing.T) {
	checkHypothetical(t, time.Date(2021, 11, 4, 0, 0, 0, 0, time.UTC), []hypoCase{
		{"an inverted should-condition", "Should Uganda attack South Sudan, Kenya would respond.", "180", true},
		{"an inverted had-condition", "Had Uganda attacked South Sudan, Kenya would have responded.", "180", true},
		{"would have attacked is no intent", "Uganda would have attacked South Sudan had Kenya not intervened.", "180", true},
		{"if X sues", "Egypt would be furious if Libya sues Sudan.", "115", true},
		{"if X attacks, opening", "If Egypt attacks Libya, the region will suffer.", "180", true},
		{"if the X", "Imagine the spectacle if the Libyan government sues Sudan.", "115", true},
		{"an if clause after the act", "Egypt attacked Libya if reports are true.", "180", false},
	})
}

// TestSubjunctiveBe: "that X be consulted" asks for an act, which is
// not done; the asking, coded on the same verb, stays factual.
func TestSubjunctiveBe(t *testing.T) {
	checkHypothetical(t, time.Date(2009, 3, 1, 0, 0, 0, 0, time.UTC), []hypoCase{
		{"recommended that X be consulted", "Egypt recommended that Libya be consulted on the plan.", "040", true},
		{"was consulted stays done", "Libya was consulted by Egypt.", "040", false},
		{"demanded that X be freed stays a demand", "Egypt demanded that the Libyan prisoners be freed.", "1053", false},
	})
}

// TestFearedAct: "expressed fear (concern) that X may expel …" reports
// what someone fears X may do: no event by X.
func TestFearedAct(t *testing.T) {
	checkEvents(t, []eventCase{
		{"fear that a state may expel", "2018-05-01", "Officials expressed fear that Somalia may expel the aid workers.", nil, []string{"SOM"}},
		{"concern that a state could deport", "2018-05-01", "Aid agencies voiced concern that Kenya could deport the refugees.", nil, []string{"KEN"}},
		{"concern over a past attack stays", "2008-08-12", "Officials expressed concern that Russia attacked Georgian villages.", []string{"RUS GEO 180"}, nil},
	})
}

// fearedActTests: a coming act that someone fears is no threat of its
// subject's; the subject's own "will" still is.
var fearedActTests = []eventCase{
	{"afraid in a quote", "2022-03-02", `"We are afraid the army will bomb the city," said a resident of Kharkiv.`, nil, []string{" 138", " 190", " 195"}},
	{"worried that", "2013-12-20", "Villagers near Bor are worried that rebels will attack the town again.", nil, []string{" 138", " 190"}},
	{"fear as a verb", "2019-05-10", `"We fear the militias will burn our houses," a farmer in Ituri said.`, nil, []string{" 137", " 138", " 190"}},
	{"scared", "2021-02-15", `"I am scared the soldiers will shoot us," said a student in Mandalay.`, nil, []string{" 138", " 190"}},
	{"a stated threat stays one", "2022-03-02", "The Russian army will bomb Kharkiv if the defenders do not surrender, a general said.", []string{"RUSMIL UKR 138"}, nil},
}

func TestFearedComingAct(t *testing.T) { checkEvents(t, fearedActTests) }
