package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// qa13Tests are constructions the thirteenth QA read of unseen articles
// found mishandled.
var qa13Tests = []struct {
	name  string
	input string
	want  []want
}{
	// a news outlet named with what it is, in a trailing
	// attribution or opening the sentence
	{"trailing name news agency reports", `The death toll has risen above 800, Tanjug news agency reports.`,
		[]want{{"^The death toll has risen above 800", Indirect, "Tanjug", "news agency", KindNamed, "reports"}}},
	{"trailing name news agency reported", `Two ministers have resigned, Bernama news agency reported.`,
		[]want{{"^Two ministers have resigned", Indirect, "Bernama", "news agency", KindNamed, "reported"}}},
	{"possessive country before the agency", `Rescue teams reached the village, Peru's Andina news agency said.`,
		[]want{{"^Rescue teams reached the village", Indirect, "Andina", "news agency", KindNamed, "said"}}},
	{"trailing outlet noun before the name", `The curfew was lifted, state broadcaster RTS reported.`,
		[]want{{"^The curfew was lifted", Indirect, "RTS", "state broadcaster", KindNamed, "reported"}}},
	{"opening outlet noun before the name", `Earlier this week the Serbian tabloid Kurir reported that the minister would resign.`,
		[]want{{"^the minister would resign", Indirect, "Kurir", "Serbian tabloid", KindNamed, "reported"}}},
	{"modifiers before the name and a bare agency", `Three soldiers were killed, Turkish state-run Anadolu agency reported.`,
		[]want{{"^Three soldiers were killed", Indirect, "Anadolu", "agency", KindNamed, "reported"}}},
	// a nationality alone names no outlet; an article keeps the description
	{"nationality television", `The curfew was lifted, Serbian television reported.`,
		[]want{{"^The curfew was lifted", Indirect, "Serbian television", "", KindUnnamed, "reported"}}},
	{"the newspaper stays unresolved", `The newspaper reported that the plan had been shelved.`,
		[]want{{"^the plan had been shelved", Indirect, "", "", KindUnresolved, "reported"}}},
	{"agency of a body is no outlet", `The flood displaced 4,000 people, UN refugee agency spokesman Ali Kamal said.`,
		[]want{{"^The flood displaced 4,000 people", Indirect, "Ali Kamal", "UN refugee agency spokesman", KindNamed, "said"}}},
}

