package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// aggressionNouns name an act a threatened response would answer.
var aggressionNouns = wordset.New("attack", "attacks", "incursion", "incursions", "aggression", "invasion",
	"provocation", "provocations", "violation", "violations", "intrusion", "intrusions", "strike", "strikes", "assault")

// respondedAggressor returns, for a threat of force with no target
// ("warned it would respond with force to any incursion by Colombian
// troops", "would retaliate against any attack from Ethiopia"), the
// actor named as the author of the act answered: the threat is aimed at
// it. It returns -1 when no "to/against (any) <attack> by/from X"
// follows the match within a few words, or X is no actor.
func respondedAggressor(toks []tok, actorAt []int, m *match) int {
	for i := m.end; i < len(toks) && i < m.end+6; i++ {
		if toks[i].punct {
			return -1
		}
		if toks[i].low != "to" && toks[i].low != "against" {
			continue
		}
		k := i + 1
		if k < len(toks) && (toks[k].low == "any" || toks[k].low == "an" || toks[k].low == "a" || toks[k].low == "the" || toks[k].low == "further") {
			k++
		}
		if k < len(toks) && toks[k].low == "military" || k < len(toks) && toks[k].low == "armed" {
			k++
		}
		if k+2 >= len(toks) || !aggressionNouns.Has(toks[k].low) || toks[k+1].low != "by" && toks[k+1].low != "from" {
			return -1
		}
		return actorAt[k+2]
	}
	return -1
}
