package mention

import (
	"github.com/sitrep-project/sitrep/kb"
)

// localPeople are words after a town's name for its people ("a Paris
// man", "a Lebanon woman").
var localPeople = map[string]bool{
	"man": true, "woman": true, "men": true, "women": true, "resident": true, "residents": true,
	"teen": true, "teenager": true, "couple": true, "boy": true, "girl": true, "native": true,
}

// localOffices are capitalised words after a town's name for its own
// offices ("Paris Police Department", "Lebanon City Council").
var localOffices = map[string]bool{
	"police": true, "pd": true, "mayor": true, "fire": true, "city": true, "township": true,
}

// usNamesakes reads a one-word KB city or country as a town of the USA
// named after it, an unlinked place in the USA, in a local American
// article: every other place it names lies in the USA or is one no table
// knows (a county, a street), and a local cue
// stands at one of its mentions ("A Paris man was arrested", "Ashley
// Evans, 26, of Paris", "Terry Jolly, 60, Lebanon, was charged", "the
// Lebanon Police", "Palestine, Texas"). Every mention of the same name
// in the article is the town then. A foreign place named anywhere else,
// or no cue, leaves the KB's reading.
func (p *proc) usNamesakes() {
	var gs []int
	// two foreign places of different actors: whichever one a cue names,
	// the other is a foreign place the article names, which the check
	// below turns the reading down for; no cue need be looked for
	first, two := int32(-1), false
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 || f.how != hAlias && f.how != hCapital || f.j-f.i != 1 || f.typ != kPlace && f.typ != kCountry {
			continue
		}
		if c := p.foundCountry(f); c != "" && c != "USA" && c != "GEO" {
			gs = append(gs, g)
			if p.s.actors[f.actor].Kind != kb.KindPerson {
				if first >= 0 && first != f.actor {
					two = true
				}
				first = f.actor
			}
		}
	}
	if len(gs) == 0 || two {
		return
	}
	cued := -1 // the actor a local cue names
	for _, g := range gs {
		if p.localTown(&p.found[g]) {
			if a := p.found[g].actor; cued >= 0 && cued != int(a) {
				return // two foreign names with cues: not one town's news
			} else {
				cued = int(a)
			}
		}
	}
	if cued < 0 {
		return
	}
	us := false
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how == hDemonym || int(f.actor) == cued {
			continue
		}
		if f.actor >= 0 && p.s.actors[f.actor].Kind == kb.KindPerson {
			continue
		}
		switch c := p.foundCountry(f); {
		case c == "USA" || c == "" && f.actor < 0:
			// a town, county or street of the USA or one no table
			// knows ("Boone County", "Elm Street")
			if f.typ == kPlace && f.capital < 0 {
				us = true
			}
		case c == "":
		case f.typ == kPlace || f.typ == kCountry:
			return // a foreign place: the name may well be the KB's
		}
	}
	if !us {
		return
	}
	for _, g := range gs {
		f := &p.found[g]
		if int(f.actor) != cued {
			continue
		}
		f.actor, f.capital, f.place, f.persons = -1, -1, -1, nil
		f.typ, f.how, f.country, f.metonymy = kPlace, hName, "USA", false
		f.key = "place:" + p.fold(f.i, f.j) + "@USA"
	}
}

// localTown reports whether a local cue stands at f, a one-word place:
// its people or its own offices after it, an age and "of" before it, or
// a US state after a comma.
func (p *proc) localTown(f *found) bool {
	n := len(p.toks)
	// the word's shape before the maps: most words after a place are
	// neither a lower-case word after "a"/"the" nor capitalised
	if f.j < n && p.joined(f.j) && !p.toks[f.j-1].poss {
		if p.toks[f.j].shape&shLower != 0 && f.i > 0 && (p.lower(f.i-1) == "a" || p.lower(f.i-1) == "the") && localPeople[p.lower(f.j)] {
			return true // "a Paris man"
		}
		if p.toks[f.j].cap() {
			if w := p.lower(f.j); localOffices[w] && (w != "city" || f.j+1 < n && (p.lower(f.j+1) == "council" || p.lower(f.j+1) == "hall")) {
				return true // "Paris Police Department", "Paris City Hall"
			}
		}
	}
	// "Evans, 26, of Paris", "Jolly, 60, Lebanon,"
	k := f.i - 1
	if k >= 0 && p.lower(k) == "of" {
		k--
	}
	if k >= 1 && p.word(k) == "," && p.toks[k-1].shape&shDigit != 0 && len(p.word(k-1)) <= 2 && k-2 >= 0 && p.word(k-2) == "," {
		return true
	}
	// "Palestine, Texas"
	if f.j+1 < n && p.word(f.j) == "," && p.toks[f.j+1].cap() && stateCountry[fold(p.word(f.j+1))] == "USA" && fold(p.word(f.j+1)) != "georgia" {
		return true
	}
	return false
}
