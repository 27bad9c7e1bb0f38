package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// Events that are only envisaged: a meeting still to come ("future
// talks", "a possible summit") and a readiness that names no act of its
// own ("is ready to do what he enjoys") or one the next trigger codes
// ("is ready to provide aid": the aid is the intent).

// prospective modifiers put a nominal event in the future.
// ("proposed", "planned" are left out: they are also verbs, "Egypt
// proposed talks").
var prospective = wordset.FromMap(map[string]bool{"future": true, "upcoming": true, "possible": true, "potential": true,
	"prospective": true, "eventual": true})

// envisagedNominal reports a match that opens with its trigger noun
// modified by a prospective word ("concerning future talks with
// Syria"): nobody met. A verb before the noun ("held future talks")
// makes a longer match that is kept.
func envisagedNominal(toks []tok, m *match) bool {
	if m.head != m.start || m.head == 0 { // (codeSentence asks only past this test: keep it so)
		return false
	}
	return toks[m.head-1].is(wcProspective)
}

// lightVerbs name no act anyone could cooperate in.
var lightVerbs = wordset.FromMap(map[string]bool{"do": true, "go": true, "get": true, "be": true, "have": true, "take": true,
	"start": true, "move": true, "play": true, "try": true, "retire": true, "leave": true, "face": true, "step": true})

// emptyReadiness reports a readiness match ("is ready to", "are
// willing to") whose infinitive is coded by the next match (next starts
// right after it) with an actor after it to aim at ("ready to provide
// aid to Peru"), or is a light verb: the generic intent adds nothing.
func emptyReadiness(toks []tok, actorAt []int, m *match, next *match) bool {
	if m.p.Code != "030" || m.end == 0 || m.end >= len(toks) || toks[m.end-1].low != "to" {
		return false
	}
	switch toks[m.head].low {
	case "ready", "willing", "prepared":
	default:
		return false
	}
	if next != nil && next.p.Code == "" && next.start == m.end {
		return true // "was ready to defend itself": an infinitive a null pattern says is no act (W12 QA)
	}
	if next != nil && next.start >= m.end && next.start <= m.end+1 && !conditional(toks, next) {
		// (a readiness on a condition stays: "willing to send material
		// … if it is attacked" is a promise, not a threat)
		for i := next.start; i < len(toks) && !toks[i].punct; i++ {
			if actorAt[i] >= 0 {
				return true
			}
		}
	}
	return toks[m.end].is(wcLightVerb)
}
