package quote

// openingReported reports whether offset at lies in the content of an
// indirect quote that opens sentence [start,end) and whose cue follows
// it there ("Shafik left for the Emirates on Tuesday, airport officials
// said."): the content is the sentence's own report, its subject the
// person the next sentence's "he" goes on with, when the source is no
// one "he" could stand for.
func (f *finder) openingReported(at, start, end int) bool {
	for q := range f.out {
		o := &f.out[q]
		if o.Span.Start > at || at >= o.Span.End {
			continue
		}
		if o.Kind != Indirect || o.Span.Start > start+1 || o.CueSpan.Start < o.Span.End || o.CueSpan.End > end {
			return false
		}
		// only a source "he" cannot stand for: people unnamed and
		// plural ("officials"), or a body ("state television"); "…,
		// he said" or "…, Randall said" is the speaker's own report
		spk := o.Speaker
		return spk.Kind == KindUnnamed && !onePerson(spk.Name, "") || spk.Kind != KindPronoun && f.isOrg(spk)
	}
	return false
}
