package timex

// motionForEvent reports whether the schedule verb at j is a verb of
// motion whose destination and purpose lead up to the weekday at at: "the
// bill goes to the full Senate for a vote on Friday", "the measure heads
// to the House for a final vote on Thursday". The present simple of such
// a move schedules the event the purpose names, however long the
// destination.
func (p *parser) motionForEvent(j, at int) bool {
	if !p.isWord(j+1, "to") || !p.isWord(at-1, "on") || at-j > 14 {
		return false
	}
	// "for" and a determiner, then at most two words before "on"
	f := -1
	for k := at - 3; k >= at-5 && k > j+1; k-- {
		if p.isWord(k, "for") && p.isWord(k+1, "a", "an", "the") {
			f = k
			break
		}
	}
	if f < 0 {
		return false
	}
	for k := j + 2; k < at; k++ {
		if p.t[k].kind() != kWord {
			return false // one phrase: no clause boundary or figure between
		}
	}
	return true
}
