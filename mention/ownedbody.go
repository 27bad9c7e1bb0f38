package mention

import (
	"github.com/sitrep-project/sitrep/kb"
)

// ownedBodies corrects a body or armed group the KB matched by a name
// several states' bodies share when the noun phrase says whose it is and
// that is another state: "Armenia's ruling Republican Party", "the
// Algerian National Liberation Army". The owner is a state written as a
// possessive or a demonym right before the name, with at most two
// lower-case modifiers between ("ruling", "main opposition"). The
// mention links to the owner's body of that name when the KB has one
// ("Republican Party of Armenia", "Armenian Republican Party"), else it
// stays an unlinked body of the owner's state: never a body abroad. An
// armed group with no owner written goes to strayGroup.
func (p *proc) ownedBodies() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how != hAlias || f.actor < 0 || !p.isOrg(g) || f.i == 0 {
			continue
		}
		a := p.s.actors[f.actor]
		if len(a.Country) != 3 {
			continue
		}
		s := p.ownerStateBefore(f.i)
		if s < 0 {
			if f.typ == kArmedGroup && f.j-f.i >= 2 {
				p.strayGroup(f, a)
			}
			continue
		}
		st := p.s.actors[p.found[s].actor]
		own := countryCode(st)
		if own == a.Country {
			continue
		}
		if k := p.ownBody(f, st, a.Kind); k >= 0 {
			f.actor = k
			continue
		}
		f.actor, f.how, f.country = -1, hName, own
		f.key = p.fold(f.i, f.j)
	}
}

// ownerStateBefore returns the state found written as a possessive or a
// demonym before token i, over at most two lower-case modifiers, or -1.
func (p *proc) ownerStateBefore(i int) int {
	k := i - 1
	for m := 0; m < 2 && k > 0 && p.toks[k].word() && p.toks[k].shape&shLower != 0 && p.toks[k].shape&shCap == 0 && p.cover[k] < 0; m++ {
		if !p.has(k, fModifier) && !bodyModifiers[p.lower(k)] {
			return -1 // "Tehran's allies met Hezbollah": no modifier of the name
		}
		k--
	}
	g := p.foundEnding(k + 1)
	if g < 0 || !p.isState(g) || g == p.foundAt(i) {
		return -1
	}
	if h := &p.found[g]; !p.toks[h.j-1].poss && h.how != hDemonym {
		return -1
	}
	return g
}

// bodyModifiers stand between a state and the name of its party or
// armed group: "Armenia's ruling Republican Party".
var bodyModifiers = map[string]bool{
	"ruling": true, "governing": true, "main": true, "opposition": true, "largest": true, "biggest": true,
	"banned": true, "outlawed": true, "rebel": true, "militant": true, "islamist": true, "leftist": true,
	"nationalist": true, "communist": true, "conservative": true, "liberal": true, "far-right": true,
	"far-left": true, "centre-right": true, "center-right": true, "centre-left": true, "center-left": true,
	"separatist": true, "secular": true, "powerful": true, "once-ruling": true,
}

// ownBody returns the actor index of state st's body of kind named as
// found f is written, "<name> of <State>" or "<Demonym> <name>", or -1.
func (p *proc) ownBody(f *found, st *kb.Actor, kind string) int32 {
	if p.s.kb == nil {
		return -1
	}
	written := p.fold(f.i, f.j)
	names := []string{written + " of " + kb.Fold(st.Name)}
	for _, d := range st.Demonyms {
		names = append(names, kb.Fold(d)+" "+written)
	}
	for _, n := range names {
		for _, b := range p.s.kb.ByName(n) {
			if b.Kind != kind || b.Country != countryCode(st) {
				continue
			}
			for k, c := range p.s.actors {
				if c == b {
					return int32(k)
				}
			}
		}
	}
	return -1
}

// genericGroupWords make up the names many states' armed groups share
// ("National Liberation Army", "Popular Front", "Revolutionary Armed
// Forces").
var genericGroupWords = map[string]bool{
	"national": true, "liberation": true, "army": true, "front": true, "popular": true, "people's": true,
	"peoples": true, "democratic": true, "revolutionary": true, "forces": true, "movement": true,
	"resistance": true, "patriotic": true, "united": true, "armed": true, "defence": true, "defense": true,
	"islamic": true, "freedom": true, "unity": true, "salvation": true, "of": true, "the": true, "for": true, "and": true,
}

// strayGroup unlinks f, a KB armed group a matched by a name made only
// of genericGroupWords, when the article never names the group's state
// but names others: in an obituary of an Algerian, "He joined the
// National Liberation Army" is Algeria's, not Colombia's ELN. The group
// keeps its type, with the dateline's country when there is one.
func (p *proc) strayGroup(f *found, a *kb.Actor) {
	if !p.genericName(f.i, f.j) {
		return
	}
	other := false
	for h := range p.found {
		if e := &p.found[h]; !e.dead && p.isState(h) {
			if countryCode(p.s.actors[e.actor]) == a.Country {
				return
			}
			other = true
		}
	}
	if other {
		f.actor, f.how, f.country = -1, hName, p.datelineCountry()
		f.key = p.fold(f.i, f.j)
	}
}

// genericName reports whether every word of [i,j) is a genericGroupWords
// word.
func (p *proc) genericName(i, j int) bool {
	for k := i; k < j; k++ {
		if !genericGroupWords[p.lower(k)] {
			return false
		}
	}
	return true
}
