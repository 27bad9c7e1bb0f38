package mention

import (
	"github.com/sitrep-project/sitrep/kb"
)

// leaderOwner returns the country whose government post a title names
// when a sitting leader's possessive stands before it: "Aliyev's foreign
// minister, Jeyhun Bayramov" claims Azerbaijan's foreign ministry when
// Ilham Aliyev heads Azerbaijan's state or government on the article
// date. The possessor f must be a KB person (linked, or a surname only
// one candidate of which leads a state then), the article must be
// dated, the title must be no leader's own office ("Putin's president"
// is no post) and the country must have the office. Otherwise it
// returns "" and the post stays nobody's state's: "Obama's defence
// secretary" in a later article is the past of a former leader, and
// "Trump's lawyer" is no office.
func (p *proc) leaderOwner(f *found, th titleHit) string {
	if p.s.kb == nil || p.date.IsZero() || f.typ != kPerson || th.e.owned || th.e.group || th.e.office == "" {
		return ""
	}
	if leaderOffice("x." + th.e.office) {
		return ""
	}
	cands := f.persons
	if f.actor >= 0 {
		cands = []int32{f.actor}
	}
	country := ""
	for _, c := range cands {
		if c < 0 || p.s.actors[c].Kind != kb.KindPerson {
			continue
		}
		for _, r := range p.s.kb.RolesAt(p.s.actors[c].ID, p.date) {
			if !leaderOffice(r.Office) || r.Country == "" {
				continue
			}
			if country != "" && country != r.Country {
				return "" // two leaders of different states: no owner
			}
			country = r.Country
		}
	}
	if country == "" {
		return ""
	}
	if _, ok := p.s.kb.OfficeFor(country, th.e.office); !ok {
		return ""
	}
	return country
}
