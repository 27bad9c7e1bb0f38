package topic

import "strings"

// loneCue reports a theme whose whole evidence is a single cue word in
// the body ("Putin, who flew in from the Beijing Olympics, accused …":
// sports) while another theme has at least four times its weight: a
// passing mention, no topic of the story (QA14 TP-1). A cue in the
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
// terrorism's too (QA14 TP-2). One strings.Index per "claimed" in the
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
