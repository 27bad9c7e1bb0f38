package mention

import (
	"github.com/sitrep-project/sitrep/kb"
)

// nationalBranches joins a country's name or adjective and the KB
// organisation named right after it into one organisation the KB does
// not list: a movement's or a party family's branch in that country
// ("the Lao Red Cross", "the Kenya Red Cross Society", "the Syrian
// Muslim Brotherhood", "the Malawi Congress Party"). The organisation
// is a civil body, a party or a non-governmental one (states' own bodies
// and international ones keep a country before them as a modifier: "the
// Iraqi UN mission"), with no country of its own or another country than
// the one written before it ("the U.S. Democratic Party", "Lebanese
// Hezbollah" are the KB's). A lexicon organisation joins too when its
// name is all common words, a movement's name rather than a firm's
// ("the Iraqi Red Crescent"; not "the Chinese Huawei", nor "General
// Motors": a head word makes a firm's name). A capitalised
// head word right after the name stays in it ("… Red Cross Society").
// The branch is an unlisted name (hName) with the country's code.
func (p *proc) nationalBranches() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.how != hAlias || f.i == 0 || !p.joined(f.i) || p.toks[f.i].upper() || !p.toks[f.i].cap() {
			continue // (the cheap tests first: most founds are no organisation after a name)
		}
		h := p.foundEnding(f.i)
		if h < 0 {
			continue
		}
		c := &p.found[h]
		if c.typ != kCountry || c.actor < 0 || c.metonymy || c.j-c.i > 3 || p.toks[c.j-1].poss || c.i > 0 && p.toks[c.i-1].poss {
			continue
		}
		country := countryCode(p.s.actors[c.actor])
		if !p.branchBody(f, country) {
			continue
		}
		j := f.j
		if j < len(p.toks) && p.joined(j) && p.cover[j] < 0 && p.tcover[j] < 0 && p.toks[j].cap() && p.has(j, fOrgCue) && !p.toks[j].sentStart {
			j++ // "Kenya Red Cross Society"
		}
		i := c.i
		p.kill(g)
		p.kill(h)
		p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, j), country: country})
	}
}

// branchBody reports whether the organisation f may have a branch in
// country: a KB party or non-governmental body (or one with no sector
// and no country, "Muslim Brotherhood") of no country or another one,
// or a lexicon body of several words that opens with a common word and
// holds no organisation's head word or suffix.
func (p *proc) branchBody(f *found, country string) bool {
	if f.actor < 0 {
		return f.j-f.i >= 2 && p.has(f.i, fCommon) && !p.anyFlag(f.i, f.j, fOrgCue|fOrgSuffix)
	}
	a := p.s.actors[f.actor]
	if a.Kind != kb.KindOrganization || a.Country == country {
		return false
	}
	switch a.Sector {
	case "NGO", "PTY":
		return true
	case "":
		return a.Country == ""
	}
	return false
}
