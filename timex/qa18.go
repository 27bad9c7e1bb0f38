package timex

// verbThenPlaces reports whether the words between "would" at j and the
// weekday at at are only its verb group and a chain of place phrases
// ending in "on": "would be raised at the alliance headquarters in
// Brussels on Monday", "would resume at the talks venue outside Geneva
// on Friday". The verb is one word or "be" and a participle, a
// preposition follows it, and every token after that is a word, none
// of them a relative, a conjunction or a preposition of another time
// (the tense loop has already found no cue among them). The future of
// "would" then reaches the weekday however long the chain (QA18 T-1);
// the caller's window still bounds it.
func (p *parser) verbThenPlaces(j, at int) bool {
	if !p.weekdayAt(at) || !p.isWord(at-1, "on") || p.possessive(at) {
		return false
	}
	k := j + 1
	if p.isWord(k, "be") {
		k++
	}
	if k >= at || p.t[k].kind() != kWord || p.t[k].upper() || !placePreps[p.word(k+1)] {
		return false
	}
	for k += 2; k < at-1; k++ {
		if p.t[k].kind() != kWord || chainStops[p.word(k)] {
			return false
		}
	}
	return true
}

// placePreps open the place phrases verbThenPlaces walks over.
var placePreps = map[string]bool{
	"at": true, "in": true, "on": true, "near": true, "outside": true, "inside": true,
	"of": true, "from": true, "to": true, "across": true, "along": true,
}

// chainStops end a chain of place phrases: a relative or a conjunction
// opens another clause, "after"/"before"/"since" another event's time.
var chainStops = map[string]bool{
	"who": true, "which": true, "that": true, "where": true, "when": true, "whose": true,
	"and": true, "or": true, "but": true, "while": true, "as": true,
	"after": true, "before": true, "since": true, "until": true, "than": true,
}
