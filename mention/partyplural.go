package mention

import (
	"strings"

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
	// a leading "^": the name must open with the words ("Conservative
	// Party of Canada", not "Progressive Conservative Party"; "Democratic
	// Party (Italy)", not "Liberal Democratic Party")
	{"^conservative party", "conservatives"},
	{"^labour party", "labour"},
	{"labor party", "labor"},
	{"^republican party", "republicans"},
	{"^democratic party", "democrats"},
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
				if in, ok := strings.CutPrefix(pf.in, "^"); ok {
					if !strings.HasPrefix(f, " "+in+" ") {
						continue
					}
				} else if !strings.Contains(f, " "+pf.in+" ") {
					continue
				}
				s.addPartyName(pf.plural, a.Country, ai)
			}
		}
		if base, q, ok := strings.Cut(a.Name, " ("); ok && strings.HasSuffix(q, ")") && s.namesCountry(strings.TrimSuffix(q, ")"), a.Country) {
			// "Peoples Democratic Party (Nigeria)": the bare name is the
			// party in a story about its country (not "Pakistan Muslim
			// League (N)": the bracket tells one faction from another)
			s.addPartyName(qualifiedKey+kb.Fold(base), a.Country, ai)
		}
	}
}

// namesCountry reports whether q is a name of the KB country with ISO3
// code c ("Nigeria", "UK", "United States").
func (s *Stage) namesCountry(q, c string) bool {
	if s.kb == nil {
		return false
	}
	a, ok := s.kb.Actor(c)
	if !ok {
		return false
	}
	fq := kb.Fold(q)
	for _, n := range append([]string{a.Name, c}, a.Aliases...) {
		if kb.Fold(n) == fq {
			return true
		}
	}
	return false
}

// qualifiedKey opens the partyPlural key of a party's KB name without its
// bracketed qualifier.
const qualifiedKey = "="

// addPartyName indexes party actor ai of country c under key, or marks
// the key ambiguous there (-1) when another party of c has it.
func (s *Stage) addPartyName(key, c string, ai int) {
	m := s.partyPlural[key]
	if m == nil {
		m = map[string]int32{}
		s.partyPlural[key] = m
	}
	if old, ok := m[c]; ok && old != int32(ai) {
		m[c] = -1
	} else {
		m[c] = int32(ai)
	}
}

// qualifiedParties links an unlinked name of a body that is a KB party's
// name without its bracketed country ("the Peoples Democratic Party" for
// "Peoples Democratic Party (Nigeria)") to that party when the story is
// about its country: the state the sentence names, else the dateline's or
// the one the article names most, else the country of the persons it
// names, else the party itself when the story names it by an alias, else,
// with no state named, the one country of the places it names. A
// state written before the name ("Armenia's ruling Republican Party"), or
// a context state without such a party, takes its own party of that name
// when the KB has one. The bare name is no alias: Turkey's "Peoples' Democratic Party"
// folds alike, and a Turkish story finds no such party of Turkey's.
func (p *proc) qualifiedParties() {
	if len(p.s.partyPlural) == 0 {
		return
	}
	for g, n := 0, len(p.found); g < n; g++ {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.j-f.i < 2 || !p.has(f.j-1, fOrgCue) {
			continue
		}
		i, j := f.i, f.j
		if f.actor >= 0 {
			// "United Democratic Alliance": a capitalised word before a
			// KB name the matcher took ("Democratic Alliance") makes
			// another party's name
			if !p.joined(i) || p.toks[i-1].shape&shCap == 0 || !p.toks[i-1].word() || p.cover[i-1] >= 0 || p.tcover[i-1] >= 0 || p.has(i-1, fDet|fStop) {
				continue
			}
			i--
		}
		var buf [80]byte // the key on the stack: most names ask and are turned away
		ps := p.s.partyPlural[string(appendFold(append(buf[:0], qualifiedKey...), p.text[p.toks[i].start:p.toks[j-1].end]))]
		if ps == nil {
			continue
		}
		tmp := found{i: i, j: j, actor: -1}
		c, _ := p.contextCountry(&tmp, false, "")
		owner := p.ownerStateBefore(i)
		if owner >= 0 {
			c = countryCode(p.s.actors[p.found[owner].actor])
		}
		ai, ok := ps[c]
		if !ok {
			ai, ok = p.ownParty(&tmp, c)
		}
		if !ok && owner < 0 {
			ai, ok = ps[p.personCountry(f.i)]
			if !ok {
				ai, ok = p.partyNamed(ps)
			}
			if !ok && c == "" {
				ai, ok = ps[p.placesCountry()]
			}
		}
		if !ok || ai < 0 {
			continue
		}
		p.kill(g)
		p.addFound(found{i: i, j: j, actor: ai, capital: -1, place: -1, joinTo: -1, claim: -1, how: hAlias, typ: kOrganization})
	}
}

// ownParty returns the party of the state with ISO3 code c whose KB name
// is the name f writes with the state's name after it or its demonym
// before ("the ruling Republican Party" in a story about Armenia is the
// "Republican Party of Armenia").
func (p *proc) ownParty(f *found, c string) (int32, bool) {
	if p.s.kb == nil || c == "" {
		return -1, false
	}
	st, ok := p.s.kb.Actor(c)
	if !ok {
		return -1, false
	}
	k := p.ownBody(f, st, kb.KindOrganization)
	return k, k >= 0
}

