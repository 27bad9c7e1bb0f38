package event

// demandedNominal reports a match that opens right after a word of
// demanding, past a determiner ("protests demanding the release of the
// jailed opposition leader", "rallies calling for the withdrawal of
// troops"): the act demanded did not happen (the demand itself is coded
// by its own pattern when a verb and a subject make it one).
func demandedNominal(toks []tok, m *match) bool {
	i := m.start - 1
	if i >= 0 && toks[i].is(wcDeterminer) {
		i--
	}
	if i < 0 {
		return false
	}
	if w := toks[i].low; demandWords.Has(w) || w == "seeking" {
		return true
	}
	return toks[i].low == "for" && i > 0 && (toks[i-1].low == "calling" || toks[i-1].low == "calls" || toks[i-1].low == "call" || toks[i-1].low == "called")
}
