package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of possessed bodies and spokesmen as speakers.

// TestFindPossessed: "his foundation said", "her lawyer said" name
// the possessor's body or agent, never a speaker with no name.
func TestFindPossessed(t *testing.T) {
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

// TestFindPossessedSpokesman: "his spokesman" after a sentence that
// names a person is that person's spokesman, an unnamed source, not an
// earlier speaker who was another body's spokesman (e.g. Myanmar).
func TestFindPossessedSpokesman(t *testing.T) {
	checkMentionQuotes(t, []mentionQuoteCase{
		{"his spokesman after a named person",
			`The army detained the president, party spokesman Myo Nyunt said. Antonio Guterres strongly condemned the detentions, his spokesman said.`,
			people("Myo Nyunt", "Antonio Guterres"),
			[]want{{"^The army detained the president", Indirect, "Myo Nyunt", "party spokesman", KindNamed, "said"},
				{"^Antonio Guterres strongly condemned", Indirect, "Antonio Guterres's spokesman", "", KindUnnamed, "said"}}},
	})
}
