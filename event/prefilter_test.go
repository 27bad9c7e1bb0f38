package event

import (
	"testing"

	"github.com/sitrep-project/sitrep/segment"
)

// TestInfinitiveWordsGate checks that infinitiveWords, the scan emit asks
// before orderContent, effortContent and appealContent, holds wherever
// those rules do, and that the rules hold where expected.
func TestInfinitiveWordsGate(t *testing.T) {
	for _, tc := range []struct {
		text                string
		start               int // the match's first token
		order, effort, plea bool
	}{
		{"The court ordered Israel to halt its offensive.", 5, true, false, false},
		{"Its demand that Israel ease restrictions was rejected.", 4, false, false, true},
		{"A rebel threat to attack the city grew.", 4, false, true, false},
		{"Police arrested him on Monday.", 1, false, false, false},
		{"Rebels attacked the city for a week.", 1, false, false, false},
	} {
		toks := tokenize(tc.text, segment.LowerASCII(tc.text), 0, len(tc.text), nil)
		actorAt := make([]int, len(toks))
		for i := range actorAt {
			actorAt[i] = -1
		}
		m := match{start: tc.start, head: tc.start, end: tc.start + 1, headEnd: tc.start + 1}
		to, toForThat := infinitiveWords(toks, tc.start)
		order, effort, plea := orderContent(toks, &m), effortContent(toks, actorAt, &m), appealContent(toks, &m)
		if order != tc.order || effort != tc.effort || plea != tc.plea {
			t.Errorf("%q: orderContent, effortContent, appealContent = %v, %v, %v, want %v, %v, %v",
				tc.text, order, effort, plea, tc.order, tc.effort, tc.plea)
		}
		if order && !to || effort && !to || plea && !toForThat {
			t.Errorf("%q: infinitiveWords = %v, %v, yet a rule it gates holds", tc.text, to, toForThat)
		}
	}
}

// TestCallSiteGates checks the cheapest tests emit and verbGuard ask
// before a rule against sentences where the rule holds: a rule that
// learns a word its gate refuses fails here.
func TestCallSiteGates(t *testing.T) {
	for _, tc := range []struct {
		text string
		head int
		rule string
	}{
		{"Children from the besieged city fled.", 3, "participleAdjective"},
		{"India beat Australia by six wickets in the World Cup.", 1, "sportsWin"},
		{"A court jailed a student for helping militants.", 6, "chargeReason"},
		{"India accused Pakistani troops of crossing the border.", 5, "accusedContent"},
		{"India accused Pakistani troops of not crossing the border.", 6, "accusedContent"},
	} {
		toks := tokenize(tc.text, segment.LowerASCII(tc.text), 0, len(tc.text), nil)
		m := match{start: tc.head, head: tc.head, end: tc.head + 1, headEnd: tc.head + 1}
		w := toks[tc.head].low
		var holds, gate bool
		switch tc.rule {
		case "participleAdjective":
			holds, gate = participleAdjective(toks, &m), len(w) >= 2 && w[len(w)-2:] == "ed"
		case "sportsWin":
			holds, gate = sportsWin(toks, &m), len(w) >= 4 && w[:4] == "beat"
		case "chargeReason":
			holds, gate = chargeReason(toks, &m), len(w) >= 3 && w[len(w)-3:] == "ing"
		case "accusedContent":
			holds, _ = accusedContent(toks, &m)
			gate = tc.head >= 3 && accusedWordBefore(toks[tc.head-1].low)
		}
		if !holds || !gate {
			t.Errorf("%q: %s = %v, its gate = %v, want both true", tc.text, tc.rule, holds, gate)
		}
	}
}
