package event

import (
	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// movedNouns are people and goods that come from somewhere: "asylum
// seekers from Italy", "tariffs on goods from China". The state after
// their "from" is where they come from, no party to what is done with
// them.
var movedNouns = wordset.New("refugee", "refugees", "migrant", "migrants", "immigrant", "immigrants",
	"seekers", "asylum-seekers", "evacuees", "deportees", "goods", "imports", "products", "shipments")

// movedFrom reports a name at t0 governed by "from" right after a noun
// of movedNouns ("asylum seekers from Italy and Greece"): an origin,
// never a target.
func movedFrom(toks []tok, t0 int) bool {
	for k := t0 - 1; k >= 1 && k >= t0-12; k-- {
		t := &toks[k]
		switch {
		case t.low == "from":
			return movedNouns.Has(toks[k-1].low)
		case t.upper || t.low == "and" || t.low == "," || t.low == "the" || t.low == "or":
		default:
			return false
		}
	}
	return false
}

// verbalQuad reports a code of verbal cooperation or conflict (quad
// classes 1 and 3: statements, appeals, agreements, demands, refusals,
// threats), whose target is whom the words are for.
func verbalQuad(code string) bool {
	q := cameo.QuadClass(code)
	return q == 1 || q == 3
}
