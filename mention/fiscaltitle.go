package mention

import "github.com/sitrep-project/sitrep/doc"

// fiscalNouns are public finance officers' titles written before a name:
// Australia's Treasurer, a US state's or county's treasurer, comptroller
// or auditor.
var fiscalNouns = map[string]bool{"treasurer": true, "comptroller": true, "auditor": true}

// fiscalTitle returns the span of a finance officer's title written right
// before the person's name at token i, with the capitalised owner that
// opens it: "Treasurer Josh Frydenberg", "Texas Comptroller Susan Combs",
// "Butler County Auditor Roger Reynolds". The KB holds none of these
// offices (which country's or body's treasurer is often unwritten), so
// the title makes no role claim; it is the mention's title, so that a
// later "the treasurer" can be resolved to the person and the role is
// shown.
func (p *proc) fiscalTitle(i int) (doc.Span, bool) {
	h := i - 1
	if h < 0 || !p.joined(i) || !p.toks[h].word() || len(p.word(h)) < 7 || !fiscalNouns[p.lower(h)] {
		return doc.Span{}, false
	}
	k := h
	for k > 0 && h-k < 4 && p.toks[k].gap <= gapSpace && p.toks[k].sent == p.toks[k-1].sent && p.toks[k-1].cap() && p.toks[k-1].word() && !p.has(k-1, fStop|fConnector) && !p.is(k-1, p.s.w.the) {
		k--
	}
	return p.span(k, h+1), true
}
