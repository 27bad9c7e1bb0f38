package quote

import (
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

// Tests of news outlets as speakers.

// TestFindOutletLink: the outlet is linked by its name, not by the
// country whose possessive opens the phrase.
func TestFindOutletLink(t *testing.T) {
	tests := []mentionQuoteCase{
		{"country's outlet", `Three soldiers were killed, Russia's Interfax news agency reported.`,
			[]mentionMark{{"Russia", doc.TypeCountry, "RUS", "Russia"}},
			[]want{{"^Three soldiers were killed", Indirect, "Interfax", "news agency", KindNamed, "reported"}}},
	}
	checkMentionQuotes(t, tests)
}

// TestFindOutletOwner: a capitalised "<owner>-owned" (-run, -backed)
// before an outlet's name says who runs it; the name is what follows.
func TestFindOutletOwner(t *testing.T) {
	for _, tc := range []struct {
		input string
		want  []want
	}{
		{`Army-owned Myawaddy television said power had been handed to the commander-in-chief.`,
			[]want{{"^power had been handed", Indirect, "Myawaddy", "television", KindNamed, "said"}}},
		{`Hezbollah-run Al-Manar television reported that two fighters were killed.`,
			[]want{{"^two fighters were killed", Indirect, "Al-Manar", "television", KindNamed, "reported"}}},
	} {
		checkFind(t, tc.input, tc.want)
	}
}
