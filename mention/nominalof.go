package mention

// nominalOf reports whether the name run [i,j) is an organisation's name
// that ends in an abstract nominalisation still wanting its object
// ("Democratic Forces for the Liberation", "Movement for the
// Emancipation", "Committee for the Protection"): an organisation word
// opens the run and "of" follows, so the place or country after "of
// (the)" belongs to the name ("… of Rwanda", "… of the Niger Delta").
// "the Liberation of Paris" (no organisation word) stays split.
// A run that an organisation's head word and "of" open names the body's
// members, whose place follows the second "of" ("Federation of Trade
// Unions of Bolivia", "Confederation of Mining Cooperatives of Peru"),
// also after one capitalised word before the head word ("Permanent
// Assembly of Human Rights of Bolivia", "National Federation of Coffee
// Growers of Colombia").
func (p *proc) nominalOf(i, j int) bool {
	if j-i < 3 || !p.toks[j-1].cap() {
		return false
	}
	if p.is(i+1, p.s.w.of) && p.has(i, fOrgCue) && !p.has(i, fPlaceCue) && p.toks[i].cap() {
		return true
	}
	if j-i >= 4 && p.is(i+2, p.s.w.of) && p.has(i+1, fOrgCue) && !p.has(i+1, fPlaceCue) && p.toks[i+1].cap() && !p.has(i, fGiven|fHonor|fRole) {
		return true
	}
	switch p.word(j - 1) {
	case "Liberation", "Emancipation", "Defence", "Defense", "Protection", "Promotion", "Restoration",
		"Salvation", "Independence", "Unity", "Unification", "Reconstruction", "Development",
		"Preservation", "Rescue", "Sovereignty", "Freedom", "Advancement", "Renewal":
	default:
		return false
	}
	return p.anyFlag(i, j-1, fOrgCue)
}
