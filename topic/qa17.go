package topic

// thElections is the index of the elections theme.
var thElections = themeIndex("elections")

// electionResults reports whether the story's sports evidence is only
// the vocabulary of winning and losing ("won", "defeat", "victory",
// "race") in a story about an election: no named team, competition or
// match score, and at least as much election evidence as sports
// evidence. Those words report a vote's result then, not a game's
// (QA17 TP-1).
func electionResults(sc *Scores) bool {
	return sc.Cues[thSports] == 0 && sc.Scores == 0 && sc.nick == 0 && sc.Themes[thElections] >= 2 &&
		sc.Themes[thSports] <= sc.Themes[thElections]
}
