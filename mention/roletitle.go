package mention

import (
	"github.com/sitrep-project/sitrep/doc"
)

// spokesNouns are the role nouns of a person who speaks for an
// organisation: "the spokesman said" later refers to whoever was
// introduced with one.
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// spokesTitle returns the span of a spokesperson's role written right
// before the person's name at token i, with the capitalised owner that
// opens it: "Taliban spokesman Zabihullah Mujahid", "State Department
// spokesman Ned Price", "spokeswoman Jen Psaki". The role names no office
// the KB holds, so it makes no role claim; it is the mention's title so
// that a later "the spokesman" can be resolved to the person.
func (p *proc) spokesTitle(i int) (doc.Span, bool) {
	h := i - 1
	if h < 0 || !p.joined(i) || p.toks[h].shape&shLower == 0 || !spokesNouns[p.lower(h)] {
		return doc.Span{}, false
	}
	k := h
	// the owner may be a possessive: "Sheriff's Office spokesman"
	for k > 0 && h-k < 5 && p.toks[k].gap <= gapSpace && p.toks[k].sent == p.toks[k-1].sent && p.toks[k-1].cap() && p.toks[k-1].word() && !p.has(k-1, fStop|fConnector) && !p.is(k-1, p.s.w.the) {
		k--
	}
	// a hyphened name is whole: "Al-Shabaab spokesman" (the loop stops
	// at the lower-case "al" it opens with, not inside the name)
	for k < h && k > 0 && p.toks[k].gap == gapHyphen && p.toks[k].sent == p.toks[k-1].sent && p.toks[k-1].word() {
		k--
	}
	return p.span(k, h+1), true
}
