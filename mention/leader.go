package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// A led is one period a person led a country as head of state or
// government.
type led struct {
	country string // ISO3
	period  kb.Period
}

// leaderKeys are the office keys whose holder gives a government its
// name: "the Bush administration", "the Netanyahu government".
var leaderKeys = map[string]bool{
	kb.OfficePresident: true, kb.OfficePrimeMinister: true, kb.OfficeChancellor: true,
	kb.OfficeHeadOfState: true, kb.OfficeHeadOfGovernment: true, kb.OfficeSupremeLeader: true,
	kb.OfficeMonarch: true,
}

// indexLeaders fills s.leads and s.govOf from k: which people led which
// country when, and which actor is each country's government (an
// organisation of the GOV sector with no parent that the KB calls a
// government, "Government of Israel", "Russian government"; else the
// country).
func (s *Stage) indexLeaders(k *kb.KB) {
	s.leads = map[int32][]led{}
	s.govOf = map[string]int32{}
	s.leaderBySurname = map[string][]int32{}
	if k == nil {
		return
	}
	byID := make(map[string]int32, len(s.actors))
	for i, a := range s.actors {
		byID[a.ID] = int32(i)
	}
	for i, a := range s.actors {
		if a.Kind == kb.KindCountry {
			if _, ok := s.govOf[a.ID]; !ok {
				s.govOf[a.ID] = int32(i)
			}
		}
	}
	for i, a := range s.actors {
		if a.Kind != kb.KindOrganization || a.Sector != "GOV" || a.Parent != "" || a.Country == "" {
			continue
		}
		if c, ok := s.govOf[a.Country]; !ok || s.actors[c].Kind != kb.KindCountry {
			continue // no such country, or its government is already known
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if strings.Contains(kb.Fold(n), "government") {
				s.govOf[a.Country] = int32(i)
				break
			}
		}
	}
	for _, r := range k.Roles() {
		o, ok := k.Office(r.Office)
		if !ok || !leaderKeys[o.Key] {
			continue
		}
		pi, ok := byID[r.Person]
		if !ok {
			continue
		}
		if c, known := byID[o.Country]; !known || s.actors[c].Kind != kb.KindCountry {
			continue // a post of an organisation: "President of the European Commission"
		}
		if len(s.leads[pi]) == 0 {
			if w := strings.Fields(kb.Fold(s.actors[pi].Name)); len(w) >= 2 {
				s.leaderBySurname[w[len(w)-1]] = append(s.leaderBySurname[w[len(w)-1]], pi)
			}
		}
		s.leads[pi] = append(s.leads[pi], led{country: o.Country, period: r.Period()})
	}
}

// leaderGovernments turns a leader's surname before "administration",
// "government", "regime" or "cabinet" ("the Bush administration", "the
// Netanyahu government", "Putin's regime") into a mention of the
// government of the country the KB knows that person led. When several
// namesakes led different countries, the one in office on the article
// date wins; if that leaves more than one country, nothing changes. A
// name given in full or after a title ("Prime Minister Tony Blair's
// government") stays the person.
func (p *proc) leaderGovernments() {
	for k := range p.found {
		f := &p.found[k]
		j := f.j
		if f.typ == kCountry {
			p.countryGovernment(k)
			continue
		}
		if len(p.s.leads) == 0 {
			continue
		}
		// an untyped name ("Sharif" before a common noun) may have been
		// set aside for guessSingles: it is taken when nothing else
		// covers it
		untyped := f.how == hName && f.typ == kNone && f.j-f.i == 1 && (p.cover[f.i] < 0 || int(p.cover[f.i]) == k)
		if (f.dead || f.typ != kPerson) && !untyped {
			continue
		}
		if j >= len(p.toks) || p.cover[j] >= 0 || !p.has(j, fGovHead) || p.toks[j].gap > gapSpace || p.toks[j].sent != p.toks[j-1].sent {
			continue
		}
		if f.j-f.i > 1 || f.i > 0 && p.tcover[f.i-1] >= 0 {
			// "Prime Minister Tony Blair's government": a name given in
			// full or with a title is the person, whose role claim counts
			continue
		}
		cands := f.persons
		if f.actor >= 0 {
			cands = []int32{f.actor}
		} else if len(cands) == 0 && f.j-f.i == 1 {
			// "the Sharif government": a surname the KB does not match
			// alone (it is also a given name) still names its leaders
			cands = p.s.leaderBySurname[p.fold(f.i, f.j)]
		}
		country := p.ledCountry(cands)
		if country == "" {
			continue
		}
		g, ok := p.s.govOf[country]
		if !ok {
			continue
		}
		a := p.s.actors[g]
		for t := f.i; t <= j; t++ {
			p.cover[t] = int32(k)
		}
		f.dead = false
		f.j = j + 1
		f.actor, f.persons, f.surname, f.how = g, nil, false, hLeader
		f.typ = kindType[a.Kind]
	}
}

// countryGovernment turns a country written with a possessive before
// "government", "regime", "cabinet" or "administration" ("Germany's
// government", "Iran's regime") into a mention of that country's
// government, as "the German government" is, when the KB has a
// government actor for it (found k is a country).
func (p *proc) countryGovernment(k int) {
	f := &p.found[k]
	j := f.j
	if f.dead || f.actor < 0 || f.how != hAlias || f.metonymy || !p.toks[j-1].poss || j >= len(p.toks) || p.cover[j] >= 0 || p.tcover[j] >= 0 || !p.has(j, fGovHead) || p.toks[j].gap > gapSpace || p.toks[j].sent != p.toks[j-1].sent {
		return
	}
	a := p.s.actors[f.actor]
	if a.Kind != kb.KindCountry {
		return
	}
	g, ok := p.s.govOf[a.ID]
	if !ok || g == f.actor {
		return
	}
	for t := f.i; t <= j; t++ {
		p.cover[t] = int32(k)
	}
	f.j = j + 1
	f.actor, f.persons = g, nil
	f.typ = kindType[p.s.actors[g].Kind]
}

// ledCountry returns the one country that the people cands led (those in
// office on the article date first), or "".
func (p *proc) ledCountry(cands []int32) string {
	pick := func(atDate bool) string {
		country := ""
		for _, c := range cands {
			for _, l := range p.s.leads[c] {
				if atDate && l.period.Holds(p.date) == kb.False {
					continue
				}
				if country != "" && country != l.country {
					return "-"
				}
				country = l.country
			}
		}
		return country
	}
	if !p.date.IsZero() {
		if c := pick(true); c != "" && c != "-" {
			return c
		}
	}
	if c := pick(false); c != "-" {
		return c
	}
	return ""
}
