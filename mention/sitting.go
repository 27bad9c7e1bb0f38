package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// sittingLeader returns the one KB person among a bare surname's
// candidates (f.persons) who, on the article date, holds a head of
// state's or government's office of a country the article names
// ("Noboa's team" in a story that names Ecuador, dated 2024), or -1.
// Follow-up stories name the sitting leader by surname alone; any other
// namesake, an undated article or a country the article does not name
// leaves the surname unlinked. A name several KB people share in full
// ("Andris Bērziņš") is read the same way, unless a title opens it
// ("King Abdullah": the title's office decides, see titleHolder).
func (p *proc) sittingLeader(f *found) int32 {
	if !f.surname && !p.sharedName(f) || len(f.persons) == 0 || p.s.kb == nil || p.date.IsZero() {
		return -1
	}
	if c := p.tcover[f.i]; !f.surname && c >= 0 && p.titles[c].i == f.i {
		return -1
	}
	pick := int32(-1)
	for _, c := range f.persons {
		if c < 0 {
			continue
		}
		for _, r := range p.s.kb.RolesAt(p.s.actors[c].ID, p.date) {
			if !leaderOffice(r.Office) || !p.namesCountry(r.Country) {
				continue
			}
			if pick >= 0 && pick != c {
				return -1
			}
			pick = c
		}
	}
	return pick
}

// pastLeader returns the KB person a bare surname names when no one
// else in the KB bears it (f.persons holds one) and that person led, by
// the article's date, a country the article names: "Magufuli said" in a
// 2022 story naming Tanzania is John Magufuli, so his death is checked.
// A surname two KB people share, an undated article, or a country the
// article does not name leaves it unlinked, as sittingLeader does.
func (p *proc) pastLeader(f *found) int32 {
	if !f.surname || len(f.persons) != 1 || f.persons[0] < 0 || p.s.kb == nil || p.date.IsZero() || f.j-f.i != 1 {
		return -1
	}
	c := f.persons[0]
	for _, r := range p.s.kb.RolesOf(p.s.actors[c].ID) {
		if leaderOffice(r.Office) && !r.Start.IsZero() && r.Start.First().Compare(p.date) <= 0 && p.namesCountry(r.Country) {
			return c
		}
	}
	return -1
}

// leaderOffice reports whether office id ("ECU.president") is a head of
// state's or government's.
func leaderOffice(id string) bool {
	_, key, ok := strings.Cut(id, ".")
	if !ok {
		return false
	}
	switch key {
	case kb.OfficePresident, kb.OfficePrimeMinister, kb.OfficeHeadOfState, kb.OfficeHeadOfGovernment,
		kb.OfficeChancellor, kb.OfficeMonarch, kb.OfficeSupremeLeader:
		return true
	}
	return false
}

// namesCountry reports whether the article names country iso (the
// country itself, its demonym, or a place in it).
func (p *proc) namesCountry(iso string) bool {
	if iso == "" {
		return false
	}
	if p.countryNamed != nil {
		v, ok := p.countryNamed[iso]
		if !ok {
			v = p.scanCountry(iso)
			p.countryNamed[iso] = v
		}
		return v
	}
	return p.scanCountry(iso)
}

// scanCountry is namesCountry without the memo.
func (p *proc) scanCountry(iso string) bool {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor < 0 || f.typ != kCountry && f.typ != kPlace {
			continue
		}
		if a := p.s.actors[f.actor]; a.ID == iso || a.Country == iso {
			return true
		}
	}
	return false
}
