package timex

// happenedEvents are nouns of unscheduled happenings: an earthquake or a
// bombing named by a possessive weekday ("Friday's earthquake") has
// already happened when the text reports it, whatever the tense of the
// clause around it ("the toll from Friday's earthquake has risen",
// "investigators will examine Monday's blast").
var happenedEvents = map[string]bool{
	"earthquake": true, "earthquakes": true, "quake": true, "quakes": true, "tremor": true,
	"tsunami": true, "attack": true, "attacks": true, "blast": true, "blasts": true,
	"explosion": true, "explosions": true, "bombing": true, "bombings": true, "crash": true,
	"collision": true, "shooting": true, "shootings": true, "stabbing": true, "storm": true,
	"flood": true, "floods": true, "flooding": true, "fire": true, "fires": true, "landslide": true,
	"landslides": true, "mudslide": true, "collapse": true, "killing": true, "killings": true,
	"massacre": true, "assault": true, "raid": true, "raids": true, "ambush": true,
	"coup": true, "riot": true, "riots": true, "clashes": true, "derailment": true,
	"accident": true, "eruption": true, "hurricane": true, "typhoon": true, "cyclone": true,
	"tornado": true, "avalanche": true, "shelling": true, "airstrike": true, "airstrikes": true,
}

// happenedEvent reports whether the weekday at i names, as a possessive,
// an unscheduled happening (see happenedEvents) within the next four
// words, numbers aside ("Friday's deadly earthquake", "Monday's car bomb
// blast", "Friday's magnitude 8.9 earthquake"): its
// day is on or before the article's. A scheduled event named first
// ("Sunday's election violence") is left to the tense of the clause.
func (p *parser) happenedEvent(i int) bool {
	if !p.possessive(i) || !p.weekdayAt(i) {
		return false
	}
	for k, words := i+3, 0; k < len(p.t) && k <= i+9 && words < 4; k++ {
		if p.t[k].kind() == kNum || p.attached(k) && (p.isPunct(k, "-") || p.isPunct(k, ".") && k+1 < len(p.t) && p.t[k+1].kind() == kNum && p.attached(k+1)) {
			continue // "Friday's magnitude 8.9 earthquake", "a 7.1-magnitude quake"
		}
		if p.t[k].kind() != kWord {
			return false
		}
		words++
		w := p.word(k)
		if upcomingEvents[w] {
			return false
		}
		if happenedEvents[w] {
			return true
		}
	}
	return false
}
