package topic

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// terrorEvent reports an event of unconventional violence (CAMEO 18:
// an attack, a hostage-taking, a bombing, an assassination; not 182, a
// beating) by unidentified gunmen, rebels or insurgents, or a bombing by
// anyone outside the state. It is evidence of terrorism as a word of it
// is ("Heavily armed gunmen attacked two luxury hotels and a railway
// station": QA13 TP-2), whatever the armed conflict words around it say.
func terrorEvent(ev *doc.Event) bool {
	if ev.Negated || ev.Hypothetical || len(ev.Cameo) < 3 || ev.Cameo[0] != '1' || ev.Cameo[1] != '8' || strings.HasPrefix(ev.Cameo, "182") {
		return false
	}
	switch ev.SourceSector {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return false
	case "UAF", "REB", "INS":
		return true
	}
	// a kidnapping by a named person is a crime; a bombing is terror
	// whoever the bomber
	return strings.HasPrefix(ev.Cameo, "183")
}
