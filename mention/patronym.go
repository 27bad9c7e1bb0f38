package mention

import (
	"strings"
)

// patronymGivens joins a given name written alone to the person the
// article names in full as "<Given> bin|ibn|bint <Father> …" ("Sultan
// Qaboos bin Said … Qaboos had ruled since 1970", "Tamim bin Hamad Al
// Thani … Tamim"): Gulf royals and many Arab officials are referred to
// by their given name, as Western names are by the surname. The bare
// given name is capitalised, not inside a longer name, and no other
// person of the article opens their name with it; givenOwn keeps one
// introduced afresh (", a 24-year-old") apart. It runs after
// guessSingles, so it revives a sentence-initial given name no pass
// kept ("Qaboos had ruled").
func (p *proc) patronymGivens() {
	type given struct {
		word string
		g    int // the full name's found; -1 when two people share the word
	}
	var gs []given
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.j-f.i < 3 || f.joinTo >= 0 {
			continue
		}
		k := p.patronymGiven(f)
		if k < 0 {
			continue
		}
		w := p.word(k)
		dup := false
		for n := range gs {
			if gs[n].word == w {
				dup = true
				if gs[n].g >= 0 && p.fold(p.found[gs[n].g].i, p.found[gs[n].g].j) != p.fold(f.i, f.j) {
					gs[n].g = -1
				}
			}
		}
		if !dup {
			gs = append(gs, given{w, g})
		}
	}
	if len(gs) == 0 {
		return
	}
	// another person whose name opens with the word makes it ambiguous
	// ("Mohammed bin Salman … Mohammed Ali")
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.j-f.i < 2 || f.joinTo >= 0 {
			continue
		}
		for n := range gs {
			if r := gs[n].g; r >= 0 && r != g && p.word(f.i) == gs[n].word && p.patronymGiven(f) < 0 {
				gs[n].g = -1
			}
		}
	}
	for t := range p.toks {
		if !p.toks[t].cap() || p.toks[t].upper() || p.tcover[t] >= 0 {
			continue
		}
		if t > 0 && p.joined(t) && p.toks[t-1].cap() && !p.toks[t-1].sentStart || t+1 < len(p.toks) && p.joined(t+1) && p.toks[t+1].cap() {
			continue // inside a longer name
		}
		var r = -1
		for _, g := range gs {
			if g.g >= 0 && g.word == p.word(t) && p.found[g.g].i < t {
				r = g.g
			}
		}
		if r < 0 {
			continue
		}
		c := int(p.cover[t])
		if c >= 0 {
			f := &p.found[c]
			if f.j-f.i != 1 || f.joinTo >= 0 || f.actor >= 0 || f.how != hName || f.typ != kNone && f.typ != kPerson {
				continue
			}
			if p.givenOwn(c, r) {
				continue
			}
			f.typ, f.how, f.joinTo, f.dead = kPerson, hShortForm, r, false
			continue
		}
		g := p.addFound(found{i: t, j: t + 1, actor: -1, capital: -1, place: -1, joinTo: r, claim: -1, how: hShortForm, typ: kPerson, key: "person:" + p.fold(t, t+1)})
		if p.givenOwn(g, r) {
			p.kill(g)
		}
	}
}

// patronymGiven returns the token of the given name of the person found
// f when f is written "<Given> bin|ibn|bint <Father> …" with the given
// name capitalised, else -1. A title opening the span ("Sultan") is
// skipped.
func (p *proc) patronymGiven(f *found) int {
	for k := f.i + 1; k < f.j-1; k++ {
		switch p.word(k) {
		case "bin", "ibn", "bint":
			if p.toks[k-1].cap() && !p.has(k-1, fHonor) && !royalTitle(p.word(k-1)) {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// patronymTails takes into a person's name the lower-case "son of" or
// "daughter of" word of Kyrgyz, Kazakh, Azerbaijani or Turkmen that ends
// it after the father's name: "Bakyt Sadyr uulu", "Aida Bolotbek kyzy",
// "Anar Ilham oglu". Before a surname the word is inside the name already
// (patronymAt: "Ilham Heydar oglu Aliyev").
func (p *proc) patronymTails() {
	n := len(p.toks)
	for g := range p.found {
		f := &p.found[g]
		k := f.j
		if f.dead || f.typ != kPerson || f.joinTo >= 0 || k >= n || k-f.i < 2 || p.cover[k] >= 0 || p.tcover[k] >= 0 {
			continue
		}
		if !turkicPatronym(p.word(k)) || p.toks[k].gap > gapSpace || !p.toks[k-1].cap() || p.toks[k-1].poss {
			continue
		}
		if k+1 < n && p.joined(k+1) && p.toks[k+1].cap() {
			continue // a name goes on after it
		}
		f.j = k + 1
		p.cover[k] = int32(g)
		if f.actor < 0 && f.key != "" {
			if strings.HasPrefix(f.key, "person:") {
				f.key = "person:" + p.fold(f.i, f.j)
			} else {
				f.key = p.fold(f.i, f.j)
			}
		}
		p.foundChanged(g)
	}
}

// turkicPatronym reports whether w is the lower-case word for "son of" or
// "daughter of" written after a father's name in Kyrgyz, Kazakh,
// Azerbaijani or Turkmen names.
func turkicPatronym(w string) bool {
	switch w {
	case "uulu", "kyzy", "oglu", "oğlu", "ogly", "qizi", "qızı", "gyzy", "uly", "qyzy":
		return true
	}
	return false
}
