package timex

// verbThenPlaces reports whether the words between "would" at j and the
// weekday at at are only its verb group and a chain of place phrases
// ending in "on": "would be raised at the alliance headquarters in
// Brussels on Monday", "would resume at the talks venue outside Geneva
// on Friday", "would meet with the ministers of the Baltic states on
// Friday". The verb is one word (or "take place") or "be" and a
// participle, a preposition follows it, and every token after that is a
// word, none
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
	if p.isWord(k, "take") && p.isWord(k+1, "place") {
		k++ // "would take place in the main hall … on Friday"
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
	"of": true, "from": true, "to": true, "across": true, "along": true, "with": true,
}

// chainStops end a chain of place phrases: a relative or a conjunction
// opens another clause, "after"/"before"/"since" another event's time.
var chainStops = map[string]bool{
	"who": true, "which": true, "that": true, "where": true, "when": true, "whose": true,
	"and": true, "or": true, "but": true, "while": true, "as": true,
	"after": true, "before": true, "since": true, "until": true, "than": true,
}

// datedName reports whether m, a day of a month after "the", opens the
// name of a place, a group or an event named after that day: a
// capitalised head noun follows it (also after a possessive: "Lebanon's
// March 14 Alliance"), directly or after one more
// capitalised word ("the May 13 Square", "the July 26 Movement", "the
// 6th of October Bridge", "the April 6 Youth Movement"). The name is no
// time (QA18 T-2).
func (p *parser) datedName(m match) bool {
	if !m.hasDay || !(p.isWord(m.start, "the") || p.isWord(m.start-1, "the") || p.afterPossessive(m.start)) {
		return false
	}
	month := false // a calendar day: a month's name in it, not "the same day"
	for k := m.start; k < m.end; k++ {
		month = month || p.isMonthWord(k)
	}
	if !month {
		return false
	}
	for n := m.end; n < len(p.t) && n <= m.end+1; n++ {
		t := &p.t[n]
		if t.kind() != kWord || !t.upper() || !t.gap() || t.nl() {
			return false
		}
		if datedNameHeads[p.low[t.s:t.e]] {
			return !p.isWord(n+1, "of") // not "the May 9 City of Athens elections"
		}
	}
	return false
}

// datedNameHeads are the head nouns of names made from a date.
var datedNameHeads = map[string]bool{
	"square": true, "street": true, "avenue": true, "road": true, "boulevard": true, "bridge": true,
	"stadium": true, "park": true, "plaza": true, "airport": true, "station": true, "university": true,
	"hospital": true, "movement": true, "brigade": true, "brigades": true, "alliance": true,
	"coalition": true, "front": true, "group": true, "camp": true,
}

// afterPossessive reports whether the text before token i ends in a
// possessive "'s" (or "’s") and a space.
func (p *parser) afterPossessive(i int) bool {
	s := int(p.t[i].s)
	return s >= 3 && p.low[s-1] == ' ' && p.low[s-2] == 's' && (p.low[s-3] == '\'' || s >= 5 && p.low[s-5:s-2] == "\u2019")
}
