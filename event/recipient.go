package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// Recipients: a nominal act the clause subject receives is not the
// subject's own. "The plan received critical support from Republican
// leaders", "Clinton enjoyed strong support among black voters": the
// ones who support are the source, the receiver the target.

// receiveVerbs are verbs whose object, a nominal act, is done to their
// subject by someone else.
var receiveVerbs = wordset.Of("receive receives received receiving enjoy enjoys enjoyed enjoying " +
	"win wins won winning draw draws drew drawn drawing gain gains gained gaining earn earns earned earning " +
	"garner garners garnered garnering attract attracts attracted attracting get gets got gotten getting")

// receivedNominal reports whether the nominal trigger of m is the object
// of a verb of receiving (past up to three modifiers: "received
// critical bipartisan support"), and returns the actor after "from"
// who gives it, or -1 when the text names no actor as the giver
// ("enjoyed support among black voters").
func receivedNominal(toks []tok, acts []actor, actorAt []int, m *match) (giver int, ok bool) {
	if strings.HasSuffix(toks[m.head].low, "ed") {
		return -1, false // "won't get invited back": a passive verb, no noun received
	}
	for i := m.start - 1; i >= 0 && i >= m.start-4; i-- {
		t := &toks[i]
		if t.punct || actorAt[i] >= 0 || t.is(wcPreposition) || t.is(wcBeForm) || t.low == "and" || t.low == "or" || strings.HasSuffix(t.low, "ly") {
			return -1, false // "got upset and allegedly told", "to gain and maintain employer support"
		}
		if receiveVerbs.Has(t.low) {
			ok = true
			break
		}
	}
	if !ok {
		return -1, false
	}
	for i := m.headEnd; i < len(toks) && i <= m.headEnd+3; i++ {
		if toks[i].punct {
			break
		}
		if toks[i].low != "from" && (i != m.headEnd || toks[i].low != "of") {
			continue // "won the support of Germany", "support from Germany"
		}
		for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].punct; j++ {
			if ai := actorAt[j]; ai >= 0 {
				if acts[ai].place {
					break // "support from Washington": where, often no giver
				}
				return ai, true
			}
		}
		break
	}
	return -1, true
}

// recipientPassive reports whether m starts at a participle after a
// form of "be" followed by the verb's second object ("She was awarded
// a Congressional Gold Medal", "was granted asylum"): the subject
// receives, and a "to" phrase after the object ("during her visit to
// Washington") names no recipient.
func recipientPassive(toks []tok, m *match) bool {
	v := m.start
	if v < 1 || v+1 >= len(toks) || !strings.HasSuffix(toks[v].low, "ed") && !toks[v].is(wcPastParticiple) {
		return false
	}
	b := v - 1
	if b >= 1 && strings.HasSuffix(toks[b].low, "ly") {
		b-- // "was posthumously awarded"
	}
	if !toks[b].is(wcBeForm) {
		return false
	}
	n := &toks[v+1]
	return !n.punct && !n.is(wcPreposition) && !n.is(wcBeForm) && !strings.HasSuffix(n.low, "ly")
}

// aidDestination reports a place at i that aid (07x) is sent to or into
// ("sent 20 trucks of aid into Gaza", "delivered food to Aleppo") or
// dropped over ("airdropped food over northern Gaza"): the place's people
// receive it, so the place names the recipient, where after other
// prepositions it is only where the aid was given.
func aidDestination(toks []tok, m *match, i int) bool {
	if cameo.Root(m.p.Code) != "07" || i < 1 || i <= m.head {
		return false
	}
	k := i - 1
	if k >= 1 && compassWords.Has(toks[k].low) {
		k-- // "over northern Gaza"
	}
	w := toks[k].low
	if w == "the" && k >= 1 {
		w = toks[k-1].low
	}
	return w == "to" || w == "into" || w == "over"
}

// compassWords name the part of a place ("northern Gaza").
var compassWords = wordset.FromMap(map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
})
