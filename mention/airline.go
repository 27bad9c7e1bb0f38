package mention

import (
	"slices"
	"strings"
)

// airlineCountries retypes a country's one-word short form that English
// writes with "the" ("the Emirates", the tail of "United Arab Emirates")
// (a plural: not "Macedonia" of "North Macedonia") as the airline of
// that name where it stands without the article in a
// sentence about flying: "Emirates said it would resume flights", "an
// Emirates jet landed". The airline is an unlinked organisation of the
// country. With "the" ("flights to the Emirates"), as an acronym ("UAE")
// or in a sentence with no word of flying the country stays.
func (p *proc) airlineCountries() {
	if p.absent(tFlying) { // (flyingWords: every word flyingSentence needs)
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kCountry || f.how != hAlias || f.actor < 0 || f.j-f.i != 1 || f.metonymy || p.toks[f.i].upperLetters() || !p.toks[f.i].cap() {
			continue
		}
		if f.i > 0 && p.toks[f.i].sent == p.toks[f.i-1].sent && p.toks[f.i-1].cap() && !p.toks[f.i-1].sentStart || f.i > 0 && p.lower(f.i-1) == "the" {
			continue // "the Emirates", "Arab Emirates"
		}
		a := p.s.actors[f.actor]
		w := p.lower(f.i)
		name := strings.ToLower(a.Name)
		if name == w || !pluralShape(w) || !strings.HasSuffix(name, " "+w) || !p.flyingSentence(f.i) {
			continue
		}
		f.typ, f.actor, f.persons, f.country, f.how = kOrganization, -1, nil, a.Country, hName
		f.key = p.fold(f.i, f.j)
		p.foundChanged(g)
	}
}

// flyingSentence reports whether the sentence of token k holds a word of
// flying: an airline's flights, jets, routes or passengers.
func (p *proc) flyingSentence(k int) bool {
	s := p.toks[k].sent
	lo, hi := k, k
	for lo > 0 && p.toks[lo-1].sent == s {
		lo--
	}
	for hi+1 < len(p.toks) && p.toks[hi+1].sent == s {
		hi++
	}
	for t := lo; t <= hi; t++ {
		if t != k && p.toks[t].word() && flyingWord(p.lower(t)) {
			return true
		}
	}
	return false
}

// flyingWords are the lower-case nouns of air travel flyingSentence
// looks for (and tFlying gates airlineCountries with).
var flyingWords = []string{
	"flight", "flights", "airline", "airlines", "airliner", "airliners", "carrier", "jet", "jets",
	"plane", "planes", "aircraft", "passengers", "route", "routes", "fleet", "cabin", "pilots", "pilot",
}

// flyingWord reports whether w, lower case, is a noun of air travel.
func flyingWord(w string) bool { return slices.Contains(flyingWords, w) }
