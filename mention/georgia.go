package mention

import (
	"github.com/sitrep-project/sitrep/kb"
)

// usStateCues are words after "Georgia" that make it the US state
// ("Georgia Gov. Brian Kemp", "the Georgia Legislature", "Georgia Tech").
var usStateCues = map[string]bool{
	"gov": true, "governor": true, "legislature": true, "lawmakers": true, "legislators": true,
	"general": true, "senate": true, "sen": true, "senator": true, "rep": true, "tech": true,
	"bulldogs": true, "democrats": true, "republicans": true, "voters": true, "peach": true,
	"school": true, "schools": true, // "a Georgia school board"
}

// usMembers are words before "from Georgia" for a member of the US
// Congress or a party's politician ("a Democratic congressman from
// Georgia", "a Republican from Georgia").
var usMembers = map[string]bool{
	"congressman": true, "congresswoman": true, "senator": true, "representative": true,
	"democrat": true, "republican": true, "congressmen": true, "senators": true,
}

// stateOrgTails are words after a state's name that make the two words
// one organisation ("Georgia Legislature", "Georgia Tech").
var stateOrgTails = map[string]bool{
	"legislature": true, "tech": true, "senate": true, "democrats": true, "republicans": true,
	"bulldogs": true, "power": true,
}

// stateMediaWords are words after "Georgia state" that make it the
// country's state ("Georgia state television").
var stateMediaWords = map[string]bool{
	"television": true, "tv": true, "media": true, "news": true, "broadcaster": true,
	"minister": true, "ministry": true, "security": true, "border": true,
}

// usStateDirections are lower-case words before "Georgia" that name a
// part of the state ("north Georgia", "middle Georgia").
var usStateDirections = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "middle": true, "central": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "coastal": true,
	"rural": true, "metro": true,
}

// caucasusCues are words that put an article in the Caucasus, where
// "Georgia" is the country.
var caucasusCues = map[string]bool{
	"tbilisi": true, "caucasus": true, "abkhazia": true, "abkhaz": true, "ossetia": true,
	"ossetian": true, "ossetians": true, "saakashvili": true, "batumi": true, "kutaisi": true,
	"russia": true, "russian": true, "russians": true, "kremlin": true, "moscow": true,
	"armenia": true, "azerbaijan": true,
}

// usGeorgia reads "Georgia" as the US state, an unlinked place in the
// USA, when the context is American (see the package doc).
func (p *proc) usGeorgia() {
	var gs []int
	for g := range p.found {
		f := &p.found[g]
		if !f.dead && f.actor >= 0 && f.typ == kCountry && f.how == hAlias && p.s.actors[f.actor].ID == "GEO" {
			gs = append(gs, g)
		}
	}
	if len(gs) == 0 {
		return
	}
	// The article's cues: the Caucasus, or the USA (places in the USA
	// other than Washington, no place of a third country).
	caucasus, us, foreign := false, false, false
	for k := range p.toks {
		if p.toks[k].cap() && caucasusCues[fold(p.word(k))] {
			caucasus = true
		}
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how == hDemonym {
			continue
		}
		c := p.foundCountry(f)
		switch {
		case f.actor >= 0 && p.s.actors[f.actor].Kind == kb.KindPerson && countryCode(p.s.actors[f.actor]) == "GEO":
			caucasus = true // Saakashvili and the other people of Georgia the KB knows
		case c == "" || c == "GEO":
		case c == "USA":
			if f.typ == kPlace && f.capital < 0 {
				us = true
			}
		case f.typ == kPlace || f.typ == kCountry:
			foreign = true
		}
	}
	local := make([]bool, len(gs))
	anyLocal := false
	for n, g := range gs {
		// a direction before it ("north Georgia") names a part of the
		// state only outside a Caucasus context or with a US place named:
		// "linking east and west Georgia" in a story from Tbilisi is the
		// country's
		local[n] = p.georgiaStateCue(&p.found[g]) || p.georgiaDirection(&p.found[g]) && (us || !caucasus)
		anyLocal = anyLocal || local[n]
	}
	for g := range p.found {
		// "the University of Georgia", "Georgia Tech": an American body
		// named after the state
		if f := &p.found[g]; !f.dead && f.typ == kOrganization {
			for k := f.i; k < f.j; k++ {
				if fold(p.word(k)) == "georgia" && (k+1 < f.j && stateOrgTails[fold(p.word(k+1))] || k-2 >= f.i && fold(p.word(k-1)) == "of" && (fold(p.word(k-2)) == "university" || fold(p.word(k-2)) == "college")) {
					anyLocal = true
				}
			}
		}
	}
	for n, g := range gs {
		if !local[n] && (caucasus || !anyLocal && (!us || foreign)) {
			continue
		}
		f := &p.found[g]
		f.actor, f.capital, f.place, f.persons = -1, -1, -1, nil
		f.typ, f.how, f.country, f.metonymy = kPlace, hAlias, "USA", false
		f.key = "place:georgia@USA"
	}
}

