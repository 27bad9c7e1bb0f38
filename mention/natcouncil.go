package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// nationalCouncils unlinks an international body matched by a generic
// name ("Security Council" of the United Nations Security Council) where
// the text says it is a state's own: after a state's possessive
// ("Kazakhstan's Security Council") or after "head/chairman/secretary of
// (the) …" in an article that names no UN body ("removed Nazarbayev as
// head of the powerful Security Council": the UN council has a rotating
// president, no head). The mention stays an organisation of the
// possessive's state, or of no known state. A state's own generic
// council ("State Council") after a capitalised word no other mention
// covers is another body of that longer name ("High State Council").
func (p *proc) nationalCouncils() {
	// gated by tCouncil (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tCouncil) {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hAlias || f.actor < 0 || f.j-f.i != 2 {
			continue
		}
		a := p.s.actors[f.actor]
		if !strings.EqualFold(p.word(f.j-1), "council") {
			continue
		}
		if a.Country != "" || !strings.HasSuffix(kb.Fold(a.Name), " "+p.fold(f.i, f.j)) {
			// "a High State Council would govern": a capitalised word
			// before a state's generic council ("State Council" of
			// China's government) names another country's body
			if start := p.nameWordsBefore(f.i); start < f.i && !p.has(start, fGiven|fHonor|fRole|fGroupAdj) {
				for k := start; k < f.i; k++ {
					p.cover[k] = int32(g)
				}
				f.i = start
				f.actor, f.how, f.country = -1, hName, ""
				f.key = p.fold(f.i, f.j)
			}
			continue
		}
		owner := ""
		if h := p.foundEnding(f.i); h >= 0 && p.isState(h) && (p.toks[f.i-1].poss || p.found[h].how == hDemonym) {
			owner = countryCode(p.s.actors[p.found[h].actor])
		}
		start := p.nameWordsBefore(f.i)
		if owner == "" && start == f.i && (!p.headOfBefore(f.i) || p.namesUN(f.actor)) {
			continue
		}
		for k := start; k < f.i; k++ {
			p.cover[k] = int32(g)
		}
		f.i = start
		f.actor, f.how, f.country = -1, hName, owner
		f.key = p.fold(f.i, f.j)
	}
}

// nameWordsBefore returns where a longer proper name that the generic
// name at token i ends begins ("Peace and Security Council" of the
// African Union, "Supreme Security Council"): one capitalised word, or
// one and "and", that no other mention or title covers and that
// do not open the sentence. It returns i when there is none.
func (p *proc) nameWordsBefore(i int) int {
	free := func(k int) bool {
		return k >= 0 && p.toks[k].word() && p.toks[k].cap() && !p.toks[k].sentStart && !p.toks[k].poss &&
			p.cover[k] < 0 && p.tcover[k] < 0 && p.joined(k+1)
	}
	k := i - 1
	if k >= 1 && p.is(k, p.s.w.and) && p.joined(i) && free(k-1) {
		return k - 1
	}
	if free(k) {
		return k
	}
	return i
}

// headOfBefore reports whether "head", "chairman", "chair" or
// "secretary" and "of", then "the" and at most one adjective, come
// before token i ("head of the powerful Security Council").
func (p *proc) headOfBefore(i int) bool {
	k := i - 1
	if k >= 0 && p.toks[k].shape&shLower != 0 && !p.is(k, p.s.w.the) && !p.is(k, p.s.w.of) {
		k-- // "powerful"
	}
	if k >= 0 && p.is(k, p.s.w.the) {
		k--
	}
	if k < 1 || !p.is(k, p.s.w.of) {
		return false
	}
	switch p.lower(k - 1) {
	case "head", "chairman", "chair", "secretary", "chief", "deputy":
		return true
	}
	return false
}

// namesUN reports whether the article names a United Nations body other
// than actor skip ("UN", "United Nations", "UN General Assembly").
func (p *proc) namesUN(skip int32) bool {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 || f.actor == skip {
			continue
		}
		n := p.s.actors[f.actor].Name
		if strings.HasPrefix(n, "United Nations") || strings.HasPrefix(n, "UN ") {
			return true
		}
	}
	return false
}
