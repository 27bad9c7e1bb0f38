package mention

import "github.com/sitrep-project/sitrep/doc"

// appositiveTitleBefore returns the span of the post a description
// opening the sentence gives the person named in apposition after it,
// between commas: "The mayor of Concepcion, Jacqueline van Rysselberghe,
// appealed …", "The finance minister, Kemi Adeosun, said …". A dateline
// before the description ("LIMA, Sept. 12 - The president of Congress,
// …,") is no part of it.
func (p *proc) appositiveTitleBefore(i, j int) (doc.Span, bool) {
	if i < 3 || j >= len(p.toks) || p.word(i-1) != "," || p.word(j) != "," || !p.joined(i-1) && p.toks[i-1].gap > gapSpace {
		return doc.Span{}, false
	}
	sent := p.toks[i].sent
	s := i - 1
	for s > 0 && s > i-16 && p.toks[s-1].sent == sent {
		if w := p.word(s - 1); w == "-" || w == "\u2013" || w == "\u2014" {
			break // a dateline's dash
		}
		s--
	}
	if s == i-1 || p.toks[s].sent != sent {
		return doc.Span{}, false
	}
	switch p.lower(s) {
	case "the", "a", "an":
	default:
		return doc.Span{}, false // "Castillo's lawyer, Benji Espinoza," may be a title; "Ministers, X," is not
	}
	t, ok := p.postRun(s)
	if !ok || t.End != p.toks[i-2].end {
		return doc.Span{}, false
	}
	return t, true
}