// foundCountry returns the country f lies in or is, "" if unknown.
func (p *proc) foundCountry(f *found) string {
	switch {
	case f.capital >= 0:
		return p.s.actors[f.capital].ID
	case f.actor >= 0:
		a := p.s.actors[f.actor]
		if a.Kind == kb.KindCountry || a.Kind == kb.KindPlace {
			return countryCode(a)
		}
		return ""
	case f.typ != kPlace:
		return ""
	case f.country != "":
		return f.country
	}
	if c := stateCountry[p.fold(f.i, f.j)]; c != "" {
		return c
	}
	return p.gazCountry(f.i, f.j)
}

// gazCountry returns the country of the most populous place the gazetteer
// calls [i,j), "" if none.
func (p *proc) gazCountry(i, j int) string {
	if p.s.gaz == nil {
		return ""
	}
	if es := p.s.gaz.Lookup(p.text[p.toks[i].start:p.toks[j-1].end]); len(es) > 0 {
		return es[0].Country
	}
	return ""
}

// georgiaStateCue reports whether the words around f, a "Georgia", name
// the US state: a US town or state and a comma before it ("Atlanta,
// Georgia"), a US state listed with it ("Georgia and Alabama"), "state
// of" or "University of" before it, or a word of US state politics after
// it ("Georgia Gov. Brian Kemp", "the Georgia Legislature"); a direction
// before it is a weaker cue (georgiaDirection).
func (p *proc) georgiaStateCue(f *found) bool {
	lower := func(k int) string {
		if k < 0 || k >= len(p.toks) {
			return ""
		}
		return fold(p.word(k))
	}
	if usStateCues[lower(f.j)] && !p.toks[f.j-1].poss {
		return true
	}
	if p.usGame(f) {
		return true // "Georgia beat Auburn 24-6": a college side's game
	}
	if lower(f.j) == "state" && !p.toks[f.j-1].poss && !stateMediaWords[lower(f.j+1)] {
		return true // "the Georgia state line", not "Georgia state television"
	}
	if lower(f.i-1) == "in" && (lower(f.i-2) == "counties" || lower(f.i-2) == "county") || lower(f.i-1) == "," && lower(f.i-2) == "county" {
		return true // "Camden and Charlton counties in Georgia", "Hall County, Georgia"
	}
	if lower(f.i-1) == "from" && usMembers[lower(f.i-2)] {
		return true // "a Democratic congressman from Georgia"
	}
	if lower(f.i-1) == "of" {
		switch lower(f.i - 2) {
		case "state", "university", "college":
			return true
		}
	}
	if f.i >= 2 && p.word(f.i-1) == "," {
		if g := p.cover[f.i-2]; g >= 0 {
			if h := &p.found[g]; !h.dead && h.how != hDemonym && p.usPlace(h.i, h.j, h) {
				return true
			}
		} else if p.toks[f.i-2].cap() && p.usPlace(f.i-2, f.i-1, nil) {
			return true
		}
	}
	// A US state listed before or after it.
	for _, k := range []int{f.i - 2, f.j + 1} {
		sep := k + 1
		if k > f.j {
			sep = f.j
		}
		if !p.listSep(sep) || k < 0 || k >= len(p.toks) {
			continue
		}
		for n := 1; n <= 2; n++ {
			i, j := k, k+n
			if k < f.i {
				i, j = k-n+1, k+1
			}
			if i < 0 || j > len(p.toks) {
				break
			}
			if w := p.fold(i, j); w != "washington" && w != "georgia" && stateCountry[w] == "USA" {
				return true
			}
		}
	}
	return false
}

// georgiaDirection reports whether f, a "Georgia", follows a direction
// in lower case ("north Georgia", "middle Georgia"), a part of the US
// state in an American context.
func (p *proc) georgiaDirection(f *found) bool {
	return f.i > 0 && p.toks[f.i-1].shape&shLower != 0 && usStateDirections[fold(p.word(f.i-1))]
}

// usPlace reports whether [i,j) (found h, when not nil) is a state or a
// town of the USA other than its capital.
func (p *proc) usPlace(i, j int, h *found) bool {
	if stateCountry[p.fold(i, j)] == "USA" {
		return true
	}
	if h != nil {
		if h.capital >= 0 {
			return false
		}
		if c := p.foundCountry(h); c != "" {
			return c == "USA"
		}
		return false
	}
	return p.gazCountry(i, j) == "USA"
}

