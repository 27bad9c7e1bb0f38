package mention

// roadHeads are lower-case head nouns of the infrastructure a name before
// them designates: "the Ayalon highway", "the Kennedy bridge".
var roadHeads = map[string]bool{
	"highway": true, "road": true, "street": true, "avenue": true, "bridge": true, "airport": true,
	"boulevard": true, "expressway": true, "freeway": true, "motorway": true, "tunnel": true,
	"stadium": true, "dam": true, "square": true, "junction": true, "interchange": true, "crossing": true,
	"canal": true, "causeway": true, "ring-road": true, "bypass": true,
	"temple": true, "mosque": true, "church": true, "cathedral": true, "shrine": true, "monastery": true,
	"pagoda": true, "synagogue": true,
}

// roadNames retypes a person's name of one or two words between "the"
// and a lower-case road or facility head ("blocked the Ayalon highway",
// "closed the Kennedy bridge", "the 11th-century Preah Vihear temple")
// as the place it names: the person the
// road is named after is not mentioned. The span stays the name, as a
// capitalised head would join it (namedFacilities: "Ayalon Highway").
func (p *proc) roadNames() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.j-f.i > 2 || f.j >= len(p.toks) || f.i == 0 || p.toks[f.j-1].poss {
			continue
		}
		if !p.is(p.theBefore(f.i), p.s.w.the) && (!p.joined(f.j) || p.word(f.j) != "airport") {
			// "landed at Kennedy airport", "occupied Don Muang airport":
			// a name right before "airport" is the airport's without
			// "the" too (e.g. Thailand)
			continue
		}
		if !p.joined(f.j) || p.toks[f.j].shape&shLower == 0 || !roadHeads[p.word(f.j)] || f.claim >= 0 || p.tcover[f.i] >= 0 {
			continue
		}
		if p.joined(f.j+1) && p.word(f.j+1) == "map" {
			continue // "the Bush road map": a plan
		}
		f.typ, f.actor, f.persons, f.others, f.surname, f.how, f.shapeOnly = kPlace, -1, nil, nil, false, hName, false
		f.key = p.fold(f.i, f.j)
	}
}

// theBefore returns the token before i, or the "the" that opens up to
// three lower-case or numeric modifiers before it ("the 11th-century
// Preah Vihear temple"); the token before i when there is none.
func (p *proc) theBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p.is(k, p.s.w.the) {
			return k
		}
		if t := p.toks[k]; t.shape&(shLower|shDigit) == 0 && p.word(k) != "-" || t.sentStart || !p.joined(k+1) {
			break
		}
	}
	return i - 1
}
