package mention

import (
	"unicode/utf8"
)

// pluralPoss reports whether token k is a capitalised plural possessive
// written with a bare apostrophe: "Martyrs'", "Workers'", "Peoples'"
// (not "Britain's", which carries an 's).
func (p *proc) pluralPoss(k int) bool {
	t := &p.toks[k]
	if !t.poss || t.end-t.start < 3 || p.text[t.end-1] != 's' || t.end >= len(p.text) {
		return false
	}
	r, n := utf8.DecodeRuneInString(p.text[t.end:])
	if !isApos(r) {
		return false
	}
	e := t.end + n
	return e >= len(p.text) || p.text[e] != 's' && p.text[e] != 'S'
}

// pluralPossHead reports whether the plural possessive before j
// ("Martyrs' Square", "Veterans' Park", "Kurdistan Workers' Party",
// "Peoples' Democratic Party") opens a name: within three name words
// after it comes the head word of a place or a body. A plural
// possessive names a group the place or body is named after, which a
// singular possessive ("Britain's Foreign Office") does not.
func (p *proc) pluralPossHead(j int) bool {
	if !p.pluralPoss(j - 1) {
		return false
	}
	for k := j; k < j+3 && k < len(p.toks) && p.nameWord(k) && (k == j || p.joined(k)); k++ {
		if p.has(k, fOrgCue|fOrgSuffix|fPlaceCue) || p.bishopsBody(k) {
			return true
		}
		if p.toks[k].poss {
			return false
		}
	}
	return false
}

// bishopsBody reports whether token k is "Conference" naming a national
// church's assembly of bishops, a body, not a meeting: "Bishops'" or
// "Episcopal" before it ("Catholic Bishops' Conference of Nigeria",
// "Italian Episcopal Conference") or "of Catholic Bishops" after it
// ("Kenya Conference of Catholic Bishops").
func (p *proc) bishopsBody(k int) bool {
	if k < 1 || p.word(k) != "Conference" {
		return false
	}
	switch p.word(k - 1) {
	case "Bishops", "Episcopal":
		return true
	}
	for m := k + 1; m < k+4 && m < len(p.toks) && p.joined(m); m++ {
		if p.word(m) == "Bishops" {
			return true
		}
	}
	return false
}

// pluralPossSurnames joins a plural possessive to the head word after it
// when the name matcher took that head for a KB person's surname and so
// stopped the name there: "Veterans' Park", "Heroes' Park" ("Park" is a
// surname the KB knows). The head word of a place or a body after a
// plural possessive is the name's, never a person.
func (p *proc) pluralPossSurnames() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j-f.i != 1 || f.i < 1 || !p.toks[f.i-1].poss || f.typ != kPerson || f.actor >= 0 && !f.surname {
			continue
		}
		j := f.i
		if !p.has(j, fPlaceCue|fOrgCue) || !p.toks[j].cap() || p.toks[j].gap > gapSpace || !p.pluralPoss(j-1) {
			continue
		}
		i := j - 1
		for i > 0 && j-i < 4 && p.toks[i-1].cap() && p.toks[i-1].word() && !p.toks[i-1].poss && p.toks[i].gap <= gapSpace && p.toks[i].sent == p.toks[j].sent && !p.toks[i].sentStart {
			i--
		}
		ok := true
		for k := i; k < j && ok; k++ {
			c := p.cover[k]
			ok = p.toks[k].cap() && p.tcover[k] < 0 && (c < 0 || p.found[c].actor < 0 && p.found[c].i >= i && p.found[c].j <= j)
		}
		if !ok {
			continue
		}
		for k := i; k < j; k++ {
			if c := p.cover[k]; c >= 0 {
				p.kill(int(c))
			}
		}
		typ := kOrganization
		if p.has(j, fPlaceCue) {
			typ = kPlace
		}
		p.kill(g)
		p.addFound(found{i: i, j: j + 1, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: typ, key: p.fold(i, j+1)})
	}
}