func TestFindQA13(t *testing.T) {
	for _, tt := range qa13Tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa13Mediums are reports made in a medium with a short adjunct between
// the medium and "saying" (QA13 Q-2).
var qa13Mediums = []struct {
	name  string
	input string
	want  []want
}{
	{"statement on television saying", `Colonel Amadou Diallo read a statement on state television saying the army had taken control.`,
		[]want{{"^the army had taken control", Indirect, "Amadou Diallo", "Colonel", KindNamed, "saying"}}},
	{"message on a platform saying", `Okafor posted a message on Facebook saying he would not resign.`,
		[]want{{"^he would not resign", Indirect, "Okafor", "", KindNamed, "saying"}}},
	{"statement late on a day saying", `Mensah issued a statement late on Friday saying the talks had failed.`,
		[]want{{"^the talks had failed", Indirect, "Mensah", "", KindNamed, "saying"}}},
	// no medium: a participle after an action reports nothing
	{"troops to the border saying", `Okafor sent troops to the border saying they would stay.`, nil},
}

func TestFindQA13Mediums(t *testing.T) {
	for _, tt := range qa13Mediums {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// qa13Coordinated are reports coordinated after a first verb whose
// subject is a body, a lower-case title and a name (QA13 Q-3): the name
// speaks, the body with the title is its title.
var qa13Coordinated = []struct {
	name  string
	input string
	want  []want
}{
	{"Army chief Name verb and said", `Army chief Musa Bello toured the camp and said troops would stay.`,
		[]want{{"^troops would stay", Indirect, "Musa Bello", "Army chief", KindNamed, "said"}}},
	{"Police chief Name verb and said", `Police chief Ana Costa visited the scene and said officers would be deployed.`,
		[]want{{"^officers would be deployed", Indirect, "Ana Costa", "Police chief", KindNamed, "said"}}},
	{"body chief Title Name verb and said", `Navy chief Admiral Tomas Ruiz inspected the port and said the fleet was ready.`,
		[]want{{"^the fleet was ready", Indirect, "Tomas Ruiz", "Navy chief Admiral", KindNamed, "said"}}},
}

func TestFindQA13Coordinated(t *testing.T) {
	for _, tt := range qa13Coordinated {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindQA13Possessed: "his foundation said", "her lawyer said" name
// the possessor's body or agent, never a speaker with no name (QA13
//
func TestFindQA13Possessed(t *testing.T) {
	tests := []mentionQuoteCase{
		{"his foundation", `Nelson Tambo died on Sunday in a hospital in Durban, his foundation said.`,
			[]mentionMark{{"Nelson Tambo", doc.TypePerson, "", ""}},
			[]want{{"^Nelson Tambo died on Sunday", Indirect, "Nelson Tambo's foundation", "", KindDescription, "said"}}},
		{"her lawyer", `Maria Lopez was released on bail on Friday, her lawyer said.`,
			[]mentionMark{{"Maria Lopez", doc.TypePerson, "", ""}},
			[]want{{"^Maria Lopez was released", Indirect, "Maria Lopez's lawyer", "", KindUnnamed, "said"}}},
		{"its spokesman: the body opening the sentence", `Toyota will close the plant in Derby, its spokesman said.`,
			[]mentionMark{{"Toyota", doc.TypeOrganization, "", ""}, {"Derby", doc.TypePlace, "", ""}},
			[]want{{"^Toyota will close the plant", Indirect, "Toyota's spokesman", "", KindUnnamed, "said"}}},
		{"its spokesman: not a country later in the sentence", `The company will close a plant in Germany, its spokesman said.`,
			[]mentionMark{{"Germany", doc.TypeCountry, "DEU", "Germany"}},
			[]want{{"^The company will close a plant", Indirect, "its spokesman", "", KindUnresolved, "said"}}},
		{"his office, no possessor", `The plan will fail, his office said.`, nil,
			[]want{{"^The plan will fail", Indirect, "his office", "", KindUnresolved, "said"}}},
	}
	checkMentionQuotes(t, tests)
}

// qa13Requests: "asked X for <noun phrase>" is a request with an
// object, no report, whatever is asked for (QA13 Q-5).
var qa13Requests = []struct {
	name  string
	input string
	want  []want
}{
	{"asked a country for a loan, and a new clause", `Latvia asked Sweden for a loan of 2 billion euros, and a team from the European Central Bank arrived in Riga.`, nil},
	{"asked a court for more time", `The defence asked the court for more time to prepare its case.`, nil},
	{"asked whether still reports", `Okafor asked reporters whether the deal was dead.`,
		[]want{{"^whether the deal was dead", Indirect, "Okafor", "", KindNamed, "asked"}}},
}

func TestFindQA13Requests(t *testing.T) {
	for _, tt := range qa13Requests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.input, tt.want) })
	}
}

// TestFindQA13OutletLink: the outlet is linked by its name, not by the
// country whose possessive opens the phrase.
func TestFindQA13OutletLink(t *testing.T) {
	tests := []mentionQuoteCase{
		{"country's outlet", `Three soldiers were killed, Russia's Interfax news agency reported.`,
			[]mentionMark{{"Russia", doc.TypeCountry, "RUS", "Russia"}},
			[]want{{"^Three soldiers were killed", Indirect, "Interfax", "news agency", KindNamed, "reported"}}},
	}
	checkMentionQuotes(t, tests)
}
