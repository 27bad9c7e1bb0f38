package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/wordset"
)

// epithets are the capitalised words "the" joins to a ruler's or a
// writer's given name to make the name: "Alexander the Great", "Pliny
// the Elder", "Suleiman the Magnificent".
var epithets = wordset.FromMap(map[string]bool{
	"Great": true, "Elder": true, "Younger": true, "Conqueror": true, "Magnificent": true,
	"Terrible": true, "Bold": true, "Wise": true, "Pious": true, "Lionheart": true,
	"Confessor": true, "Fair": true, "Just": true, "Good": true, "Bald": true, "Fat": true,
	"Navigator": true, "Liberator": true, "Lawgiver": true, "Apostate": true,
})

// epithetNames makes "<Name> the <Epithet>" one person ("Alexander the
// Great", "Catherine the Great", "Pliny the Elder"): the name alone, a
// one-word person or an unknown capitalised word, is no KB person's
// short form, and the epithet no body of its own. Only a lower-case
// "the" before a capitalised word is looked at further.
func (p *proc) epithetNames() {
	the := p.s.w.the
	toks := p.toks // the loop adds found names, never tokens
	for k := 1; k+1 < len(toks); k++ {
		// skip to the next "the" (cThe)
		if k = nextClass(p.cls, k, cThe); k+1 >= len(toks) {
			break
		}
		if toks[k].id != the {
			continue
		}
		e := k + 1
		if p.toks[k].shape&shLower == 0 || p.toks[e].shape&shCap == 0 {
			continue
		}
		if !p.toks[e].word() || !epithets.Has(p.word(e)) || p.toks[e].gap != gapSpace || p.toks[k].gap != gapSpace || p.toks[e].sent != p.toks[k].sent {
			continue
		}
		if e+1 < len(p.toks) && p.toks[e+1].word() && p.toks[e+1].cap() && p.toks[e+1].gap == gapSpace {
			continue // "the Great Hall", "the Good Friday agreement": the epithet opens a name
		}
		x := k - 1
		if !p.toks[x].word() || !p.toks[x].cap() || p.toks[x].upper() || p.has(x, fStop|fDet|fDate|fLocPrep|fCue) || p.toks[x].poss {
			continue
		}
		start := x
		if g := p.foundEnding(k); g >= 0 {
			f := &p.found[g]
			if f.j-f.i != 1 || f.typ != kPerson && f.actor >= 0 {
				continue // "Greece the Great"? a known place or body stays
			}
			p.kill(g)
		} else if p.cover[x] >= 0 {
			continue
		}
		if g := p.cover[e]; g >= 0 {
			if f := &p.found[g]; f.i < e || f.j > e+1 {
				continue // the epithet opens a longer name
			}
			p.kill(int(g))
		}
		p.addFound(found{i: start, j: e + 1, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson, key: "person:" + p.fold(start, e+1)})
	}
}

// regionNouns head a country's subdivision named "<noun> of <Name>":
// "its northern province of Macedonia", "the region of Kurdistan".
// ("the state of Israel" names the state: "state" is no such noun.)
var regionNouns = wordset.FromMap(map[string]bool{
	"province": true, "region": true, "district": true, "prefecture": true,
	"governorate": true, "county": true, "department": true, "canton": true,
})

// subdivisionNames unlinks a country's name written as a subdivision's,
// "province of Macedonia", "region of Luxembourg": Greece's province and
// Belgium's, not North Macedonia and Luxembourg. The mention becomes an
// unlinked place; other mentions of the country stay. A de facto state
// the KB codes outside ISO (X…) is the region it names: "the breakaway
// region of South Ossetia" stays South Ossetia.
func (p *proc) subdivisionNames() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kCountry || f.how == hDemonym || f.i < 2 || !p.is(f.i-1, p.s.w.of) {
			continue
		}
		n := f.i - 2
		if !p.toks[n].word() || p.toks[n].shape&shLower == 0 || !regionNouns.Has(p.lower(n)) {
			continue
		}
		if f.actor >= 0 && strings.HasPrefix(countryCode(p.s.actors[f.actor]), "X") {
			continue // "the breakaway region of South Ossetia", "the province of Kosovo": the de facto state is that region
		}
		f.actor, f.typ, f.how, f.country = -1, kPlace, hName, ""
		f.key = "place:" + p.fold(f.i, f.j)
	}
}

// personPlaces retypes as an unlinked place a person's name, or a name
// the stage read as one, that a subdivision's noun follows after a
// locative word or "the": "in Sihanouk province", "across Preah Sihanouk
// province" name the province named for the person, not the person. A
// person with a title or a role claim stays.
func (p *proc) personPlaces() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.claim >= 0 || f.title.End > f.title.Start || f.i == 0 || f.j >= len(p.toks) || !p.joined(f.j) || !p.joined(f.i) {
			continue
		}
		if !p.toks[f.j].word() || p.toks[f.j].shape&shLower == 0 || !regionNouns.Has(p.word(f.j)) || p.toks[f.j-1].poss {
			continue
		}
		switch p.lower(f.i - 1) {
		case "in", "of", "across", "throughout", "near", "the":
		default:
			continue
		}
		f.actor, f.typ, f.how, f.persons, f.others, f.surname, f.joinTo, f.shapeOnly = -1, kPlace, hName, nil, nil, false, -1, false
		f.key = p.fold(f.i, f.j)
		p.foundChanged(g)
	}
}
