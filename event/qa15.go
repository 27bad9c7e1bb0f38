package event

import "github.com/sitrep-project/sitrep/internal/wordset"

// Rules added after the fifteenth QA reading (session 8), kept apart
// from the older rules so that parallel work on coder.go merges cleanly.

// modifierTriggers are the trigger words that also modify a noun of
// equipment or units: an attack helicopter, a strike force, an assault
// rifle, a fire engine.
var modifierTriggers = wordset.New("attack", "strike", "assault", "fire", "raid", "bomb", "combat", "patrol", "rescue")

// equipmentNouns are the nouns those words modify (QA15 E-2).
var equipmentNouns = wordset.New("helicopter", "helicopters", "submarine", "submarines", "aircraft", "jet", "jets",
	"plane", "planes", "drone", "drones", "dog", "dogs", "boat", "boats", "craft", "ship", "ships", "vessel", "vessels",
	"force", "forces", "fighter", "fighters", "bomber", "bombers", "rifle", "rifles", "weapon", "weapons", "vehicle",
	"vehicles", "engine", "engines", "truck", "trucks", "brigade", "brigades", "group", "groups", "capability",
	"capabilities", "package", "squadron", "squadrons", "unit", "units", "team", "teams", "missile", "missiles",
	"shelter", "shelters", "tank", "tanks")

// modalWords before a trigger make it a verb: "to attack aircraft", "will
// strike ships".
var modalWords = wordset.New("to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
	"did", "does", "do", "not", "never")

// modifierTrigger reports a trigger word used as a noun modifier, "heavy
// weapons such as attack helicopters", "a strike force", "assault
// rifles": not the verb of an event (QA15 E-2). The word must stand
// alone as the match's head, be followed by a noun of equipmentNouns, and
// not follow an actor (its subject: "rebels attack vehicles") or a modal
// or "to" ("plans to attack ships").
func modifierTrigger(toks []tok, actorAt []int, m match) bool {
	h := m.head
	if h != m.start || h+1 >= len(toks) || !modifierTriggers.Has(toks[h].low) || !equipmentNouns.Has(toks[h+1].low) {
		return false
	}
	if h > 0 && (actorAt[h-1] >= 0 || modalWords.Has(toks[h-1].low)) {
		return false
	}
	return true
}
