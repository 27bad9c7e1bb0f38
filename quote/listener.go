package quote

// listenerThat returns the "that" which ends the listener of "told"
// starting at i ("told his cabinet that", "told diplomats in Dhaka
// that", "told the visiting delegation that"), or 0: a few words with no
// verb or clause word among them, then "that" and the report's subject.
// The listener is not part of the report.
func (f *finder) listenerThat(i, hi int) int {
	for k := i; k+1 < hi && k < i+7; k++ {
		t := &f.t[k]
		if t.kind != tWord {
			return 0
		}
		if t.w == "that" {
			if n := &f.t[k+1]; k > i && n.kind == tWord && !auxiliaries.Has(n.w) && !verbLike(n.w) && !boundaryWords.Has(n.w) {
				return k
			}
			return 0
		}
		if boundaryWords.Has(t.w) || auxiliaries.Has(t.w) || nominatives.Has(t.w) || cues.Has(t.w) || verbLike(t.w) && !t.upper {
			return 0
		}
	}
	return 0
}

// writerComment returns the comma in [a,b), outside quotation marks, that
// opens the writer's comment on a report ("…, a claim that could not be
// independently verified", "…, an allegation denied by the army"), or 0:
// the comment is no part of what was said.
func (f *finder) writerComment(a, b int) int {
	depth := 0
	for x := a + 1; x+3 < b; x++ {
		switch f.t[x].kind {
		case tOpen:
			depth++
			continue
		case tClose:
			depth--
			continue
		}
		if depth != 0 || f.t[x].w != "," || !f.isWord(x+1, "a") && !f.isWord(x+1, "an") || !commentNouns.Has(f.t[x+2].w) {
			continue
		}
		if n := &f.t[x+3]; n.kind == tWord && (n.w == "that" || n.w == "which" || verbLike(n.w)) {
			return x
		}
	}
	return 0
}

// commentNouns name a report when the writer comments on it ("a claim
// that", "an allegation denied by").
var commentNouns = setOf(`claim allegation accusation charge assertion`)
