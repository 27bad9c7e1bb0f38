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
