package topic

// nonSportRounds are the nouns after "round of" that make the round one
// of politics, diplomacy or war: "a fourth round of sanctions", "a new
// round of talks", "the second round of voting" (QA15 TP-1). A round of
// golf, of 16 or of matches is still sport's.
var nonSportRounds = set("sanctions", "talks", "negotiations", "negotiation", "voting", "votes", "vote", "elections",
	"election", "fighting", "strikes", "airstrikes", "shelling", "violence", "clashes", "protests",
	"demonstrations", "consultations", "discussions", "diplomacy", "peace", "layoffs", "job", "cuts", "rate",
	"tariffs", "inspections", "bombing", "bombings", "attacks", "arrests", "executions", "reforms", "tests", "testing",
	"stimulus", "easing", "tightening", "hikes", "increases", "meetings", "hearings")

// roundOfNonSport reports whether the phrase ending at words[end-1]
// ("fourth round", "round") goes on with "of" and a noun of
// nonSportRounds: no sports cue then.
func roundOfNonSport(wt *wordText, words []word, end int) bool {
	if end+1 >= len(words) || wt.lower(&words[end]) != "of" {
		return false
	}
	return nonSportRounds[wt.lower(&words[end+1])]
}

// nicknameAlone reports whether the story's sports evidence rests on
// one team nickname, "The Tigers had fought since 1983", with no other
// sports cue, no second nickname and no match result: a nickname that
// is also the short name of an armed group, a party or a people needs
// sports context to name a team (QA15 TP-1).
func nicknameAlone(sc *Scores) bool {
	return sc.nick > 0 && !sc.nickMany && sc.Scores == 0 && sc.Cues[thSports] <= sc.nick && sc.Themes[thSports]-sc.nick < 1
}

// noteNickname records a sports hit of weight w by the team nickname n.
func (sc *Scores) noteNickname(n string, w float64) {
	if sc.nick > 0 && n != sc.nickName {
		sc.nickMany = true
	}
	sc.nick += w
	sc.nickName = n
}

// ballotWords near an ordinal round make it a round of an election:
// "received 325 votes in the second round" (QA15 TP-1).
var ballotWords = set("votes", "vote", "voting", "voted", "ballot", "ballots", "election", "elections", "runoff",
	"run-off", "electoral", "candidate", "candidates", "polls", "turnout", "lawmakers", "parliament", "presidential")

// electoralRound reports a ballot word within eight words either side of
// the phrase words[i:end] ("second round").
func electoralRound(wt *wordText, words []word, i, end int) bool {
	for j := max(0, i-8); j < len(words) && j < end+8; j++ {
		if (j < i || j >= end) && ballotWords[wt.lower(&words[j])] {
			return true
		}
	}
	return false
}
