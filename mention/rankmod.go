package mention

// rankModifier reports whether token k is a word that qualifies the
// military rank right after it inside a person's run ("Vice Admiral",
// "Rear Admiral", "Fleet Admiral", "Warrant Officer", "Staff Sergeant",
// "Master Sergeant"): the pair is the title, stripped from the name
// like the rank alone. "Vice President" is no rank and stays.
func (p *proc) rankModifier(k, j int) bool {
	if k+2 >= j || !p.toks[k].cap() || !p.joined(k+1) {
		return false
	}
	switch p.word(k) {
	case "Vice", "Rear", "Fleet", "Staff", "Master", "Command", "First", "Warrant", "Petty", "Flag":
	default:
		return false
	}
	if w := p.rankWord(k + 1); w == "officer" {
		return p.word(k) == "Warrant" || p.word(k) == "Petty" || p.word(k) == "Flag"
	}
	return militaryRanks[p.rankWord(k+1)]
}
