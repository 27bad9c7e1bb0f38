package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// causeNominal reports whether the act of m, a noun (a nominal pattern
// or a verb pattern on its noun: "raid", "supply of drones"), is the object
// of an inquiry ("ordered a probe into the bombing") or opens the cause of
// the clause before it: "broke off relations over a police raid on its
// embassy", "expelled the ambassador in protest at a Colombian raid",
// "imposed sanctions over the supply of drones to Russia". The act
// named there is the reason of another act, told as background: its
// own agent is seldom the clause subject, and the event sets code only
// the reaction.
func causeNominal(toks []tok, m *match) bool {
	for k := m.start + 1; k < m.end; k++ {
		if (toks[k].low == "into" || toks[k].low == "of") && inquiryNouns.Has(toks[k-1].low) {
			return !ownAgent(toks, m.end) // "launched a probe into the attack": the probe's object, no attack launched
		}
	}
	if strings.HasSuffix(toks[m.start].low, "ed") {
		return false // "a dispute over Japanese nationals abducted by the North": a participle tells the act
	}
	for i := m.start - 1; i >= 1 && i >= m.start-5; i-- {
		t := &toks[i]
		if t.punct || t.low == "" || t.low == "and" || t.low == "or" || t.low == "but" || t.low[0] >= '0' && t.low[0] <= '9' || t.is(wcBeForm) {
			return false // "profit in over 3 years and announced plans": "over" is no cause of the verb
		}
		if t.is(wcAllege) {
			// "in response to alleged attacks on Israeli territory": an
			// alleged act given as the reason is itself the claim the
			// story reports, coded (and flagged alleged) for the
			// verification stage
			return false
		}
		if !t.is(wcPreposition) {
			continue // a determiner, modifier or owner: "a Colombian", "the"
		}
		switch t.low {
		case "over":
			// "took over the economy", "presided over the signing": a
			// particle of the verb before it
			return !overParticleVerbs.Has(toks[i-1].low)
		case "at", "against", "to", "for":
			// "in protest at", "in response to", "in retaliation for"
			if t.low == "to" && i >= 3 && reasonDecisionNouns.Has(toks[i-1].low) && overBefore(toks, i-2) {
				// "cut ties with Paraguay over its refusal to recognise
				// Maduro": the other side's refusal is the reason, told
				// as background
				return true
			}
			return i >= 2 && toks[i-2].low == "in" && causeNouns.Has(toks[i-1].low)
		case "into", "of":
			// "ordered an inquiry into the killings", "a probe of the
			// bombing": the act investigated, whose agent the clause
			// subject is not
			return inquiryNouns.Has(toks[i-1].low) && !ownAgent(toks, m.end)
		}
		return false
	}
	return false
}

// causeNouns head the prepositional phrases "in <noun> at/against/to/for"
// that give the reason of an act.
var causeNouns = wordset.Of("protest response retaliation reprisal revenge")

// ownAgent reports whether a "by" phrase follows a nominal act ending at
// end within its clause ("the massacre of villagers by soldiers"): the act
// names its agent, and is coded as its own event.
func ownAgent(toks []tok, end int) bool {
	for k := end; k < len(toks) && k < end+6; k++ {
		if toks[k].punct || toks[k].is(wcBeForm) {
			return false
		}
		if toks[k].low == "by" {
			return true
		}
	}
	return false
}

// inquiryNouns head "<noun> into/of" phrases that name an act under
// investigation.
var inquiryNouns = wordset.Of("inquiry inquiries enquiry enquiries investigation investigations probe probes inquest")

// overParticleVerbs take "over" as a particle, not as "because of".
var overParticleVerbs = wordset.Of("take takes took taken taking hand hands handed handing turn turns turned turning " +
	"preside presides presided presiding watch watches watched watching hold holds held holding")

// reasonDecisionNouns name a decision whose infinitive says what was
// decided ("its refusal to recognise", "Turkey's decision to buy").
var reasonDecisionNouns = wordset.New("refusal", "refusals", "failure", "decision", "decisions", "move", "bid", "attempt", "attempts", "plan", "plans")

// overBefore reports "over" at most three words before token k (a
// determiner or owner may stand between: "over its", "over Turkey's"),
// with no punctuation between.
func overBefore(toks []tok, k int) bool {
	for i := k; i >= 0 && i > k-4; i-- {
		if toks[i].punct {
			return false
		}
		if toks[i].low == "over" {
			return i > 0 && !overParticleVerbs.Has(toks[i-1].low)
		}
	}
	return false
}
