package refcheck

import (
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// REIGN (Bell 2016) lists each country's "effective leader" spells with
// start day and end month. Its states are Correlates-of-War abbreviations
// and its leaders surnames, so it is matched differently from the office
// tables:
//   - the COW abbreviation's ISO3 code is learned from the KB: the country
//     whose head-of-state or head-of-government holders carry the REIGN
//     surnames most often;
//   - a KB spell is a person's consecutive head roles in one country
//     (prime minister, then president, with no gap beyond JoinGap), since
//     REIGN follows the leader, not the office;
//   - a REIGN spell is the same fact as a KB spell when the surname matches
//     the end of one of the person's names and the starts lie within
//     reignWindow days. Then start and end are compared as for the other
//     tables (REIGN ends have month precision; its as-of date is
//     2021-03-01, when the list stopped).

// reignWindow is how far apart two starts may be for a REIGN spell and a
// KB spell to count as the same fact.
const reignWindow = 31

var reignAsOf = kb.Date{Year: 2021, Month: 3, Day: 1}

type reignRow struct {
	state, surname string
	name           string
	start, end     kb.Date
}

// loadREIGN reads leaderlist CSV rows that reach 2000 or later and files
// them under "reign:<ISO3>".
func (ref *Reference) loadREIGN(path string, names *kb.KB) error {
	rows, err := csvFile(path)
	if err != nil {
		return err
	}
	var spells []reignRow
	for _, r := range rows {
		sd, _ := strconv.Atoi(r["sdate"])
		sm, _ := strconv.Atoi(r["smonth"])
		sy, _ := strconv.Atoi(r["syear"])
		em, _ := strconv.Atoi(r["emonth"])
		ey, _ := strconv.Atoi(r["eyear"])
		if sy == 0 || (ey != 0 && ey < 2000) {
			continue
		}
		start, err := kb.ParseDate(pad(sy, 4) + "-" + pad(sm, 2) + "-" + pad(sd, 2))
		if err != nil {
			continue
		}
		var end kb.Date
		if ey != 0 {
			if end, err = kb.ParseDate(pad(ey, 4) + "-" + pad(em, 2)); err != nil {
				continue
			}
		}
		name := r["leader"]
		if i := strings.Index(name, "("); i >= 0 {
			name = name[:i] // "Evans Paul (acting)"
		}
		spells = append(spells, reignRow{state: r["stateabb"], surname: kb.Fold(name), name: strings.TrimSpace(r["leader"]), start: start, end: end})
	}
	cow := learnCOW(spells, names)
	ref.reignStates = len(cow)
	for _, s := range spells {
		iso, ok := cow[s.state]
		if !ok {
			continue
		}
		ref.add("reign:"+iso, refRole{person: s.surname, name: s.name, start: s.start, end: s.end, asOf: reignAsOf, source: "reign"})
	}
	return nil
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// learnCOW maps COW state abbreviations to ISO3 codes by voting: each
// REIGN spell votes for the countries in which a person with its surname
// held a head office starting within reignWindow days.
func learnCOW(spells []reignRow, k *kb.KB) map[string]string {
	votes := map[string]map[string]int{}
	for _, s := range spells {
		for _, sp := range headSpellsBySurname(k, s.surname) {
			if dist(sp.start, s.start) <= reignWindow {
				if votes[s.state] == nil {
					votes[s.state] = map[string]int{}
				}
				votes[s.state][sp.country]++
			}
		}
	}
	out := map[string]string{}
	for state, v := range votes {
		best, n, total := "", 0, 0
		for iso, c := range v {
			total += c
			if c > n || (c == n && iso < best) {
				best, n = iso, c
			}
		}
		if 2*n > total { // a clear majority
			out[state] = best
		}
	}
	return out
}

// headKey reports whether an office key is a head of state or government.
func headKey(key string) bool {
	switch key {
	case kb.OfficePresident, kb.OfficePrimeMinister, kb.OfficeMonarch, kb.OfficeSupremeLeader, kb.OfficeChancellor,
		kb.OfficeHeadOfState, kb.OfficeHeadOfGovernment, "general_secretary", "chairman", "chief_executive", "state_counsellor":
		return true
	}
	return false
}

// A spell is a person's consecutive head roles in one country.
type spell struct {
	person  string
	country string
	first   kb.Role // the role the spell starts with (for exceptions and positions)
	start   kb.Date
	end     kb.Date
}

// headSpells returns the head-office spells of a person, per country.
func headSpells(k *kb.KB, person string) []spell {
	var roles []kb.Role
	for _, r := range k.RolesOf(person) {
		if o, ok := k.Office(r.Office); ok && headKey(o.Key) && !r.Start.IsZero() {
			roles = append(roles, r)
		}
	}
	sort.SliceStable(roles, func(i, j int) bool {
		if roles[i].Country != roles[j].Country {
			return roles[i].Country < roles[j].Country
		}
		return roles[i].Start.First().Compare(roles[j].Start.First()) < 0
	})
	var out []spell
	for _, r := range roles {
		if n := len(out); n > 0 && out[n-1].country == r.Country {
			last := &out[n-1]
			if last.end.IsZero() {
				continue // open spell swallows later roles
			}
			if dist(last.end, r.Start) <= JoinGap || r.Start.First().Compare(last.end.Last()) <= 0 {
				if r.End.IsZero() || r.End.Last().Compare(last.end.Last()) > 0 {
					last.end = r.End
				}
				continue
			}
		}
		out = append(out, spell{person: person, country: r.Country, first: r, start: r.Start, end: r.End})
	}
	return out
}

// headSpellsBySurname returns the head spells of every person one of whose
// names ends with the folded surname.
func headSpellsBySurname(k *kb.KB, surname string) []spell {
	var out []spell
	seen := map[string]bool{}
	for _, n := range k.Names() {
		if n.Actor.Kind != kb.KindPerson || seen[n.Actor.ID] {
			continue
		}
		if n.Folded == surname || strings.HasSuffix(n.Folded, " "+surname) {
			seen[n.Actor.ID] = true
			out = append(out, headSpells(k, n.Actor.ID)...)
		}
	}
	return out
}

// compareREIGN adds the REIGN facts to rep.
func compareREIGN(k *kb.KB, ref *Reference, rep *Report, exceptions map[string]string) {
	persons := map[string]bool{}
	for _, r := range k.Roles() {
		persons[r.Person] = true
	}
	ids := make([]string, 0, len(persons))
	for id := range persons {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		p, ok := k.Actor(id)
		if !ok {
			continue
		}
		var folded []string
		for _, n := range p.AllNames() {
			folded = append(folded, n.Folded)
		}
		for _, sp := range headSpells(k, id) {
			cands := ref.byOffice["reign:"+sp.country]
			var best *refRole
			for i, c := range cands {
				if !surnameOf(c.person, folded) || dist(c.start, sp.start) > reignWindow {
					continue
				}
				if best == nil || dist(c.start, sp.start) < dist(best.start, sp.start) {
					best = &cands[i]
				}
			}
			if best == nil {
				continue
			}
			rep.Facts++
			sg := gap(sp.start, best.start)
			eg := endGap(sp.end, best.end, best.asOf)
			if sg == 0 && eg == 0 {
				rep.Agreed++
			}
			if sg <= Tolerance && eg <= Tolerance {
				rep.TolerantAgreed++
			}
			if sg != 0 {
				rep.add(sp.first, p, "start", sp.start, best.start, sg, sg <= Tolerance, "reign", exceptions)
			}
			if eg != 0 {
				rep.add(sp.first, p, "end", sp.end, best.end, eg, eg <= Tolerance, "reign", exceptions)
			}
		}
	}
}

func surnameOf(surname string, names []string) bool {
	for _, n := range names {
		if n == surname || strings.HasSuffix(n, " "+surname) {
			return true
		}
	}
	return false
}
