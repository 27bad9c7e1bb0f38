package mention

// facilityHeads end the names of places and institutions named after a
// person: "Hamid Karzai International Airport", "Imam Khomeini
// International Airport", "King Fahd Stadium", "George Washington
// University".
var facilityHeads = map[string]bool{
	"airport": true, "university": true, "stadium": true, "street": true, "avenue": true,
	"square": true, "bridge": true, "hospital": true, "mosque": true, "foundation": true,
	"boulevard": true, "highway": true, "college": true, "institute": true, "library": true,
	"museum": true, "academy": true, "port": true, "station": true, "dam": true, "barracks": true,
	"memorial": true, "cathedral": true, "monument": true, "cemetery": true, "mausoleum": true, "shrine": true,
	"building": true, "center": true, "centre": true,
	"drive": true, "lane": true, "county": true, "parish": true, // "Washington Drive", "Barrow County"
	"causeway": true, "expressway": true, "motorway": true, "freeway": true, "road": true, "tunnel": true, "arena": true,
	// and firms named after one: "Kissinger Associates", "Trump Organization"
	"associates": true, "partners": true, "holdings": true, "organization": true, "organisation": true,
	"enterprises": true, "industries": true, "corporation": true,
}

// namedFacilities joins a person's name and the capitalised words after
// it that end in a facility's head noun into one name: the airport,
// street or university named after the person is no mention of the
// person ("rushed to Hamid Karzai International Airport" names the
// airport, not Karzai). The words after the name hold at most one
// further name (a typed "International Airport") and no more than four
// words.
func (p *proc) namedFacilities() {
	for g := range p.found {
		f := &p.found[g]
		// a person's name, or a city's ("Kigali Genocide Memorial")
		if f.dead || f.j >= len(p.toks) || !p.joined(f.j) || !p.toks[f.j].cap() {
			continue
		}
		if f.typ != kPerson && f.typ != kPlace {
			if f.typ != kCountry && f.typ != kOrganization || !p.bodyFacility(f.j) {
				continue
			}
		}
		end := -1
		for t := f.j; t < len(p.toks) && t < f.j+4 && p.toks[t].word() && p.toks[t].cap() && (t == f.j || p.joined(t)); t++ {
			if facilityHeads[p.lower(t)] {
				end = t + 1
			}
		}
		if end < 0 || end < len(p.toks) && p.joined(end) && p.toks[end].cap() && p.toks[end].word() {
			continue // "Hamid Karzai International Airport Authority": a longer name
		}
		ok := true
		for t := f.j; t < end; t++ {
			if c := p.cover[t]; c >= 0 && (p.found[c].i < f.j || p.found[c].j > end) {
				ok = false // a name that runs on past the facility
				break
			}
		}
		if !ok {
			continue
		}
		for t := f.j; t < end; t++ {
			if c := p.cover[t]; c >= 0 {
				p.kill(int(c))
			}
		}
		typ := p.hasCue(f.i, end)
		if w := p.lower(end - 1); w == "drive" || w == "lane" {
			typ = kPlace // a street, though "drive" alone cues no place ("Google Drive")
		}
		if typ != kPlace {
			typ = kOrganization
		}
		f.j, f.typ, f.actor, f.persons, f.surname, f.how = end, typ, -1, nil, false, hName
		f.key = p.fold(f.i, end)
		for t := f.i; t < end; t++ {
			p.cover[t] = int32(g)
		}
	}
}

// bodyFacility reports whether the capitalised word at k, right after a
// country's or a body's name, is a facility's head that ends the name
// there ("Lebanon Street", "Commonwealth Stadium", "St. Rose Dominican
// Hospital"): the street or stadium is no mention of the country or body.
// A name that goes on with "of" or "for" is left alone ("Chinese Academy
// of Sciences"), as is a head that opens a longer name.
func (p *proc) bodyFacility(k int) bool {
	if p.toks[k].upper() || !facilityHeads[p.lower(k)] || p.toks[k-1].poss {
		return false
	}
	switch p.lower(k) {
	case "associates", "partners", "holdings", "organization", "organisation", "enterprises", "industries", "corporation", "foundation", "institute", "academy", "center", "centre", "building", "port", "station":
		return false // a body's own firms and bodies ("Commonwealth Foundation") are for other passes
	}
	if k+1 < len(p.toks) && p.joined(k+1) {
		if w := p.lower(k + 1); w == "of" || w == "for" || p.toks[k+1].cap() && p.toks[k+1].word() {
			return false
		}
	}
	return true
}

// usRoute reports whether token i, a name, is "US" written before a
// hyphen and a route number of one to three digits ("US-24", "US-101"):
// a US federal highway.
func (p *proc) usRoute(i int) bool {
	if p.word(i) != "US" {
		return false
	}
	w := p.word(i + 1)
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}
