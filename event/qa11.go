package event

import "strings"

// Rules added after the eleventh QA reading (session 7). They are kept in
// this file, apart from the older rules, so that parallel work on emit.go
// merges cleanly.

// cityActor reports an actor that is a city or other sub-national place
// rather than a state (a KB place id, or a gazetteer name whose id is not
// its country's code): in "was arrested in Tehran" the city is where the
// arrest happened, not who made it (QA11 E-3).
func cityActor(a actor) bool {
	return strings.HasPrefix(a.id, "place.") || a.country != "" && a.id != a.country && !a.person && a.sector == ""
}
