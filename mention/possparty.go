package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// partyHeadIndex returns s.partyHeads, building it on first use.
func (s *Stage) partyHeadIndex() map[string][]int32 {
	s.partyHeadsOnce.Do(func() {
		m := map[string][]int32{}
		for ai, a := range s.actors {
			if a.Sector != "PTY" || a.Kind != kb.KindOrganization {
				continue
			}
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				f := strings.Fields(kb.Fold(n))
				if len(f) < 2 {
					continue
				}
				w := f[len(f)-1]
				if l := m[w]; len(l) == 0 || l[len(l)-1] != int32(ai) {
					m[w] = append(l, int32(ai))
				}
			}
		}
		s.partyHeads = m
	})
	return s.partyHeads
}

// possessiveParties links a party named by the last word of its KB name
// ("League" for "Northern League") where the words around it make it a
// party: a person's possessive before it ("Matteo Salvini's League",
// "Salvini's League won") or "party" after it ("the League party"). The
// KB party must be the one party with that last word from a country the
// article names (a KB person, place, body or the country itself), so
// "Salvini's League" in a story naming Berlusconi or Italy is Lega Nord
// and "Hasina's Awami League" stays the full name it is. A run that took
// the possessor in ("Salvini's League" opening a sentence) is split into
// the person and the party.
func (p *proc) possessiveParties() {
	var idx map[string][]int32
	var countries map[string]bool
	var linked map[string]int32 // word → party linked by this pass
	defer func() {
		if linked != nil {
			p.theParties(linked)
		}
	}()
	for g := range p.found {
		f := &p.found[g]
		if f.actor >= 0 || f.how != hName || f.joinTo >= 0 || f.typ != kNone && f.typ != kOrganization {
			continue
		}
		if f.dead && (f.typ != kNone || p.cover[f.i] >= 0 || f.j-f.i != 1) {
			continue // a dropped word no other name took is revived ("Salvini's League" in a headline)
		}
		k := f.j - 1
		if !p.toks[k].cap() || p.toks[k].poss || p.toks[k].upper() {
			continue
		}
		split := f.j-f.i == 2 && p.toks[f.i].poss && p.toks[f.i].cap() && !p.has(f.i, fStop|fOrgCue|fPlaceCue)
		byPerson := f.j-f.i == 1 && f.i > 0 && p.toks[f.i-1].poss && p.toks[f.i-1].cap()
		party := f.j-f.i == 1 && f.j < len(p.toks) && p.joined(f.j) && p.lower(f.j) == "party"
		if !split && !byPerson && !party {
			continue
		}
		if byPerson {
			if h := p.foundEnding(f.i); h < 0 || p.found[h].typ != kPerson {
				continue
			}
		}
		if idx == nil {
			idx = p.s.partyHeadIndex()
		}
		w := p.lower(k)
		cands := idx[w]
		if len(cands) == 0 || genericPartyWord(w) {
			continue
		}
		if countries == nil {
			countries = p.articleCountries()
		}
		own := "" // the possessor's KB country: "Orban's …" is a Hungarian party
		if byPerson {
			if a := p.found[p.foundEnding(f.i)].actor; a >= 0 {
				own = p.s.actors[a].Country
			}
		}
		actor := int32(-1)
		for _, a := range cands {
			if c := p.s.actors[a].Country; !countries[c] || own != "" && c != own {
				continue
			}
			if actor >= 0 && p.s.actors[actor].ID != p.s.actors[a].ID {
				actor = -2
				break
			}
			actor = a
		}
		if actor < 0 {
			continue
		}
		if linked == nil {
			linked = map[string]int32{}
		}
		linked[w] = actor
		if split {
			i := f.i
			p.kill(g)
			p.addFound(found{i: i, j: i + 1, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: "person:" + p.fold(i, i+1)})
			p.addFound(found{i: k, j: k + 1, actor: actor, capital: -1, place: -1, joinTo: -1, claim: -1, how: hAlias, typ: kOrganization})
			continue
		}
		f.actor, f.how, f.typ, f.key, f.dead = actor, hAlias, kOrganization, "", false
		p.cover[f.i] = int32(g)
	}
}

// articleCountries returns the countries of the KB actors the article
// names so far.
func (p *proc) articleCountries() map[string]bool {
	m := map[string]bool{}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 {
			continue
		}
		if c := p.s.actors[f.actor].Country; c != "" {
			m[c] = true
		}
	}
	return m
}

// genericPartyWord reports whether w, the last word of a party's name, is
// a head many parties share ("Party", "Front", "Congress") or a plural of
// a party family ("Democrats", "Greens": partyplural.go reads those):
// alone it names no one party.
func genericPartyWord(w string) bool {
	switch w {
	case "party", "front", "alliance", "movement", "union", "coalition", "bloc", "congress", "council", "forum":
		return true
	}
	return strings.HasSuffix(w, "s")
}

// theParties links "the <Word>" to the party possessiveParties linked by
// that word elsewhere in the article ("Salvini's League … a moderate from
// the League"): an unknown one-word name, or a word no pass kept.
func (p *proc) theParties(linked map[string]int32) {
	for g := range p.found {
		f := &p.found[g]
		if f.j-f.i != 1 || f.actor >= 0 || f.how != hName || f.joinTo >= 0 || f.typ != kNone && f.typ != kOrganization || !p.is(f.i-1, p.s.w.the) {
			continue
		}
		if f.dead && (f.typ != kNone || p.cover[f.i] >= 0) {
			continue
		}
		a, ok := linked[p.lower(f.i)]
		if !ok || !p.toks[f.i].cap() || p.toks[f.i].poss {
			continue
		}
		f.actor, f.how, f.typ, f.key, f.dead = a, hAlias, kOrganization, "", false
		p.cover[f.i] = int32(g)
	}
}
