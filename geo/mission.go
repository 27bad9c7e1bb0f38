package geo

import (
	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// missionAfter reports whether the word after token j-1 is a noun that a
// country's name modifies as its owner, not its location: "at the U.S.
// embassy" (in Havana), "in U.S. custody", "the Russian consulate".
func missionAfter(d *doc.Doc, j int) bool {
	if j >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[j]
	if t.Kind != doc.TokWord || breaksName(d.Text[d.Tokens[j-1].Span.End:t.Span.Start]) {
		return false
	}
	return missionNouns.HasLower(d.Text[t.Span.Start:t.Span.End])
}

// missionNouns are the nouns (any case: "U.S. Embassy") of a state's missions and holds
// abroad, which stand wherever the host is.
var missionNouns = wordset.New("embassy", "embassies", "consulate", "consulates", "mission", "ambassador", "envoy", "delegation", "custody")
