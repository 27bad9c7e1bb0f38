package topic

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
