package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// partyPluralForms maps words inside a party's folded KB name to the
// plural news uses for the party ("Social Democratic Party of Germany"
// is "the Social Democrats", "Spanish Socialist Workers' Party" "the
// Socialists").
var partyPluralForms = []struct{ in, plural string }{
	{"social democratic", "social democrats"},
	{"social democrats", "social democrats"},
	{"christian democratic", "christian democrats"},
	{"christian democrats", "christian democrats"},
	{"free democratic", "free democrats"},
	{"socialist party", "socialists"},
	{"socialist workers", "socialists"},
	{"greens", "greens"},
}

// indexPartyPlurals fills s.partyPlural from the KB's parties: plural
// name → country → party actor, or -1 when two parties of one country
// share the plural. A name with "and" inside ("Social Democratic and
// Labour Party") is another party's, not the plural's.
func (s *Stage) indexPartyPlurals() {
	s.partyPlural = map[string]map[string]int32{}
	for ai, a := range s.actors {
		if a.Kind != kb.KindOrganization || a.Sector != "PTY" || a.Country == "" {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			f := " " + kb.Fold(n) + " "
			if strings.Contains(f, " and ") {
				continue
			}
			for _, pf := range partyPluralForms {
				if !strings.Contains(f, " "+pf.in+" ") {
					continue
				}
				m := s.partyPlural[pf.plural]
				if m == nil {
					m = map[string]int32{}
					s.partyPlural[pf.plural] = m
				}
				if old, ok := m[a.Country]; ok && old != int32(ai) {
					m[a.Country] = -1
				} else {
					m[a.Country] = int32(ai)
				}
			}
		}
	}
}

// partyPlurals links a party named by its members' plural ("the Social
// Democrats", "Greens", "Free Democrat leader") to the KB party of the
// country the sentence names (nearest state), else of the state the
// article names most: "Social Democrats" are Germany's SPD in a German
// story and Sweden's in a Swedish one. Without such a country, or with
// no KB party of that name there, the words stay as they were.
func (p *proc) partyPlurals() {
	if len(p.s.partyPlural) == 0 {
		return
	}
	toks, text := p.toks, p.text // the loop adds founds, never tokens
	for i := 0; i < len(toks); i++ {
		// the words below all open with G, S, C or F: most capitalised
		// words are turned away by their first byte
		if t := &toks[i]; t.shape&shCap == 0 || !pluralOpeners[text[t.start]] || p.headline(i) {
			continue
		}
		var plural string
		j := i + 1
		switch p.word(i) {
		case "Greens":
			plural = "greens"
		case "Socialists":
			plural = "socialists"
		case "Social", "Christian", "Free":
			if j >= len(p.toks) || !p.joined(j) || (p.word(j) != "Democrats" && p.word(j) != "Democrat") {
				continue
			}
			plural = p.lower(i) + " democrats"
			j++
		default:
			continue
		}
		if !p.freeSpan(i, j) {
			continue
		}
		tmp := found{i: i, j: j, actor: -1}
		c, _ := p.contextCountry(&tmp, false, "")
		ai, ok := p.s.partyPlural[plural][c]
		if !ok || ai < 0 {
			continue
		}
		if g := p.cover[i]; g >= 0 {
			p.kill(int(g))
		}
		p.addFound(found{i: i, j: j, actor: ai, capital: -1, place: -1, joinTo: -1, claim: -1, how: HowAlias, typ: doc.TypeOrganization})
		i = j - 1
	}
}

// pluralOpeners are the first bytes of the words partyPlurals reads.
var pluralOpeners = [256]bool{'G': true, 'S': true, 'C': true, 'F': true}

// freeSpan reports whether tokens [i,j) are covered by no name, or by one
// unlinked name of exactly that span.
func (p *proc) freeSpan(i, j int) bool {
	g := p.cover[i]
	for k := i; k < j; k++ {
		if p.cover[k] != g || p.tcover[k] >= 0 {
			return false
		}
	}
	if g < 0 {
		return true
	}
	f := &p.found[g]
	return f.i == i && f.j == j && f.actor < 0
}
