package mention

import (
	"strings"
)

// treatyPlaces drops a town or region named right before a lower-case
// treaty word ("the Minsk agreements", "the Oslo accords", "the Kyoto
// protocol"): the name is the document's, and the document is no
// location (the capitalised heads, "the Rome Statute", are part of the
// name already: see miscCues). A country is left alone ("the Iran
// agreement" names a party to it), and so is a place followed by a
// comma or a line break.
func (p *proc) treatyPlaces(g int) {
	f := &p.found[g]
	if f.dead || f.typ != kPlace || f.how == hDemonym || f.j >= len(p.toks) {
		return
	}
	t := p.toks[f.j]
	if !t.word() || t.shape&shLower == 0 || !p.joined(f.j) || !lowerTreaty(p.word(f.j)) {
		return
	}
	p.kill(g)
}

// lowerTreaty reports whether w, written in lower case, is the head of a
// treaty's name after the place it was signed in.
func lowerTreaty(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "agreement", "accord", "protocol", "statute":
		return true
	}
	return false
}

// theNames widens an unlinked place to the "The" before it when the
// gazetteer's name for the place opens with it ("The Hague", "THE
// HAGUE, Netherlands —"): the article is part of the name, and the
// mention should read as the place list does.
func (p *proc) theNames(g int) {
	f := &p.found[g]
	if f.dead || f.typ != kPlace || f.how == hDemonym || f.i < 1 {
		return
	}
	k := f.i - 1
	if w := p.word(k); w != "The" && w != "THE" || !p.joined(f.i) || p.cover[k] >= 0 || p.tcover[k] >= 0 {
		return
	}
	if f.actor >= 0 {
		// a KB place named with "The" ("The Hague") is matched without
		// it; the mention takes it in
		if strings.HasPrefix(p.s.actors[f.actor].Name, "The ") {
			f.i = k
			p.cover[k] = int32(g)
			f.key = p.fold(f.i, f.j)
		}
		return
	}
	if p.s.gaz == nil {
		return
	}
	name := p.text[p.toks[k].start:p.toks[f.j-1].end]
	es := p.s.gaz.Lookup(name)
	if len(es) == 0 || !strings.HasPrefix(es[0].Name, "The ") {
		return
	}
	f.i = k
	p.cover[k] = int32(g)
	f.key = p.fold(f.i, f.j)
	if f.canon != "" || p.toks[f.j-1].upper() {
		f.canon = es[0].Name
	}
}

// treatyOrgs drops an organisation named right before a capitalised
// treaty head ("the Elysee Treaty", "the Kremlin Accords"): the name is
// the treaty's, taken from where it was signed, and the palace or body
// is no party to the text. "Agreement" and "Charter" are left alone
// ("the UN Charter" is the body's own document).
func (p *proc) treatyOrgs(g int) {
	f := &p.found[g]
	if f.dead || f.typ != kOrganization || f.j >= len(p.toks) || !p.toks[f.j].cap() || !p.joined(f.j) {
		return
	}
	switch strings.ToLower(p.word(f.j)) {
	case "treaty", "treaties", "accord", "accords", "pact", "protocol":
		p.kill(g)
	}
}
