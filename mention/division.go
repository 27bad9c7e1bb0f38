package mention

// divisionRegions are the world regions a firm names a regional
// division after ("GM Europe", "EADS North America", "Nissan Asia
// Pacific"); a country does too ("Ford Australia", "Garuda Indonesia").
var divisionRegions = map[string]bool{"europe": true, "asia": true, "africa": true, "north america": true,
	"south america": true, "latin america": true, "middle east": true, "asia pacific": true}

// divisionNotAfter are the nouns after a firm and a country that make
// the country a modifier of the noun, not part of the firm's name: "a
// Boeing China deal", "Apple China sales".
var divisionNotAfter = map[string]bool{"deal": true, "deals": true, "talks": true, "trade": true,
	"ties": true, "relations": true, "war": true, "sales": true, "exports": true, "imports": true,
	"market": true, "markets": true, "border": true, "summit": true, "agreement": true, "contract": true,
	"contracts": true, "order": true, "orders": true, "tour": true, "visit": true}

// firmDivisions joins a firm's name and the country or world region
// written right after it into one organisation, the firm's division
// there: "Ford Australia", "GM Europe", "Garuda Indonesia", "EADS North
// America". The firm is an organisation the KB does not list (the KB
// lists states' bodies and international ones, whose names a country
// after them only modifies: "the UN Syria envoy", "NATO Russia talks");
// the two are one phrase (a space, no possessive, the same sentence);
// the country is written as a name, not a demonym, and no noun it would
// modify follows ("a Boeing China deal"). The division is an unlisted
// name (hName) with the country's code.
//
// With late set it runs again once repetition has typed the names: then
// it joins only a one-word unlisted firm ("Ford Australia" in an article
// that writes "Ford's" and "Ford said" elsewhere).
func (p *proc) firmDivisions(late bool) {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.actor >= 0 || f.how == hDemonym || f.j >= len(p.toks) || !p.joined(f.j) {
			continue
		}
		if late && (f.how != hName || f.j-f.i != 1 || p.toks[f.i].gap == gapHyphen) {
			continue // (not "sub-Saharan Africa")
		}
		if f.i > 0 && p.word(f.i-1) == ":" {
			continue // a credit line's agency before a lost full stop: "Photo: AP Saudi Arabia was founded"
		}
		h := p.foundAt(f.j)
		if h < 0 {
			continue
		}
		e := &p.found[h]
		if e.how == hDemonym || e.j-e.i > 2 {
			continue
		}
		country := ""
		switch {
		case e.typ == kCountry && e.actor >= 0:
			country = countryCode(p.s.actors[e.actor])
		case e.typ == kPlace && e.actor < 0 && divisionRegions[p.fold(e.i, e.j)]:
		default:
			continue
		}
		if e.j < len(p.toks) && p.joined(e.j) && divisionNotAfter[p.lower(e.j)] {
			continue
		}
		j := e.j
		p.kill(h)
		f.j = j
		f.key = p.fold(f.i, f.j)
		f.how, f.canon, f.joinTo = hName, "", -1 // the division's name is no listed alias, nor the firm's short form
		if f.country == "" {
			f.country = country
		}
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
}

// possessiveFirms joins a listed firm whose name ends in "'s"
// ("Moody's", "McDonald's", "Sotheby's") and the organisation's name
// right after it into one name: "Moody's Investors Service" is the
// agency, not "Moody's" and a body called "Investors Service". The name
// after must be an unlisted organisation that opens with no name of its
// own (its first word is no KB or lexicon name).
func (p *proc) possessiveFirms() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || !f.possEnd || f.typ != kOrganization || f.j >= len(p.toks) {
			continue
		}
		k := f.j
		if p.toks[k].gap > gapSpace || p.toks[k].sent != p.toks[k-1].sent {
			continue
		}
		h := p.foundAt(k)
		if h < 0 || h == g {
			continue
		}
		e := &p.found[h]
		if e.typ != kOrganization || e.how != hName || e.actor >= 0 {
			continue
		}
		j := e.j
		p.kill(h)
		f.j, f.possEnd = j, false
		f.actor, f.how, f.canon = -1, hName, ""
		f.key = p.fold(f.i, f.j)
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
}
