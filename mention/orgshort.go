package mention

import (
	"github.com/sitrep-project/sitrep/doc"
)

// orgShortForms links a KB organisation matched by a short alias to the
// organisation the article named in full before it when the full name
// ends with the alias: "The American Red Cross opened a shelter. … The
// Red Cross said" is the American Red Cross, not the International
// Committee of the Red Cross the alias "Red Cross" names alone. Only an
// alias of two words or more joins, and only to an organisation named
// earlier in the article.
func (p *proc) orgShortForms() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != doc.TypeOrganization || f.how != HowAlias || f.actor < 0 || f.j-f.i < 2 || f.joinTo >= 0 {
			continue
		}
		var short []string
		for h := g - 1; h >= 0; h-- {
			e := &p.found[h]
			if e.dead || e.typ != doc.TypeOrganization || e.j > f.i || e.j-e.i <= f.j-f.i || e.actor == f.actor || p.toks[e.j-1].id != p.toks[f.j-1].id {
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
