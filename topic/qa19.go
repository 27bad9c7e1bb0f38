package topic

// Senses added after the nineteenth QA reading (session 10, TP-1 and
// TP-2); the rows are in senses (sense.go).

// The rules a sense may name (sense.rule).
const (
	ruleWonByLandslide = 1 + iota
	ruleFightForCause
)

// senseRule runs the rule r of a sense on words[i].
func senseRule(r uint8, wt *wordText, words []word, i int) bool {
	switch r {
	case ruleWonByLandslide:
		return wonByLandslide(wt, words, i)
	case ruleFightForCause:
		return fightForCause(wt, words, i)
	}
	return false
}

// landslideResults are the words after "landslide" that make it a
// vote's result, no disaster: "a landslide victory", "a landslide
// win/defeat/majority", "the landslide election" (QA19 TP-1).
var landslideResults = set("victory", "victories", "win", "wins", "winner", "defeat", "defeats", "loss", "majority",
	"majorities", "election", "elections", "re-election", "reelection", "mandate", "vote", "result", "triumph")

// landslideWinners are the verbs of winning before "in/by a landslide".
var landslideWinners = set("won", "win", "wins", "winning", "elected", "re-elected", "reelected", "lost", "lose",
	"loses", "losing", "defeated", "beat", "beaten", "carried", "swept", "returned")

// wonByLandslide reports "won by a landslide", "was elected in a
// landslide": the electoral sense of "landslide" (QA19 TP-1).
func wonByLandslide(wt *wordText, words []word, i int) bool {
	if i < 3 || wt.lower(&words[i-1]) != "a" {
		return false
	}
	if p := wt.lower(&words[i-2]); p != "by" && p != "in" {
		return false
	}
	return landslideWinners[wt.lower(&words[i-3])]
}

// causeNouns are the abstract nouns after "fight for/against" that make
// the fight a campaign: "fighting for the truth", "the fight against
// corruption", "fought for democracy" (QA19 TP-2). "Fighting for
// control of the town" stays a battle.
var causeNouns = set("truth", "justice", "rights", "right", "democracy", "freedom", "freedoms", "change", "equality",
	"dignity", "independence", "reform", "reforms", "transparency", "accountability", "recognition", "survival",
	"compensation", "votes", "women", "workers", "children", "fairness", "peace", "corruption", "inflation",
	"poverty", "climate", "cancer", "disease", "hunger", "discrimination", "racism", "impunity", "unemployment",
	"crime", "smoking", "obesity", "fraud", "graft", "pollution", "malaria", "aids", "covid", "covid-19", "poaching")

// fightForCause reports a fight "for" or "against" an abstract cause,
// after at most one article or possessive (QA19 TP-2).
func fightForCause(wt *wordText, words []word, i int) bool {
	j := i + 1
	if j >= len(words) {
		return false
	}
	if p := wt.lower(&words[j]); p != "for" && p != "against" {
		return false
	}
	j++
	if j < len(words) {
		switch wt.lower(&words[j]) {
		case "the", "a", "their", "his", "her", "our", "its", "my", "your", "more", "greater", "social", "political", "human", "civil", "equal":
			j++
		}
	}
	return j < len(words) && causeNouns[wt.lower(&words[j])]
}
