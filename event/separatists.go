package event

import "strings"

// separatistsOf returns a, or a copy of it in other's country when a is
// a bare "separatists" agent (REB) of no known country and other, the
// other party of a conflictual or reciprocal event, is of a state:
// separatists break away from the state they fight, talk to or are
// fought by, so they are its rebels
// ("Ukraine accused Russian-backed separatists" → UKRREB, as the event
// sets' gold codes them; a backer named in a stance compound is no
// owner). International bodies name no such state.
func separatistsOf(toks []tok, a, other *actor) *actor {
	if !a.generic || a.country != "" || a.place || a.sector != "REB" && a.sector != "SEP" || a.t1 < 1 || a.t1 > len(toks) ||
		!strings.HasPrefix(toks[a.t1-1].low, "separatist") {
		return a
	}
	if other.country == "" || other.sector == "IGO" || other.sector == "REB" || other.sector == "SEP" {
		return a
	}
	v := *a
	v.country, v.id, v.code = other.country, other.country+a.sector, ""
	return &v
}
