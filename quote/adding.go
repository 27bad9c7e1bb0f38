package quote

import "github.com/sitrep-project/sitrep/doc"

// addingSpeaker returns the last person who spoke before the pronoun at
// token i when the pronoun's verb, right after it or after one adverb,
// is "added" or "adds" ("He added that …", "she later added"): an
// addition goes on from that speaker, whoever the text named since. The
// speaker must have the pronoun's gender g and have spoken within the
// lookback.
func (f *finder) addingSpeaker(i int, g string) (doc.Speaker, bool) {
	v := i + 1
	if v < len(f.t) && f.t[v].kind == tWord && cueAdverbs.Has(f.t[v].w) {
		v++
	}
	if v >= len(f.t) || f.t[v].w != "added" && f.t[v].w != "adds" {
		return doc.Speaker{}, false
	}
	at := f.t[i].s
	for k := len(f.history) - 1; k >= 0; k-- {
		h := f.history[k]
		if h.Span.Start < at-doc.Lookback {
			break
		}
		if h.Span.Start >= at || h.Kind != KindNamed || f.isOrg(h) || f.isGroup(h) {
			continue
		}
		if f.speakerClash(h.Name, h.Entity, h.Title, g, at) {
			return doc.Speaker{}, false // the last speaker is of the other gender: no guess
		}
		return h, true
	}
	return doc.Speaker{}, false
}
