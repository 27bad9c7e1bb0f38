package event

import (
	"strings"

	"github.com/sitrep-project/sitrep/cameo"
	"github.com/sitrep-project/sitrep/doc"
)

// verbalAttacks recodes as criticism (111) an attack (180) coded from
// first on whose source is a known public figure (a KB person of no
// armed sector) and whose target is a person, an unarmed group or
// nobody named: "Trump attacked Machado in early-morning tweets", "the
// nominee attacked her opponent as a fraud", "attacks on Machado". A
// politician who attacks a state or an armed group ("Putin attacked
// Ukraine") keeps the use of force. Only the sentence's events are read.
func verbalAttacks(d *doc.Doc, first int, acts []actor) {
	for k := first; k < len(d.Events); k++ {
		e := &d.Events[k]
		if e.Cameo != "180" || !strings.HasPrefix(e.Source, "person.") || !attackWord(e.Trigger) || !personSource(acts, e) {
			continue
		}
		if e.Target != "" && !unarmedPersonTarget(acts, e) {
			continue
		}
		cc, ok := cameo.Lookup("111")
		if !ok {
			return
		}
		e.Cameo, e.Plover, e.Mode, e.Goldstein, e.QuadClass = "111", cc.Plover, cc.Mode, cc.Goldstein, cameo.QuadClass("111")
	}
}

// attackWord reports the verb or noun "attack" in any inflection.
func attackWord(w string) bool {
	switch strings.ToLower(w) {
	case "attack", "attacks", "attacked", "attacking":
		return true
	}
	return false
}

// unarmedPersonTarget reports an event target that is a person of no
// armed sector among acts.
func unarmedPersonTarget(acts []actor, e *doc.Event) bool {
	switch e.TargetSector {
	case "MIL", "REB", "INS", "COP", "SPY", "UAF":
		return false
	}
	for i := range acts {
		if a := &acts[i]; a.person && (a.id == e.Target || a.name == e.TargetName) {
			return true
		}
	}
	return false
}
