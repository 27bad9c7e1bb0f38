package mention

import (
	"strings"
)

// acronymLongForms joins a body's name written in full before its
// parenthesised acronym to the KB entity the acronym names, when the
// full name is the entity's own ("the Justice and Development Party
// (AKP)", "the Peoples' Democratic Party (HDP)"): one entity with two
// mentions, linked through the acronym. The full name alone may be
// ambiguous (several countries have a Justice and Development Party);
// the acronym beside it settles which. A full name that is not the KB
// name (ignoring the KB's bracketed qualifier, "(Turkey)") stays apart.
func (p *proc) acronymLongForms() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 || f.j-f.i != 1 || f.i < 2 || !p.is(f.i-1, p.s.w.lparen) || !p.toks[f.i].upper() || !p.is(f.i-1, p.s.w.lparen) || !p.is(f.j, p.s.w.rparen) {
			continue
		}
		h := p.foundEnding(f.i - 1)
		if h < 0 {
			continue
		}
		e := &p.found[h]
		if e.actor >= 0 || e.joinTo >= 0 || e.j-e.i < 2 || e.typ != kOrganization && e.typ != kArmedGroup {
			continue
		}
		name := fold(p.s.actors[f.actor].Name)
		if k := strings.LastIndex(name, " ("); k > 0 && strings.HasSuffix(name, ")") {
			name = name[:k]
		}
		if strings.Join(p.foldWords(e.i, e.j), " ") != strings.Join(strings.Fields(name), " ") {
			continue
		}
		e.joinTo = g
		e.typ = f.typ
	}
}
