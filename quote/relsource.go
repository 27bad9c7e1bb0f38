package quote

import "github.com/sitrep-project/sitrep/doc"

// relativeSource classifies the source [a,e) of "according to": an
// unnamed source with a relative clause is classified without it and
// keeps it in its name, as "Diplomats who spoke on condition of
// anonymity said" does ("according to a senior official who asked not
// to be named": "asked" is the clause's verb, no cue of the source).
func (f *finder) relativeSource(a, e int) (doc.Speaker, bool) {
	for x := a + 1; x+1 < e; x++ {
		if f.t[x].kind != tWord || f.t[x].w != "who" {
			continue
		}
		if spk, ok := f.classify(a, x, e); ok && spk.Kind == KindUnnamed {
			spk.Span.End = f.t[e-1].e
			spk.Name = f.text[spk.Span.Start:spk.Span.End]
			return spk, true
		}
		break
	}
	return f.classify(a, e, e)
}
