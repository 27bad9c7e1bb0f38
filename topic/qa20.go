package topic

// Senses and rows added after the twentieth QA reading (session 10);
// the sense rows are in senses (sense.go), the terms in strongTerms
// (cues.go).

// militaryBasesBefore are the words before "bases" that make them the
// bases of an army, a rebel group or a foreign power: "hit bases",
// "military bases", "its bases", "militant bases" (QA20 TP-2). A
// baseball story loads, steals or runs the bases.
var militaryBasesBefore = set("hit", "hits", "struck", "strike", "strikes", "attack", "attacked", "attacks", "targeted",
	"targeting", "bombed", "bombing", "shelled", "shelling", "raided", "overran", "overrun", "seized", "captured",
	"destroyed", "military", "air", "naval", "navy", "army", "rebel", "militant", "insurgent", "terrorist",
	"enemy", "foreign", "american", "russian", "israeli", "iranian", "u.s.", "us", "nato", "its", "their",
	"training", "supply", "logistics", "operating", "forward", "missile", "drone", "rocket", "troop",
	"guerrilla", "jihadist", "militia", "submarine", "airforce", "strategic")

// militaryBasesAfter are the words after "bases" that make them places
// of a force: "bases of the group", "bases inside Pakistan".
var militaryBasesAfter = set("of", "inside", "near", "along", "across", "belonging", "housing", "used", "abroad",
	"overseas", "operated")

// waterRunoff are the words before "runoff" that make it water running
// off land, no second ballot.
var waterRunoff = set("agricultural", "storm", "stormwater", "surface", "fertilizer", "fertiliser", "farm", "urban",
	"rain", "rainwater", "snowmelt", "water", "nutrient", "polluted", "toxic", "chemical", "sewage", "spring")
