package mention

import (
	"github.com/sitrep-project/sitrep/internal/wordset"
)

// compoundHeads are lower-case nouns that, written right after a place's
// name, make the two one common noun: a disease or pathogen named after
// where it was first found ("Guinea worm", "Marburg virus", "Lyme
// disease", "Havana syndrome").
var compoundHeads = wordset.FromMap(map[string]bool{
	"virus": true, "viruses": true, "fever": true, "disease": true, "diseases": true, "flu": true,
	"syndrome": true, "worm": true, "worms": true,
})

// worshipHeads are lower-case nouns for a place of worship: after "the"
// and a single capitalised word, that word names the deity or saint it
// is dedicated to ("the Ram temple", "a Shiva shrine"), not a person
// the story is about.
var worshipHeads = wordset.FromMap(map[string]bool{
	"temple": true, "temples": true, "shrine": true, "mosque": true, "church": true,
	"cathedral": true, "chapel": true, "pagoda": true, "gurdwara": true, "monastery": true,
})

// commonCompounds drops names that are the first word of a common noun
// compound: a place before a disease noun (compoundHeads) and a lone
// unknown name between a determiner and a place of worship
// (worshipHeads); a one-word body opening a sentence before "up" ("Fed
// up with …"). A place before other nouns stays ("Guinea troops").
func (p *proc) commonCompounds() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j >= len(p.toks) || !p.joined(f.j) || p.toks[f.j].shape&shLower == 0 || p.toks[f.j-1].poss {
			continue
		}
		switch f.typ {
		case kPlace, kCountry:
			if f.how != hDemonym && compoundHeads.Has(p.word(f.j)) {
				p.kill(g)
			}
		case kOrganization:
			// "Fed up with the delays": a participle opening a
			// sentence before its particle, no central bank
			if f.j-f.i == 1 && p.toks[f.i].sentStart && p.word(f.j) == "up" {
				p.kill(g)
			}
		case kPerson:
			if f.j-f.i == 1 && f.actor < 0 && f.claim < 0 && f.how == hName && p.has(f.i-1, fDet) && p.joined(f.i) && worshipHeads.Has(p.word(f.j)) {
				p.kill(g)
			}
		}
	}
}
