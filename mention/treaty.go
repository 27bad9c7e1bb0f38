package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
)

// treatyPlaces drops a town or region named right before a lower-case
// treaty word ("the Minsk agreements", "the Oslo accords", "the Kyoto
// protocol"): the name is the document's, and the document is no
// location (the capitalised heads, "the Rome Statute", are part of the
// name already: see miscCues). A country is left alone ("the Iran
// agreement" names a party to it), and so is a place followed by a
// comma or a line break.
func (p *proc) treatyPlaces() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != doc.TypePlace || f.how == HowDemonym || f.j >= len(p.toks) {
			continue
		}
		t := p.toks[f.j]
		if !t.word() || t.shape&shLower == 0 || !p.joined(f.j) || !lowerTreaty(p.word(f.j)) {
			continue
		}
		p.kill(g)
	}
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
