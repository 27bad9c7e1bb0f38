package mention

// venueOpener reports whether w is the head word a Romance language
// writes first in a venue's name ("Stade de France", "Estadio Nacional
// de Chile", "Palais des Nations"): the name is the venue's, even when
// it ends in a country's name.
func venueOpener(w string) bool {
	switch w {
	case "Stade", "Estadio", "Stadio", "Estádio", "Palais", "Palacio", "Palazzo", "Palácio":
		return true
	}
	return false
}

// venueConnector reports whether w joins a venue's head word to the
// rest of its name. A switch, not a map: venueJoins asks it of the short
// lower-case word before every name, and hashing each costs more.
func venueConnector(w string) bool {
	switch w {
	case "de", "del", "des", "di", "do", "da", "du", "of":
		return true
	}
	return false
}

// venueJoins makes a venue whose name opens with a Romance head word and
// ends in a name of its own one place: "the Stade de France", "the
// Estadio Nacional de Chile" name a stadium, not France or Chile. The
// head word and at most two capitalised words after it, then a
// connector, then the name.
func (p *proc) venueJoins() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.i < 2 {
			continue
		}
		c := f.i - 1
		// a short lower-case word first (most names follow no connector)
		if t := &p.toks[c]; t.shape&shLower == 0 || t.end-t.start > 3 || !venueConnector(p.word(c)) || !p.joined(c) || !p.joined(f.i) {
			continue
		}
		s := c - 1
		for s > 0 && c-s <= 3 && !venueOpener(p.word(s)) && p.toks[s].cap() && p.joined(s) {
			s--
		}
		if !venueOpener(p.word(s)) || p.tcover[s] >= 0 {
			continue
		}
		ok := true
		for t := s; t < c; t++ {
			if h := p.cover[t]; h >= 0 && (p.found[h].actor >= 0 || p.found[h].i < s) {
				ok = false // a KB name of its own
			}
		}
		if !ok {
			continue
		}
		for t := s; t < c; t++ {
			if h := p.cover[t]; h >= 0 {
				p.kill(int(h))
			}
		}
		f.i, f.typ, f.actor, f.capital, f.place, f.persons, f.how = s, kPlace, -1, -1, -1, nil, hName
		f.key = p.fold(f.i, f.j)
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
}

// religionNouns name a faith: a name ending in one ("Shi'ite Islam",
// "Orthodox Judaism") is no place, whatever preposition comes before.
var religionNouns = map[string]bool{
	"Islam": true, "Christianity": true, "Judaism": true, "Buddhism": true, "Hinduism": true,
	"Catholicism": true, "Protestantism": true, "Sikhism": true, "Orthodoxy": true, "Shiism": true, "Sufism": true,
}

// religionNames retypes an unlinked place whose name ends in a faith's
// noun ("the holiest sites in Shi'ite Islam") as a miscellaneous name.
func (p *proc) religionNames() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor >= 0 || f.typ != kPlace || !religionNouns[p.word(f.j-1)] {
			continue
		}
		f.typ = kMisc
	}
}
