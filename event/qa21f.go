package event

// Rules added after the twenty-first and twenty-second QA readings
// (session 11), events part F. Kept apart from the older rules so that
// parallel work on emit.go merges cleanly.

// factionForces reports whether two actors of the same code are two
// factions of one force: one of them is named by its side, "soldiers
// loyal to the president", "troops backing the coup", "mutinous
// troops", "renegade soldiers" (QA22 E-13). A mutiny or a coup attempt
// sets a state's forces against each other; their clash is an event,
// unlike "Indian troops … killing two Indian soldiers", where the same
// force is the actor and its own casualty.
func factionForces(toks []tok, sa, ta *actor) bool {
	return factionSide(toks, sa) || factionSide(toks, ta)
}

// factionSide reports an actor right after a faction adjective
// (mutinous, renegade, loyalist, dissident) or right before "loyal to",
// "backing", "supporting".
func factionSide(toks []tok, a *actor) bool {
	if a.t0 > 0 {
		switch toks[a.t0-1].low {
		case "mutinous", "renegade", "loyalist", "dissident", "rogue", "breakaway", "rival", "defecting":
			return true
		}
	}
	switch w := toks[a.t0].low; w {
	case "mutinous", "renegade", "loyalist", "dissident", "rogue", "breakaway", "rival", "defecting", "mutineers", "loyalists":
		return true
	}
	if a.t1 < len(toks) {
		switch toks[a.t1].low {
		case "loyal", "backing", "supporting", "who":
			return toks[a.t1].low != "who" || a.t1+1 < len(toks) && (toks[a.t1+1].low == "backed" || toks[a.t1+1].low == "support" || toks[a.t1+1].low == "supported" || toks[a.t1+1].low == "joined" || toks[a.t1+1].low == "mutinied")
		}
	}
	return false
}
