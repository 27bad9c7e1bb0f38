package event

// meetVerb reports whether w is a form of a verb of meeting or receiving
// someone, after which "visiting" describes the one met.
func meetVerb(w string) bool {
	switch w {
	case "met", "meet", "meets", "meeting", "received", "receive", "receives", "receiving",
		"welcomed", "welcome", "welcomes", "welcoming", "greeted", "greet", "greets", "greeting",
		"hosted", "host", "hosts", "hosting":
		return true
	}
	return false
}

// attributiveVisit reports whether the trigger at m is "visiting" used
// as the adjective of the actor right after it, following a verb of
// meeting ("Ishiba met visiting Chinese officials"): the actor after it
// is the visitor and the clause's subject the host, not the other way
// round.
func attributiveVisit(toks []tok, actorAt []int, m *match) bool {
	h := m.head
	return toks[h].low == "visiting" && h > 0 && h+1 < len(toks) && actorAt[h+1] >= 0 && meetVerb(toks[h-1].low)
}

// meetsVisitor reports whether the trigger at m is a verb of meeting
// followed by an attributive "visiting" and an actor ("met visiting
// Chinese officials"): the visit and its hosting code the meeting.
func meetsVisitor(toks []tok, actorAt []int, m *match) bool {
	h := m.head
	return h+2 < len(toks) && m.headEnd == h+1 && toks[h+1].low == "visiting" && actorAt[h+2] >= 0 && meetVerb(toks[h].low)
}
