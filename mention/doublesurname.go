package mention

// secondSurnameCountries are the Spanish-speaking states, whose people
// bear two surnames, the father's and the mother's; the KB names them by
// the first ("Juan Manuel Santos") and EFE-style wires write both
// ("Juan Manuel Santos Calderón", "Nicolás Maduro Moros").
var secondSurnameCountries = map[string]bool{
	"ARG": true, "BOL": true, "CHL": true, "COL": true, "CRI": true, "CUB": true, "DOM": true,
	"ECU": true, "ESP": true, "GTM": true, "HND": true, "MEX": true, "NIC": true, "PAN": true,
	"PER": true, "PRY": true, "SLV": true, "URY": true, "VEN": true,
}

// secondSurname returns the end of the name of f, a KB person of a
// Spanish-speaking state named in full, extended over the mother's
// surname written right after it: one capitalised word, no date word or
// KB name of anything but a person (another's surname: "Santos
// Calderón" is not Felipe Calderón), followed by no other capitalised
// word. It returns f.j when there is none.
func (p *proc) secondSurname(f *found) int {
	j := f.j
	if f.typ != kPerson || f.actor < 0 || f.j-f.i < 2 || j+1 >= len(p.toks) || p.toks[j-1].poss {
		return f.j
	}
	// the next word's shape before the map: most names end before a
	// mark or a lower-case word
	t := &p.toks[j]
	if !t.word() || !t.cap() || t.gap != gapSpace || t.sentStart || t.upperLetters() || p.has(j, fDate|fStop|fConnector|fGiven|fCommon|fHonor|fRole|fOrgCue|fPlaceCue|fDet|fPronoun) {
		return f.j
	}
	if !secondSurnameCountries[p.s.actors[f.actor].Country] {
		return f.j
	}
	if n := &p.toks[j+1]; n.gap <= gapSpace && n.word() && n.cap() {
		return f.j // "Santos Government", "Maduro Moros Ramírez": not one more surname
	}
	if node, ok := p.s.names.step(0, t.id); ok && p.s.names.hasOuts(node) {
		for _, o := range p.s.names.outs[node] {
			if e := &p.s.entries[o]; e.how != nhSurname && (e.actor < 0 || !p.s.kinds[e.actor].person) {
				return f.j // a KB name of its own ("Santos Colombia")
			}
		}
	}
	return j + 1
}
