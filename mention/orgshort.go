package mention

import (
	"cmp"
	"slices"
)

// orgShortForms links a KB organisation matched by a short alias to the
// organisation the article named in full before it when the full name
// ends with the alias: "The American Red Cross opened a shelter. … The
// Red Cross said" is the American Red Cross, not the International
// Committee of the Red Cross the alias "Red Cross" names alone. Only an
// alias of two words or more joins, and only to an organisation named
// earlier in the article.
func (p *proc) orgShortForms() {
	// byLast lists the organisations by the id of their last word, then
	// found order: a short form reads only those ending in its word, not
	// every found before it
	var byLast []orgEnd
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hAlias || f.actor < 0 || f.j-f.i < 2 || f.joinTo >= 0 {
			continue
		}
		if byLast == nil {
			byLast = p.orgsByLast()
		}
		last := p.toks[f.j-1].id
		lo, _ := slices.BinarySearchFunc(byLast, orgEnd{last, 0}, compareOrgEnd)
		at, _ := slices.BinarySearchFunc(byLast, orgEnd{last, int32(g)}, compareOrgEnd)
		var short []string
		for k := at - 1; k >= lo; k-- {
			h := int(byLast[k].g)
			e := &p.found[h]
			if e.dead || e.typ != kOrganization || e.j > f.i || e.j-e.i <= f.j-f.i || e.actor == f.actor || p.toks[e.j-1].id != p.toks[f.j-1].id {
				continue
			}
			if short == nil {
				short = p.fields(p.fold(f.i, f.j))
			}
			if !suffix(p.fields(p.fold(e.i, e.j)), short) || p.scopeBefore(e, f.j-f.i) {
				continue
			}
			if e.actor >= 0 {
				f.actor = e.actor
			} else {
				f.actor, f.joinTo = -1, h
			}
			break
		}
	}
}

// orgEnd is an organisation found g and the id of its last word.
type orgEnd struct{ id, g int32 }

func compareOrgEnd(a, b orgEnd) int {
	if a.id != b.id {
		return cmp.Compare(a.id, b.id)
	}
	return cmp.Compare(a.g, b.g)
}

// orgsByLast returns the live organisations of at least one word, by
// the id of their last word, then found order.
func (p *proc) orgsByLast() []orgEnd {
	out := make([]orgEnd, 0, 16)
	for h := range p.found {
		if e := &p.found[h]; !e.dead && e.typ == kOrganization && e.j > e.i {
			out = append(out, orgEnd{p.toks[e.j-1].id, int32(h)})
		}
	}
	slices.SortFunc(out, compareOrgEnd)
	return out
}

// scopeWords make a body's name another body than its tail names:
// "National Security Council" is no "Security Council", "International
// Criminal Court" no "Criminal Court".
var scopeWords = map[string]bool{"national": true, "international": true, "federal": true,
	"supreme": true, "high": true, "central": true, "world": true, "global": true}

// scopeBefore reports whether the word of found e right before its last
// n words is a scope word.
func (p *proc) scopeBefore(e *found, n int) bool {
	k := e.j - n - 1
	return k >= e.i && scopeWords[p.lower(k)]
}
