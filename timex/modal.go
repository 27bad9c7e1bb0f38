package timex

// couldCue classifies "could" at j for an expression at token at. A
// possibility before a day or period is still ahead ("rain could reach
// the coast on Saturday", "the economy could slow in the first
// quarter"), but "could" is also the past of "can": a denial ("could
// not be reached on Sunday"), a perfect ("could have left on Friday")
// and a past perception ("residents said they could hear gunfire on
// Monday") stay in the past, so those, and a "could" far from the
// expression (further than six words before a possessive, "could
// delay the release of Friday's report", or nine before any other),
// give no cue.
func (p *parser) couldCue(j, at int) int {
	if at <= j || at-j > 9 || at-j > 6 && p.possessive(at) || p.isWord(j+1, "not", "never", "have", "hardly", "barely", "only", "still", "already") || couldPerception[p.word(j+1)] {
		return cueNone
	}
	if j+1 < len(p.t) && p.t[j+1].upper() {
		return cueNone // a name after it is a question ("could Mr. X …")
	}
	for k := j - 1; k >= 0 && k >= j-10 && !p.boundary(k) && !p.isPunct(k, ","); k-- {
		if p.isWord(k, "neither", "nor", "nobody", "none", "no") {
			// "Neither he nor his parents could be located Wednesday",
			// "no one could be reached Sunday": a denial, as "could not"
			return cueNone
		}
	}
	return cueFuture
}

// couldPerception are verbs of perceiving or doing after which "could"
// is the past of "can" ("could see smoke", "could hear shots").
var couldPerception = map[string]bool{
	"see": true, "hear": true, "feel": true, "smell": true, "watch": true, "remember": true,
	"recall": true, "find": true, "afford": true, "do": true, "get": true,
}
