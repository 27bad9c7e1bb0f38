package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// TestW14QA14Events checks the patterns added after the W14 QA14 articles
// (Thailand–Cambodia, Myanmar, Georgia): "SRC TGT CAMEO" substrings that
// must be among the events, and ones that must not.
func TestW14QA14Events(t *testing.T) {
	for _, tc := range []qa17Case{
		{"sent jets to bomb is the strike", "2025-07-24", "Thailand sent fighter jets to bomb Cambodian military positions.", []string{"THA KHMMIL 195"}, []string{"072"}},
		{"sent jets to Ukraine stays military aid", "2024-07-24", "Norway sent fighter jets to Ukraine.", []string{"NOR UKR 072"}, []string{"195"}},
		{"took up positions is a deployment", "2021-02-01", "Soldiers took up positions outside city hall in Yangon.", []string{"150"}, []string{"190"}},
		{"took positions stays a capture", "2022-03-01", "Russian troops took positions near Kyiv.", []string{"190"}, nil},
		{"spent years under house arrest is held", "2021-02-01", "Suu Kyi spent about 15 years under house arrest.", []string{" MMRGOV 173"}, []string{"MMRGOV  173"}},
		{"a count opening the second clause heads its subject", "2022-07-13", "President Gotabaya Rajapaksa fled to the Maldives, and thousands of protesters stormed the office.", []string{"145"}, []string{"LKAGOV  145", "LKAGOV MDV 145"}},
		{"tens of thousands after a comma", "2022-07-13", "Rajapaksa fled to the Maldives, tens of thousands of protesters stormed the office.", []string{"145"}, []string{"LKAGOV  145", "LKAGOV MDV 145"}},
		{"the victims of a count are no subject", "2022-07-13", "Police fired tear gas at thousands of protesters in Colombo.", []string{"LKACOP"}, nil},
		{"a missile fired into the sea is a show of force", "2023-03-16", "North Korea fired an intercontinental ballistic missile into the sea between the Korean peninsula and Japan.", []string{"PRK JPN 150"}, []string{"194"}},
		{"missiles fired into a state attack it", "2024-01-16", "Iran launched missiles into Iraq.", []string{"IRN IRQ 194"}, []string{"150"}},
		{"an evaluative word opening a quote", "2022-07-08", "Japanese Prime Minister Fumio Kishida called the attack \"barbaric and malicious\".", []string{"JPNGOV  111"}, nil},
		{"an adverb before the evaluative word in a quote", "2006-07-13", "French President Jacques Chirac called the response \"totally disproportionate\".", []string{"FRAGOV  111"}, nil},
		{"a medium after \"wrote on\" is no source", "2019-08-21", "Trump wrote on Twitter that he would postpone the trip because Frederiksen \"had no interest in discussing the purchase of Greenland.\"", []string{"USAGOV  040"}, nil},
		{"flew from A to B visits B", "2008-08-12", "Sarkozy flew from Moscow to Tbilisi.", []string{"GEO 042"}, []string{"RUS 042"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := qa26Events(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}

// TestW14QA14Dates: a time modifying a noun in a prepositional phrase
// deep in the object dates that noun, not the event (W14 QA14: Myanmar,
// "accused the election commission of failing to address irregularities
// in the November election"); right after the trigger it is still the
// occasion ("said in a Friday interview").
func TestW14QA14Dates(t *testing.T) {
	checkTriggered(t, "dated", func(e *doc.Event) string { return e.Date }, []triggerCase{
		{"a noun's time deep in the object", "2021-02-01",
			"The military accused the election commission of failing to address irregularities in the November election.", "accused", "2021-02-01"},
		{"a time in a later coordinated appeal", "2012-03-22",
			"France suspended cooperation with Mali and called for elections to go ahead as planned in April.", "cooperation", "2012-03-22"},
		{"the occasion right after the trigger", "2021-02-01",
			"The military accused the election commission of fraud in a Friday statement.", "accused", "2021-01-29"},
		{"a news conference is an occasion", "2021-02-01",
			"The military accused the election commission of fraud at a Friday news conference.", "accused", "2021-01-29"},
	})
}

// TestW14QA14VisitPlace: a visit's place is where the visitor goes, not
// the city after "from" (W14 QA14: "Sarkozy flew from Moscow to Tbilisi"
// was placed in Moscow).
func TestW14QA14VisitPlace(t *testing.T) {
	checkTriggered(t, "placed in", func(e *doc.Event) string { return e.Place }, []triggerCase{
		{"flew from A to B", "2008-08-12",
			"Sarkozy flew from Moscow to Tbilisi in the evening.", "flew", "Tbilisi"},
		{"an attack from a place stays there", "2014-07-12",
			"Hamas fired rockets from Gaza into Israel.", "rockets", "Gaza Strip"},
	})
}

// TestW14QA14DefiniteNominal: a definite act in the object of another
// verb ("will investigate the killings of protesters") happened: no
// threat (138) and not hypothetical; the governing verb keeps its modal
// (W14 QA14 probe: Bangladesh). An indefinite act after a modal stays a
// threat ("will launch an offensive").
func TestW14QA14DefiniteNominal(t *testing.T) {
	for _, tc := range []qa17Case{
		{"the killings investigated", "2024-08-05", "The army will investigate the killings of protesters.", []string{"090 hypo", " 1823"}, []string{"138", "1823 hypo"}},
		{"an offensive to come is a threat", "2024-08-05", "Russia will launch an offensive against Ukraine.", []string{"RUS UKR 138"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := qa26Events(t, tc.text, tc.date)
			wantEvents(t, tc.text, got, tc.want, tc.none)
		})
	}
}
