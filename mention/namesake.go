package mention

import "github.com/sitrep-project/sitrep/kb"

// leaderNamesake picks, for a short form (words, found g) that ends the
// full names of several KB persons the article names ("Rajapaksa" after
// "President Mahinda Rajapaksa" and "Defence Secretary Gotabaya
// Rajapaksa"), the one who held a head of state's or government's office
// on the article date: news shortens the leader's name, and a family's
// other members keep their given names. It returns that person's found,
// or -1 when the article is undated, or none or several of them led.
func (p *proc) leaderNamesake(people []personWords, g int, words []string) int {
	if p.date.IsZero() || p.s.kb == nil {
		return -1
	}
	best := -1
	for _, pe := range people {
		if pe.found == g || len(pe.words) <= len(words) || !suffix(pe.words, words) {
			continue
		}
		a := p.found[p.root(pe.found)].actor
		if a < 0 || !p.leader(a) {
			continue
		}
		if best >= 0 && p.found[p.root(best)].actor != a {
			return -1 // two leaders of one name
		}
		if best < 0 {
			best = pe.found
		}
	}
	return best
}

// leader reports whether KB person a held a head of state's or
// government's office on the article date.
// The answer is kept for the document: a long one asks it of the same
// few people for every repeat of their surname.
func (p *proc) leader(a int32) bool {
	if v, ok := p.leaders[a]; ok {
		return v
	}
	v := false
	for _, o := range []string{kb.OfficePresident, kb.OfficePrimeMinister, kb.OfficeMonarch, kb.OfficeHeadOfState, kb.OfficeHeadOfGovernment} {
		if p.heldOffice(a, o) {
			v = true
			break
		}
	}
	if p.leaders == nil {
		p.leaders = map[int32]bool{}
	}
	p.leaders[a] = v
	return v
}

// royalTitle reports whether w is a monarch's or royal's title that is
// also a KB surname ("King", "Prince"): before a name it is the title.
func royalTitle(w string) bool {
	switch w {
	case "King", "Queen", "Prince", "Princess", "Emir", "Sultan":
		return true
	}
	return false
}

// royalSurnames drops a match of a royal title that is also a KB
// surname ("King", "Prince") when a name follows it and none comes
// before: "King Gyanendra" is the title and Gyanendra, not a person
// named King ("Martin Luther King Jr." keeps its King).
func (p *proc) royalSurnames() {
	for k := range p.found {
		f := &p.found[k]
		if f.dead || !f.surname || f.j-f.i != 1 || f.j >= len(p.toks) || !royalTitle(p.word(f.i)) {
			continue
		}
		if f.i > 0 && p.joined(f.i) && p.toks[f.i-1].cap() && p.stateBefore(f.i) < 0 {
			continue // "Martin Luther King Jr.": the surname after a name; "Thai King Bhumibol" is the title
		}
		if p.joined(f.j) && p.nameWord(f.j) {
			p.kill(k)
		}
	}
}

// namedBeforeNamesake picks, for a short form (words, found g) that ends
// the full names of several people, the one the article named in full
// before it when no other of them was: a short form refers back ("Jovenel
// Moise … Moise said … the first lady, Martine Moise"), never ahead to a
// namesake introduced later. It returns that person's found, or -1 when
// none or several of them were named before g.
func (p *proc) namedBeforeNamesake(people []personWords, g int, words []string) int {
	at := p.found[g].i
	best := -1
	for _, pe := range people {
		if pe.found == g || len(pe.words) <= len(words) || !suffix(pe.words, words) || p.found[pe.found].i >= at {
			continue
		}
		if best >= 0 && p.root(best) != p.root(pe.found) {
			return -1 // "Bobick" after "Duane Bobick" and "Rodney Bobick"
		}
		if best < 0 {
			best = pe.found
		}
	}
	return best
}
