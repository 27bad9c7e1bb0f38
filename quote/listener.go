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
