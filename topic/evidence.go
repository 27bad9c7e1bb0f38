package topic

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// Theme evidence: story-level checks that a theme rests on real
// evidence (terror events, claimed attacks, a lone cue, a team
// nickname, election results, forces in a civic story).

// terrorEvent reports an event of unconventional violence (CAMEO 18:
// an attack, a hostage-taking, a bombing, an assassination; not 182, a
// beating) by unidentified gunmen, rebels or insurgents, or a bombing by
// anyone outside the state. It is evidence of terrorism as a word of it
// is ("Heavily armed gunmen attacked two luxury hotels and a railway
// station"), whatever the armed conflict words around it say.
func terrorEvent(ev *doc.Event) bool {
	if ev.Negated || ev.Hypothetical || len(ev.Cameo) < 3 || ev.Cameo[0] != '1' || ev.Cameo[1] != '8' || strings.HasPrefix(ev.Cameo, "182") {
		return false
	}
	switch ev.SourceSector {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return false
	case "UAF", "REB", "INS":
		return true
	}
	// a kidnapping by a named person is a crime; a bombing is terror
	// whoever the bomber
	return strings.HasPrefix(ev.Cameo, "183")
}

// loneCue reports a theme whose whole evidence is a single cue word in
// the body ("Putin, who flew in from the Beijing Olympics, accused …":
// sports) while another theme has at least four times its weight: a
// passing mention, no topic of the story. A cue in the
// headline weighs more than one body cue and is kept; so is a lone cue
// in a story with no stronger theme ("The Olympics went on.").
func loneCue(sc *Scores, i int, top float64) bool {
	t := sc.Themes[i]
	return t <= cueWeight && sc.Cues[i] >= t && top >= 4*t
}

// topTheme returns the largest raw theme score.
func topTheme(sc *Scores) float64 {
	top := 0.0
	for _, t := range sc.Themes {
		top = max(top, t)
	}
	return top
}

// claimObjects are what a group claims when it owns an act of terror.
var claimObjects = []string{"responsibility", "the attack", "the attacks", "the bombing", "the bombings",
	"the killing", "the killings", "the massacre", "the siege", "the assault", "the kidnapping", "the beheading"}

// claimedAttack reports a claim of an attack in the lower-case text
// ("al-Shabaab claimed the attack as revenge", "the group claimed
// responsibility"): when an armed group of the KB is named, owning an
// attack is what terror groups do, so the story's conflict words are
// terrorism's too. One strings.Index per "claimed" in the
// text; "the army claimed the town" and "claimed the attackers were"
// are no claim of an attack.
func claimedAttack(low string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], "claimed ")
		if j < 0 {
			return false
		}
		i += j + len("claimed ")
		rest := low[i:]
		for _, o := range claimObjects {
			if strings.HasPrefix(rest, o) && (len(rest) == len(o) || !isLetter(rest[len(o)])) {
				return true
			}
		}
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// nicknameAlone reports whether the story's sports evidence rests on
// one team nickname, "The Tigers had fought since 1983", with no other
// sports cue, no second nickname and no match result: a nickname that
// is also the short name of an armed group, a party or a people needs
// sports context to name a team.
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

// thElections is the index of the elections theme.
var thElections = themeIndex("elections")

// electionResults reports whether the story's sports evidence is only
// the vocabulary of winning and losing ("won", "defeat", "victory",
// "race") in a story about an election: no named team, competition or
// match score, and at least as much election evidence as sports
// evidence. Those words report a vote's result then, not a game's.
func electionResults(sc *Scores) bool {
	return sc.Cues[thSports] == 0 && sc.Scores == 0 && sc.nick == 0 && sc.Themes[thElections] >= 2 &&
		sc.Themes[thSports] <= sc.Themes[thElections]
}

// battleResults is electionResults for a war: the vocabulary of winning
// and losing ("victory", "defeat", "beat") with no named team,
// competition, match score or nickname, in a story with at least twice
// as much armed-conflict evidence as sports evidence, reports a
// battle's or a war's outcome ("This is not a victory, but there is no
// defeat", "crowds beat the speaker"), not a game's.
func battleResults(sc *Scores) bool {
	return sc.Cues[thSports] == 0 && sc.Scores == 0 && sc.nick == 0 && sc.Themes[thConflict] >= 2 &&
		2*sc.Themes[thSports] <= sc.Themes[thConflict]
}

// forcesPresent reports an armed-conflict lexicon word that says forces
// are there, not that they fight: "siege" ("we are under military
// siege"), "air force", "security forces". Like the posture
// words (see postureWord) they count for armed conflict beside a word
// of fighting, and alone only in a story that is not about civic life.
func forcesPresent(w string) bool {
	switch w {
	case "siege", "air force", "security forces":
		return true
	}
	return false
}

// civicForces reports whether a story's words of armed forces with no
// word of fighting (p, the posture weight) are outweighed by its
// politics, elections and protest words, one and a half times or more:
// "soldiers and police surrounded the home of the opposition leader, a
// day after the presidential election", "military reservists said they
// would stop volunteering for duty over the judicial overhaul", or by
// its words of a hazard or accident: "the navy and army sent troops
// and planes to evacuate visitors" after a hurricane.
// Soldiers posted to a political standoff or a flood fight no war; the
// story is the politics or the disaster.
func civicForces(sc *Scores, p float64) bool {
	return sc.Themes[thPolitics]+sc.Themes[thElections]+sc.Themes[thProtest] >= 1.5*p || sc.Themes[thDisaster] >= p
}

// thProtest is the index of the protest theme.
var thProtest = themeIndex("protest")