// gameVerbs are verbs of a game's result written between two sides
// ("Georgia beat Auburn", "Tennessee edged Georgia").
var gameVerbs = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeats": true, "routed": true, "routs": true,
	"edged": true, "edges": true, "topped": true, "tops": true, "downed": true, "downs": true,
	"blanked": true, "blanks": true, "upset": true, "upsets": true, "outlasted": true, "outlasts": true,
	"crushed": true, "crushes": true, "trounced": true, "thrashed": true, "hammered": true,
	"rallied past": true, "shut out": true, "held off": true, "knocked off": true,
	"lost to": true, "loses to": true, "fell to": true, "falls to": true, "tied": true, "ties": true,
	"hosts": true, "hosted": true, "visits": true, "visited": true, "faces": true, "faced": true,
}

// usGame reports whether f, a "Georgia", is a side in a game's result
// against an American side: a verb of a game's result between it and
// another name ("Georgia beat Auburn 24-6", "No. 7 Tennessee edged
// Georgia"), where the other side is a US state or town, or no place
// of another country and a score follows ("Georgia routed LSU 38-14";
// not "Georgia beat Romania 24-6", the country's rugby side), a poll's
// ranking before it ("No. 5 Georgia") or a season's record after it
// ("Georgia (7-1)").
func (p *proc) usGame(f *found) bool {
	n := len(p.toks)
	verb := func(k int) (int, bool) { // the verb at k, and the token after it
		if k < 0 || k >= n || p.toks[k].shape&shLower == 0 {
			return 0, false
		}
		w := p.word(k)
		if k+1 < n && p.toks[k+1].shape&shLower != 0 && gameVerbs[w+" "+p.word(k+1)] {
			return k + 2, true
		}
		return k + 1, gameVerbs[w]
	}
	// the other side's name at [i, …): a found or capitalised words,
	// after a ranking ("No. 5 Georgia")
	side := func(i int) (int, int, *found, bool) {
		if i+1 < n && (p.word(i) == "No." || p.word(i) == "No") && p.toks[i+1].shape&shDigit != 0 {
			i += 2
		}
		if i >= n {
			return 0, 0, nil, false
		}
		if g := p.cover[i]; g >= 0 {
			h := &p.found[g]
			return h.i, h.j, h, h.i == i && !h.dead
		}
		j := i
		for j < n && j < i+3 && p.toks[j].cap() && p.cover[j] < 0 && (j == i || p.joined(j)) {
			j++
		}
		return i, j, nil, j > i
	}
	score := p.gameScore
	other := func(i, j int, h *found, scoreAt int) bool {
		if p.usPlace(i, j, h) {
			return true
		}
		foreign := h != nil && h.how != hDemonym && (h.typ == kCountry || h.typ == kPlace) || h == nil && p.gazCountry(i, j) != ""
		return !foreign && score(scoreAt)
	}
	// "No. 5 Georgia": a poll's ranking; "Georgia (7-1)": a season's record
	if f.i >= 2 && (p.word(f.i-2) == "No." || p.word(f.i-2) == "No") && p.toks[f.i-1].shape&shDigit != 0 && len(p.word(f.i-1)) <= 2 {
		return true
	}
	// "11th-ranked Georgia": a poll's ranking written as an ordinal
	if f.i >= 2 && p.word(f.i-1) == "ranked" && p.toks[f.i-1].gap == gapHyphen && p.toks[f.i-2].shape&shDigit != 0 {
		return true
	}
	if f.j+1 < n && p.word(f.j) == "(" && score(f.j+1) {
		return true
	}
	// "Georgia beat Auburn 24-6"
	if k, ok := verb(f.j); ok && !p.toks[f.j-1].poss {
		if i, j, h, ok := side(k); ok {
			return other(i, j, h, j)
		}
	}
	// "Auburn beat Georgia 24-6": the verb and the side before it
	for b := f.i - 1; b >= 1 && b >= f.i-2; b-- {
		if k, ok := verb(b); !ok || k != f.i {
			continue
		}
		e := b
		if g := p.cover[e-1]; g >= 0 {
			h := &p.found[g]
			return !h.dead && other(h.i, h.j, h, f.j)
		}
		i := e
		for i > 0 && i > e-3 && p.toks[i-1].cap() && p.cover[i-1] < 0 && (i == e || p.joined(i)) {
			i--
		}
		return i < e && other(i, e, nil, f.j)
	}
	return false
}