// partyNamed returns the one party of ps the document already names by
// another name ("The GOP blocked the bill the Republican Party had
// opposed"), or false.
func (p *proc) partyNamed(ps map[string]int32) (int32, bool) {
	for h := range p.found {
		e := &p.found[h]
		if e.dead || e.actor < 0 {
			continue
		}
		for _, ai := range ps {
			if ai >= 0 && e.actor == ai {
				return ai, true
			}
		}
	}
	return -1, false
}

// placesCountry returns the one country the places the article names lie
// in ("Louisiana's 5th Congressional District"), "" when they lie in
// none or several.
func (p *proc) placesCountry() string {
	one := ""
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPlace {
			continue
		}
		c := p.foundCountry(f)
		if c == "" || c == one {
			continue
		}
		if one != "" {
			return ""
		}
		one = c
	}
	return one
}

// partyPlurals links a party named by its members' plural ("the Social
// Democrats", "Greens", "Free Democrat leader") to the KB party of the
// country the sentence names (nearest state), else of the state the
// article names most: "Social Democrats" are Germany's SPD in a German
// story and Sweden's in a Swedish one. Without such a country, or with
// no KB party of that name there, the words stay as they were.
func (p *proc) partyPlurals() {
	// gated by tPartyPlural (trigger.go): a new word this pass tests for goes in that list too
	if len(p.s.partyPlural) == 0 || p.absent(tPartyPlural) {
		return
	}
	toks, text := p.toks, p.text // the loop adds founds, never tokens
	p.keepStates, p.keepPersons = true, true
	defer p.forgetStates()
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
		case "Conservatives", "Tories":
			plural = "conservatives"
		case "Republicans":
			plural = "republicans"
		case "Democrats":
			plural = "democrats"
		case "Conservative", "Labour", "Labor":
			plural = p.partyWordPlural(i)
			if plural == "" {
				continue
			}
			if j < len(p.toks) && p.joined(j) && p.word(j) == "Party" {
				j++
			}
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
		if !ok {
			// no state named: the party of the persons the story names
			// ("David Cameron's Conservatives")
			ai, ok = p.s.partyPlural[plural][p.personCountry(i)]
		}
		if !ok || ai < 0 {
			continue
		}
		if g := p.cover[i]; g >= 0 {
			p.kill(int(g))
		}
		p.addFound(found{i: i, j: j, actor: ai, capital: -1, place: -1, joinTo: -1, claim: -1, how: hAlias, typ: kOrganization})
		i = j - 1
	}
}

// pluralOpeners are the first bytes of the words partyPlurals reads.
var pluralOpeners = [256]bool{'G': true, 'S': true, 'C': true, 'F': true, 'T': true, 'L': true, 'R': true, 'D': true}

// partyWordPlural returns the partyPlural key of a party's adjective at
// token i ("Labour", "Labor", "Conservative") when it names the party:
// alone ("Labour took 232 seats") or before "Party", not before another
// capitalised word ("Labour Day", "Conservative Judaism") nor, for
// Labour, before an economics noun ("Labour costs rose"). The bare
// "Conservative" is an adjective ("Conservative MPs"): only "Conservative
// Party" counts.
func (p *proc) partyWordPlural(i int) string {
	w := p.word(i)
	key := "labour"
	switch w {
	case "Conservative":
		key = "conservatives"
	case "Labor":
		key = "labor"
	}
	j := i + 1
	if j < len(p.toks) && p.joined(j) && p.word(j) == "Party" {
		return key
	}
	if w == "Conservative" {
		return ""
	}
	if j < len(p.toks) && p.joined(j) {
		if p.toks[j].shape&shCap != 0 || labourNouns[p.lower(j)] {
			return ""
		}
	}
	return key
}

// labourNouns are the nouns "labour" modifies as the economists' word,
// not the party's.
var labourNouns = map[string]bool{
	"cost": true, "costs": true, "market": true, "markets": true, "force": true, "shortage": true,
	"shortages": true, "law": true, "laws": true, "rights": true, "union": true, "unions": true,
	"productivity": true, "migration": true, "migrants": true, "camp": true, "camps": true,
	"supply": true, "demand": true, "standards": true, "disputes": true, "dispute": true, "code": true,
}

// personCountry returns the country of the KB person nearest token i in
// its sentence, else of the KB persons the document names most, else "".
func (p *proc) personCountry(i int) string {
	c := p.personContext()
	if c == nil {
		c = p.newPersonContext() // outside partyPlurals: rare, not kept
	}
	sent := p.toks[i].sent
	best, bestD := "", 1<<30
	if sent >= 0 {
		for _, k := range inSentence(c.persons, c.bySent, int32(sent)) {
			h := &c.persons[k]
			d := int(p.found[h.g].i) - i
			if d < 0 {
				d = -d
			}
			if d < bestD {
				best, bestD = h.code, d
			}
		}
	}
	if best != "" {
		return best
	}
	return c.top
}

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
