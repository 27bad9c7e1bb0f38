package mention

import "strings"

// menStems are the common nouns English compounds with "-man"/"-men"
// into a word for a kind of person ("gunmen", "tribesmen",
// "militiamen"): not a surname's ending ("Bremen", "Carmen", "Newman").
var menStems = map[string]bool{
	"gun": true, "tribes": true, "clans": true, "spokes": true, "horse": true, "militia": true,
	"police": true, "service": true, "fisher": true, "fire": true, "business": true, "kins": true,
	"country": true, "trades": true, "crafts": true, "sales": true, "lay": true, "middle": true,
	"watch": true, "hench": true, "sports": true, "towns": true, "gentle": true, "noble": true,
	"anchor": true, "camera": true, "alder": true, "fresh": true, "fore": true, "foot": true,
	"boat": true, "bats": true, "marks": true, "lines": true, "rifle": true, "bows": true,
	"chair": true, "congress": true, "news": true, "crew": true, "yeo": true, "patrol": true,
	"air": true, "sea": true, "frontiers": true, "states": true, "church": true, "herds": true,
}

// menCompound reports whether word w (any case) is a common noun
// compounded with "-man" or "-men": a stem of menStems before it.
func menCompound(w string) bool {
	if len(w) < 6 || !lowerSuffix(w, "men") && !lowerSuffix(w, "man") {
		return false
	}
	return menStems[strings.ToLower(w[:len(w)-3])]
}
