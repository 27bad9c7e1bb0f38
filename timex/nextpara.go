package timex

// nextParaMax bounds how far, in tokens, a clock time in the paragraph
// after a told day still takes that day (see [parser.leadClock]).
const nextParaMax = 80

// leadClock reports whether the clock time at tokens [start,end) takes
// the day last told although it lies in the next paragraph: wire leads
// give the day in the first paragraph and the hour in the second ("Two
// car bombs exploded in Mogadishu on Saturday …" / "The blasts struck
// … shortly after 2 pm": Saturday at 14:00). It holds when exactly one
// paragraph break lies between the day and the clock time, the clock
// time is in that paragraph's first sentence, the paragraph opens with
// a definite description of what was told ("The blasts", "The attack":
// "The" and a lower-case word), and the clause is past. The day of a
// report ("…, officials said on Thursday.") is no day of the story's
// event. When the day dates an event ("Sunday's election", "the Oct. 26
// vote") the paragraph may open any way ("Polls closed at 8 p.m."): the
// story is about that day. Any other clock
// time with no day of its own stays on the article's day.
func (p *parser) leadClock(start, end int) bool {
	if start-p.lastEnd > nextParaMax || p.saidOn(p.lastEnd) {
		return false
	}
	ps := -1
	for k := p.lastEnd; k <= start && k < len(p.t); k++ {
		if p.t[k].nl() {
			if ps >= 0 {
				return false // two paragraph breaks
			}
			ps = k
		} else if ps >= 0 && k < start && p.t[k].kind() == kPunct && p.boundary(k) && !p.abbrevStop(k) {
			return false // not the paragraph's first sentence
		}
	}
	if ps < 0 || ps+1 >= start {
		return false
	}
	if (p.word(ps) != "the" || p.t[ps+1].kind() != kWord || p.t[ps+1].upper()) && !p.eventDay(p.lastEnd) {
		return false
	}
	t := p.tense(start, end)
	if t == 0 && start-ps > 14 {
		// a long first sentence holds its verb beyond tense's window:
		// "The blasts struck a train, a bus, … and a park, the first at
		// 12:15 p.m." — the verb right after the description decides
		for j := ps + 2; j < start && j <= ps+4; j++ {
			switch p.cue(j, start) {
			case cuePast:
				return true
			case cueFuture:
				return false
			}
		}
	}
	return t < 0
}

// saidOn reports whether the one-word day ending before token e is the
// day of a report: "said on Thursday", "told reporters Thursday".
func (p *parser) saidOn(e int) bool {
	k := e - 1
	for k > 0 && p.t[k].kind() == kPunct {
		k-- // the closing stop when the day ends its sentence
	}
	k--
	if p.isWord(k, "on") {
		k--
	}
	if p.isWord(k, "reporters", "journalists") {
		k--
	}
	return p.isWord(k, "said", "says", "told", "announced", "added", "reported", "confirmed", "stated")
}

// eventDay reports whether the day ending before token e dates the event
// it names: "Saturday's election" (a possessive) or "the Oct. 26 vote"
// (a determiner before the day, a lower-case noun after it).
func (p *parser) eventDay(e int) bool {
	if e < 1 || e >= len(p.t) {
		return false
	}
	if p.possessive(e - 1) {
		return true
	}
	if p.t[e].kind() != kWord || p.t[e].upper() || !p.attached(e) && p.t[e].nl() {
		return false
	}
	for k := e - 2; k >= 0 && k >= e-5; k-- {
		if p.isWord(k, "the") {
			return true
		}
		if p.t[k].kind() == kWord && !p.t[k].upper() {
			return false
		}
	}
	return false
}
