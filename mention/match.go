package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/kb"
)

// caseOK reports whether the text tokens from i satisfy e's case
// requirements.
func (p *proc) caseOK(i int, e *nameEntry) bool {
	if e.the && !p.is(i-1, p.s.w.the) {
		return false
	}
	for k := 0; k < int(e.ntok); k++ {
		t := &p.toks[i+k] // not a copy of the token
		switch (e.req >> (2 * k)) & 3 {
		case reqCap:
			if !t.cap() && !p.lowerName(i+k, e) {
				return false
			}
		case reqUpper:
			if !t.upper() {
				return false
			}
			if e.ntok == 1 && p.has(i+k, fStop) && e.actor >= 0 && p.s.kinds[e.actor].typ != kCountry && p.capsNeighbour(i+k) {
				return false // "WHAT IS HAPPENING IN SYRIA": the verb, not Islamic State
			}
		}
		if e.exact != nil && e.exact[k] != "" && p.text[t.start:t.end] != e.exact[k] {
			return false
		}
		if k < int(e.ntok)-1 && t.poss != (e.poss>>k&1 == 1) {
			return false // "Iran's Revolutionary Guards" is not a name "Iran Revolutionary Guards"
		}
	}
	return true
}

// capsNeighbour reports whether a word next to token i in its sentence
// is written in capitals too (two letters or more): a line set in
// capitals, where an acronym that is also a stop word ("IS") is the
// word.
func (p *proc) capsNeighbour(i int) bool {
	for _, k := range [2]int{i - 1, i + 1} {
		if k < 0 || k >= len(p.toks) || p.toks[k].sent != p.toks[i].sent {
			continue
		}
		if t := &p.toks[k]; t.word() && t.upper() && t.end-t.start >= 2 {
			return true
		}
	}
	return false
}

// lowerName reports whether token k, written with a lower-case first
// letter, may still be the KB name e asks capitalised: a country's name
// or demonym written with a capital inside ("iSrael") in any text, or in
// sloppy text (most sentences opening in lower case, see markHeadlines)
// a country's name or demonym, or a word of a person's full name of two
// words or more ("barack obama"), that is no English word: no common
// or stop word of the lexicon, and none of the countries' names that are
// also English words or given names ("china", "turkey", "chad").
func (p *proc) lowerName(k int, e *nameEntry) bool {
	t := p.toks[k]
	if t.shape&shLower == 0 || e.actor < 0 || e.how != nhAlias && e.how != nhDemonym {
		return false
	}
	inner := false // "iSrael": a capital after the first letter
	for _, r := range p.text[t.start+1 : t.end] {
		if r >= 'A' && r <= 'Z' {
			inner = true
			break
		}
	}
	if !p.sloppy && !inner {
		return false
	}
	w := p.lower(k)
	if len(w) < 4 || englishCountryWord(w) || p.has(k, fCommon|fStop|fConnector|fDate|fRole) {
		return false
	}
	switch p.s.actors[e.actor].Kind {
	case kb.KindCountry:
		return true
	case kb.KindPerson:
		return p.sloppy && e.how == nhAlias && e.ntok >= 2 && !p.has(k, fGroupAdj)
	}
	return false
}

// sloppySurnames finds, in sloppy text (see lowerName), a KB person's
// family name written alone in lower case when the article writes that
// person's full name in lower case too ("barack obama … obama said"):
// a lone surname is too often an English word to match by itself.
func (p *proc) sloppySurnames() {
	if !p.sloppy {
		return
	}
	var last []int // found index of each lower-case full name
	for g := range p.found {
		if f := &p.found[g]; !f.dead && f.typ == kPerson && f.actor >= 0 && f.j-f.i >= 2 && p.toks[f.j-1].shape&shLower != 0 {
			last = append(last, g)
		}
	}
	if len(last) == 0 {
		return
	}
	for k := range p.toks {
		t := &p.toks[k]
		if p.cover[k] >= 0 || t.shape&shLower == 0 || t.end-t.start < 4 || p.has(k, fCommon|fStop|fConnector) {
			continue
		}
		for _, g := range last {
			f := &p.found[g]
			if t.id != p.toks[f.j-1].id {
				continue
			}
			actor := f.actor
			p.addFound(found{i: k, j: k + 1, actor: actor, capital: -1, place: -1, joinTo: -1, claim: -1, how: hAlias, typ: kPerson, persons: []int32{actor}})
			break
		}
	}
}

// englishCountryWord reports whether w, a country's name or demonym in
// lower case, is also an English word or a common given name.
func englishCountryWord(w string) bool {
	switch w {
	case "china", "turkey", "chad", "jordan", "georgia", "guinea", "japan", "chile", "niger", "panama",
		"french", "polish", "dutch", "swiss", "english", "danish", "turkish", "kiwi", "kiwis",
		"brazil", "jersey", "norman", "lapp", "scot", "roman":
		return true
	}
	return false
}

var kindType = map[string]kind{
	kb.KindCountry:      kCountry,
	kb.KindOrganization: kOrganization,
	kb.KindArmedGroup:   kArmedGroup,
	kb.KindPerson:       kPerson,
	kb.KindPlace:        kPlace,
}

var kindRank = map[string]int{
	kb.KindCountry: 5, kb.KindArmedGroup: 4, kb.KindOrganization: 3, kb.KindPlace: 2, kb.KindPerson: 1,
}

// matchNames finds KB names, leftmost-longest, over word tokens.
// matchEnd returns the end of the longest KB name that starts at token i
// and whose case fits, or -1.
func (p *proc) matchEnd(i int) int {
	s := p.s
	if i >= len(p.toks) || !p.toks[i].word() {
		return -1
	}
	node, ok := s.names.step(0, p.toks[i].id)
	best := -1
	for j := i; ok; {
		if s.names.hasOuts(node) {
			for _, o := range s.names.outs[node] {
				if p.caseOK(i, &s.entries[o]) {
					best = j + 1
					break
				}
			}
		}
		if j+1 >= len(p.toks) || p.toks[j+1].gap > gapSpace || p.toks[j].poss {
			break
		}
		node, ok = s.names.step(node, p.toks[j+1].id)
		j++
	}
	return best
}

func (p *proc) matchNames() {
	s := p.s
	toks := p.toks // read once: tokenize set it for the document
	n := len(toks)
	root := s.names.root
	for i := 0; i < n; {
		// most tokens start no name: skip to the next one whose id opens
		// one (cName; the tests below read the token again)
		i = nextClass(p.cls, i, cName)
		if i == n {
			break
		}
		t := &toks[i]
		// every token takes the first step: read the root table here
		// rather than call step
		var node int32
		var ok bool
		if uint32(t.id) < uint32(len(root)) { // a negative id is out of range too
			node = root[t.id]
			ok = node != 0
		} else {
			node, ok = s.names.step(0, t.id)
		}
		if !t.word() || !ok || t.shape&shLower != 0 && p.lowClosed(i) {
			i++
			continue
		}
		bestJ := -1
		var best []int32
		for j := i; ; {
			if s.names.hasOuts(node) {
				outs := s.names.outs[node]
				n := 0
				for _, o := range outs {
					if p.caseOK(i, &s.entries[o]) {
						n++
					}
				}
				if n == len(outs) {
					bestJ, best = j+1, outs // shared with the trie: read only
				} else if n > 0 {
					ok := make([]int32, 0, n)
					for _, o := range outs {
						if p.caseOK(i, &s.entries[o]) {
							ok = append(ok, o)
						}
					}
					bestJ, best = j+1, ok
				}
			}
			if j+1 >= n || toks[j+1].gap > gapSpace {
				break // a possessive inside the name is checked by caseOK
			}
			if toks[j].poss && bestJ == j+1 {
				break // "Iran's Foreign Ministry", "Haftar's forces": a name of its own owns the rest
			}
			next, ok := s.names.step(node, toks[j+1].id)
			if !ok && (j == i || j == i+1 && toks[j].gap == gapHyphen) {
				// "Sergei Viktorovich Lavrov", "Kassym-Jomart Kemeluly
				// Tokayev", "Ilham Heydar oglu Aliyev": a patronymic
				// between the given name and the surname of a KB name
				if m := p.patronymAt(j + 1); m > 0 {
					if next, ok = s.names.step(node, toks[j+1+m].id); ok {
						j += m
					}
				}
			}
			if !ok {
				break
			}
			node = next
			j++
		}
		if bestJ < 0 {
			if bestJ, best = p.middleInitial(i); bestJ < 0 {
				i++
				continue
			}
		}
		if p.has(i, fHonor) && p.matchEnd(i+1) > bestJ {
			// "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah": the full name
			// after the honorific beats an alias that opens with it
			// ("Sheikh Sabah")
			i++
			continue
		}
		if e := p.toks[bestJ-1].end; e < len(p.text) && p.text[e] == '$' {
			i = bestJ // "US$40 billion", "HK$": a currency, not the country
			continue
		}
		if bestJ == i+1 && bestJ < n && toks[bestJ].gap == gapHyphen && p.usRoute(i) {
			i = bestJ // "US-24", "US-101": a federal highway, not the country
			continue
		}
		// built in place at the end of p.found (zero, as pickFound
		// requires), dropped again if it is no found
		p.found = append(p.found, found{})
		f := &p.found[len(p.found)-1]
		p.pickFound(f, i, bestJ, best)
		if f.surname && !f.orgList && bestJ == i+1 && p.surnameInName(i) {
			p.found = p.found[:len(p.found)-1]
			i++ // "Illinois Power", "Tower of Power": findRuns reads the whole name
			continue
		}
		if p.toks[bestJ-1].poss {
			for _, o := range best {
				f.possEnd = f.possEnd || s.entries[o].possEnd
			}
		}
		if bestJ == i+1 && f.how == hAlias && f.actor < 0 && f.typ == kPlace && placeHead(p.word(i)) && p.is(bestJ, s.w.of) && bestJ+1 < n && p.toks[bestJ+1].cap() {
			p.found = p.found[:len(p.found)-1]
			i++ // "Gulf of Aden": not the lexicon's "Gulf"; findRuns reads the whole name
			continue
		}
		// the article must open a word of its own: in "Teh.az-Tehran" the
		// "az" belongs to the abbreviation-dotted word before it
		if i > 0 && f.typ != kPerson && f.how != hDemonym && (p.toks[i-1].cap() || p.toks[i].gap == gapHyphen) && p.cover[i-1] < 0 && p.toks[i].gap <= gapSpace && !p.toks[i-1].poss && (i == 1 || p.toks[i-1].gap != gapNone) {
			switch w := p.lower(i - 1); {
			case w == "al" || w == "el":
				f.i = i - 1 // "Al Anbar", "El Salvador", "al-Hilla"
			case p.toks[i].gap == gapHyphen && (w == "ad" || w == "as" || w == "ar" || w == "az" || w == "ash" || w == "at" || w == "an"):
				f.i = i - 1 // "As-Suwayda"
			}
		}
		if e := p.secondSurname(f); e > bestJ {
			f.j, bestJ = e, e // "Juan Manuel Santos Calderón"
		}
		p.foundAdded()
		i = bestJ
	}
}

// pickFound turns the matching entries over [i,j) into a found, written
// to *f, which must be the zero found: a found is some 200 bytes, and
// matchNames builds one per match in the slot of p.found it appends, so
// it is filled in place rather than cleared again, returned and copied.
func (p *proc) pickFound(f *found, i, j int, entries []int32) {
	s := p.s
	f.i, f.j, f.actor, f.capital, f.place, f.joinTo, f.claim = i, j, -1, -1, -1, -1, -1
	bestRank := 0
	var bestHow nameHow
	persons, surnames := p.persons[:0], p.surnames[:0]
	lexPlace, lexOrg := false, false
	for _, o := range entries {
		e := &s.entries[o]
		if e.how == nhPlace {
			lexPlace = true
			continue
		}
		if e.how == nhOrg {
			lexOrg = true
			continue
		}
		kind := s.kinds[e.actor]
		switch {
		case e.how == nhCapital:
			f.capital = e.actor
			continue
		case e.how == nhSurname:
			if !containsI32(surnames, e.actor) {
				surnames = append(surnames, e.actor)
			}
			continue
		case kind.person:
			if !containsI32(persons, e.actor) {
				persons = append(persons, e.actor)
			}
			continue
		case kind.place && f.place < 0:
			f.place = e.actor
		}
		if r := kind.rank; r > bestRank || (r == bestRank && e.how == nhAlias && bestHow != nhAlias) {
			bestRank, bestHow, f.actor = r, e.how, e.actor
		}
	}
	switch {
	case len(persons) > 0:
		f.persons = p.carveIDs(persons)
		if len(persons) == 1 && len(surnames) > 0 && j-i == 1 {
			f.others = p.carveIDs(surnames)
		}
	case len(surnames) > 0:
		f.persons, f.surname, f.orgList = p.carveIDs(surnames), true, lexOrg
	}
	p.persons, p.surnames = persons[:0], surnames[:0]
	switch {
	case f.actor >= 0 && (f.capital < 0 || s.actors[f.actor].Kind != kb.KindPlace):
		f.typ = s.kinds[f.actor].typ
		f.how = hAlias
		if bestHow == nhDemonym {
			f.how = hDemonym
			f.typ = kCountry
		}
	case f.capital >= 0:
		f.typ = kPlace // resolveCapitals decides
		f.how = hCapital
	case lexPlace:
		f.typ, f.how = kPlace, hAlias
		f.key = "place:" + p.fold(i, j)
	case lexOrg && len(f.persons) == 0:
		f.typ, f.how = kOrganization, hAlias
		f.key = "org:" + p.fold(i, j)
	case len(f.persons) == 1 && !f.surname:
		f.actor = f.persons[0]
		f.typ = kPerson
		f.how = hAlias
	default:
		f.typ = kPerson // ambiguous: resolvePersons decides
		f.how = hAlias
	}
	// "the Likud party", "his Fidesz party": a KB alias that ends in a
	// lower-case "party" links the body, but the name is the words
	// before it, as news corpora mark it
	if f.typ == kOrganization && f.actor >= 0 && j-i >= 2 && p.toks[j-1].shape&shLower != 0 && p.word(j-1) == "party" {
		f.j = j - 1
	}
}

func containsI32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// matchTitles finds titles, case-insensitively, over tokens no name
// covers, and at the start of a KB person's name that holds one ("King
// Salman", "Queen Rania").
func (p *proc) matchTitles() {
	s := p.s
	toks, cover := p.toks, p.cover // read once: Process sets them for the document
	n := len(toks)
	root := s.titles.root
	for i := 0; i < n; {
		// most tokens start no title: skip to the next one whose id
		// opens one (cTitle)
		i = nextClass(p.cls, i, cTitle)
		if i == n {
			break
		}
		// every token takes the first step: read the root table here
		// rather than call step
		var node int32
		var ok bool
		if id := toks[i].id; uint32(id) < uint32(len(root)) { // a negative id is out of range too
			node = root[id]
			ok = node != 0
		} else {
			node, ok = s.titles.step(0, id)
		}
		in := int32(-1) // the person's name the title opens
		if ok && cover[i] >= 0 {
			// a KB person's ("King Salman") or a name several share
			// ("King Abdullah", the Saudi king's and Jordan's: addClaim
			// picks one by the title's office)
			if c := cover[i]; p.found[c].i == i && p.found[c].typ == kPerson && (p.found[c].actor >= 0 || p.sharedName(&p.found[c])) && p.toks[i].cap() {
				in = c
			}
		}
		if !ok || (cover[i] >= 0 && in < 0) {
			i++
			continue
		}
		bestJ, best := -1, int32(-1)
		for j := i; ; {
			if s.titles.hasOuts(node) {
				outs := s.titles.outs[node]
				bestJ, best = j+1, outs[0]
			}
			if j+1 >= n || cover[j+1] != in || toks[j+1].gap > gapSpace {
				break
			}
			node, ok = s.titles.step(node, toks[j+1].id)
			if !ok {
				break
			}
			j++
		}
		if bestJ < 0 || (in >= 0 && bestJ >= p.found[in].j) {
			i++
			continue
		}
		// "King County", "President Hotel": a capitalised title that opens
		// the name of a place or organisation is no title
		if k := bestJ; k < n && p.toks[i].cap() && p.joined(k) && p.toks[k].cap() && p.has(k, fPlaceCue|fOrgCue) && !p.has(k, fHonor) && p.cover[k] < 0 {
			i = bestJ
			continue
		}
		// "the prime minister's official residence": a title that owns
		// what follows is a possessor, not anybody's title
		if p.toks[bestJ-1].poss && in < 0 {
			i = bestJ
			continue
		}
		if in < 0 && p.membersRank(i, bestJ) {
			i = bestJ
			continue // "Council of Ministers", "House of Chiefs": the members' rank names the body
		}
		if bestJ == i+1 && p.givenSultan(i) {
			i = bestJ
			continue // "Sultan Al Jaber": a given name, no title
		}
		if s.tentry[best].upper && i > 0 && p.joined(i) && p.toks[i-1].cap() && !p.toks[i-1].upper() && !p.stateWordAt(i-1) {
			i = bestJ
			continue // "Capital FM", "Joy FM": a broadcaster's name ends in it; "Iranian FM X", "UK PM X" are titles
		}
		p.titles = append(p.titles, titleHit{i: i, j: bestJ, e: &s.tentry[best]})
		for t := i; t < bestJ; t++ {
			p.tcover[t] = int32(len(p.titles) - 1)
		}
		i = bestJ
	}
}

// surnameSlot reports whether what follows a demonym ending at token j
// lets it be a surname rather than an adjective before its noun: the
// end of the sentence, punctuation, a possessive, or a word that opens
// no noun phrase the demonym could qualify ("Mark Cuban to", "Mark
// Cuban said", "Mark Cuban, who"), not "May Iranian officials".
func (p *proc) surnameSlot(j int) bool {
	if p.toks[j-1].poss || j >= len(p.toks) || p.toks[j].sent != p.toks[j-1].sent || !p.joined(j) {
		return true
	}
	w := p.s.w
	return p.is(j, w.to) || p.is(j, w.and) || p.is(j, w.or) || p.is(j, w.who) || p.is(j, w.said) || p.is(j, w.says) || p.is(j, w.told) ||
		p.is(j, w.of) || p.is(j, w.with) || p.is(j, w.on) || p.is(j, w.by)
}

// protectUnknown turns a KB person match that is only part of a longer
// capitalised name into an unknown person: "Mohammad Bagher Soltani" never
// links to another Soltani.
func (p *proc) protectUnknown() {
	for k := range p.found {
		f := &p.found[k]
		if !f.dead && f.j-f.i == 1 && (f.typ == kOrganization || f.typ == kArmedGroup) && f.i > 0 &&
			p.cover[f.i-1] < 0 && p.has(f.i-1, fGiven) && p.nameWord(f.i-1) && p.joined(f.i) {
			// "Richard Wagner" is a person, not the Wagner group
			g := found{i: f.i - 1, j: f.j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson}
			g.key = "person:" + p.fold(g.i, g.j)
			p.kill(k)
			p.addFound(g)
			continue
		}
		if !f.dead && f.how == hDemonym && f.j-f.i == 1 && f.i > 0 && p.cover[f.i-1] < 0 && p.has(f.i-1, fGiven) && p.nameWord(f.i-1) &&
			p.joined(f.i) && !p.has(f.i-1, fHonor|fRole|fDate) && p.surnameSlot(f.j) {
			// "billionaire Mark Cuban to sit in the front row": a given
			// name and a demonym with no noun after it are a person's
			// name, not Cuba
			g := found{i: f.i - 1, j: f.j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson}
			g.key = "person:" + p.fold(g.i, g.j)
			p.kill(k)
			p.addFound(g)
			continue
		}
		if e := p.listedGivenParticle(f); e > 0 {
			// "Rafael del Valle": a given name the organisation list
			// holds, a family particle and a family name are a person
			h := found{i: f.i, j: e, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson}
			h.key = "person:" + p.fold(h.i, h.j)
			p.kill(k)
			p.addFound(h)
			continue
		}
		if g := p.particleNameStart(f); g >= 0 {
			// "Senator Leila de Lima", "Jan van Breda", "Juan del Peru": a
			// given name and a family particle before a one-word place,
			// country or firm make one person's name
			h := found{i: g, j: f.j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kPerson}
			h.key = "person:" + p.fold(h.i, h.j)
			p.kill(k)
			if c := p.cover[g]; c >= 0 {
				p.kill(int(c))
			}
			p.addFound(h)
			continue
		}
		if !f.dead && f.how == hAlias && f.j-f.i == 1 && p.toks[f.i].upper() && f.j < len(p.toks) && p.joined(f.j) &&
			p.toks[f.j].shape&shLower != 0 && fileNouns[p.word(f.j)] {
			p.kill(k) // "a PNG image", "PDF files": a file format's initials, not Papua New Guinea
			continue
		}
		if f.typ != kPerson || f.dead {
			continue
		}
		if f.surname && f.j-f.i == 1 && f.i > 0 && p.toks[f.i].gap == gapHyphen && (p.cover[f.i-1] < 0 || p.loneSurname(f.i-1)) && p.nameWord(f.i-1) {
			p.kill(k) // "Wright-Patterson Air Force Base": a KB surname hyphened into a name of its own
			continue
		}
		if f.surname && f.j-f.i == 1 && f.j < len(p.toks) && p.toks[f.j].gap == gapHyphen && (p.cover[f.j] < 0 || p.loneSurname(f.j)) && p.toks[f.j].cap() && p.nameWord(f.j) {
			// "Maria dela Cruz-Tabao": a KB surname hyphened to a family
			// name no match knows, or to another KB surname ("Smith-Jones
			// said": a double surname, not Jones)
			p.kill(k)
			continue
		}
		if f.how == hAlias && f.j-f.i == 1 && f.j < len(p.toks) && p.toks[f.j].gap == gapHyphen && p.cover[f.j] < 0 && p.toks[f.j].cap() && p.nameWord(f.j) &&
			f.i > 0 && p.joined(f.i) && p.toks[f.i].gap != gapHyphen && p.cover[f.i-1] < 0 && p.nameWord(f.i-1) && p.nameLike(f.i-1) && !p.has(f.i-1, fHonor|fRole|fDate) {
			// "Dragana Marković-Ilić": a one-word KB alias (Duško
			// Marković's) between a given name and a hyphened family
			// name is another person's double surname
			p.kill(k)
			continue
		}
		if f.surname && f.j-f.i == 1 && f.i > 0 && !p.toks[f.i].poss && (placePrep(p.word(f.i-1)) || p.settlementOf(f.i) || p.compassOf(f.i)) && p.gazPlace(f.i, f.j) && !p.anyNamedInFull(f.persons) {
			// "its fighters in Djibo", "the oil port of Brega", "20 miles
			// west of Toledo": a town the gazetteer knows, not Salou Djibo
			// whom the article never names
			p.kill(k)
			continue
		}
		i, j := f.i, f.j
		// (not over "Tan Sri" in "Tan Sri Muhyiddin Yassin": a Malay
		// honorific)
		// (not over "Nationalist" in "Nationalist Tomislav Nikolic won": an
		// adjective opening the sentence before a full KB name)
		for i > 0 && p.cover[i-1] < 0 && p.nameWord(i-1) && !p.has(i-1, fHonor|fRole|fDate) && p.joined(i) && p.nameLike(i-1) && p.toks[i].gap != gapHyphen && (!p.headline(i-1) || p.has(i-1, fGiven)) && !royalTitle(p.word(i-1)) && !p.malaySri(i-1, f.j) && !p.epithetOpens(i-1, f) {
			i--
		}
		if i < f.i && p.hyphenGiven(i) {
			i-- // "Jean-Claude Marie Juncker", "Abdel-Fattah Saeed al-Sisi"
		}
		// "Khalid bin Soltani": a name and a particle before a one-word
		// match open the same person's name
		if f.j-f.i == 1 && i == f.i && i >= 2 && p.cover[i-1] < 0 && p.cover[i-2] < 0 && p.toks[i-1].shape&shLower != 0 && nameParticle(p.word(i-1)) &&
			p.joined(i) && p.joined(i-1) && p.nameWord(i-2) && p.nameLike(i-2) && !p.has(i-2, fHonor|fRole|fDate) {
			i -= 2
			// "Maria Luz dela Cruz": given names before the particle
			for i > 0 && p.cover[i-1] < 0 && p.has(i-1, fGiven) && p.nameWord(i-1) && !p.has(i-1, fHonor|fRole|fDate) && p.joined(i) {
				i--
			}
		}
		// To the right only a one-word match grows ("Soltani Rad"): a full
		// KB name followed by a family name ("Faisal bin Farhan Al Saud")
		// is still that person.
		for f.j-f.i == 1 && j < len(p.toks) && p.joined(j) && !p.toks[j-1].poss {
			// (not in a title-case headline, which capitalises the verb
			// after a surname: "Chirac Sees Opportunity")
			if p.cover[j] < 0 && p.nameWord(j) && !p.has(j, fDate) && p.nameLike(j) && p.toks[j].gap != gapHyphen && !p.headline(j) {
				j++
				continue
			}
			if p.cover[j] < 0 && p.verbSurname(j) {
				j++ // "Mugabe Were, a lawmaker": another person's family name
				break
			}
			// "Suleiman Hamdi": a second one-word person match right
			// after the first is the same unknown person's family name
			// ("Obama Power Plant": not a common-word surname after a
			// word that is no given name)
			if g := p.cover[j]; g >= 0 && int(g) != k && p.toks[j].gap != gapHyphen && p.oneWordPerson(int(g), j) && !(p.found[g].surname && p.has(j, fCommon) && !p.has(f.i, fGiven)) {
				p.kill(int(g))
				j++
				continue
			}
			// "Suleiman al-Amr", "Khalid bin Rashid": a name particle and
			// a name after it
			if p.cover[j] < 0 && j+1 < len(p.toks) && p.toks[j].shape&shLower != 0 && nameParticle(p.word(j)) && p.joined(j+1) && p.nameWord(j+1) && !p.has(j+1, fDate) {
				if g := p.cover[j+1]; g < 0 || p.oneWordPerson(int(g), j+1) {
					if g >= 0 {
						p.kill(int(g))
					}
					j += 2
					continue
				}
			}
			break
		}
		if i == f.i && j == f.j && f.j-f.i == 1 && f.actor < 0 && j < len(p.toks) && p.cover[j] < 0 && p.toks[j].cap() && p.joined(j) && p.has(j, fPlaceCue|fOrgCue) && !p.toks[i].poss {
			// "King County", "Wagner Act": a surname before a head word
			p.kill(k)
			continue
		}
		if i == f.i && j == f.j && f.j-f.i == 1 && i > 0 && (p.cover[i-1] < 0 && p.nameWord(i-1) && !p.toks[i-1].sentStart && !p.nameLike(i-1) && !p.has(i-1, fHonor|fRole|fDate) && !royalTitle(p.word(i-1)) || p.camelLower(i-1)) && p.joined(i) ||
			i == f.i && j == f.j && f.j-f.i == 1 && f.actor < 0 && i > 0 && p.toks[i-1].poss && p.word(i-1) == "People" && p.toks[i].gap == gapSpace && p.toks[i].sent == p.toks[i-1].sent {
			// ("National People's Power": a KB surname after "People's")
			// "Music Store": a one-word person's name after a capitalised
			// common word is part of the name of something else ("iTunes
			// Store": also after a brand written in camel case)
			p.kill(k)
			continue
		}
		if i == f.i && j == f.j {
			// "Faisal bin Farhan Al Saud": a family name after a full KB
			// name belongs to the same person
			if f.actor >= 0 && f.j-f.i >= 2 && j+1 < len(p.toks) && p.cover[j] < 0 && p.freeOrSurname(j+1) && p.joined(j) && p.joined(j+1) && p.nameWord(j+1) {
				switch p.lower(j) {
				case "al", "bin", "ibn", "bint", "ben", "el":
					e := j + 2
					for e < len(p.toks) && p.freeOrSurname(e) && p.nameWord(e) && p.joined(e) && !p.has(e, fDate) {
						e++
					}
					for t := f.j; t < e; t++ {
						if g := p.cover[t]; g >= 0 && int(g) != k {
							p.kill(int(g)) // "Saud", a surname other people's aliases give
						}
						p.cover[t] = int32(k)
					}
					f.j = e
				}
			}
			continue
		}
		g := *f
		p.kill(k)
		if f.surname {
			continue // "White House": leave the run to the name heuristics
		}
		g.i, g.j, g.actor, g.persons, g.how, g.dead = i, j, -1, nil, hName, false
		g.key = "person:" + p.fold(i, j)
		p.addFound(g)
	}
}

// resolveCapitals decides, for each capital, whether it names the
// government ("Tehran denied", "Brazil urged Caracas to", "ties with
// Caracas", "Tehran's proxies") or the city ("talks in Beijing"). A
// capital coordinated with one that acts ("urged Caracas and Bogota")
// acts too.
func (p *proc) resolveCapitals() {
	var caps []int
	located := map[int]bool{}
	for k := range p.found {
		f := &p.found[k]
		if f.dead || f.how != hCapital || f.capital < 0 {
			continue
		}
		caps = append(caps, k)
		acts, loc := p.capitalActs(f.i, f.j)
		f.metonymy = acts
		if loc {
			located[k] = true
		}
	}
	// "between Cairo and Amman resumed": a preposition's scope runs on
	// over "and", whatever follows the last capital
	for _, k := range caps {
		f := &p.found[k]
		if f.i >= 2 && (p.is(f.i-1, p.s.w.and) || p.is(f.i-1, p.s.w.or)) {
			if h := p.foundEnding(f.i - 1); h >= 0 && located[h] {
				located[k], f.metonymy = true, false
			}
		}
	}
	// a list passes the reading along one capital a round ("Riyadh,
	// Abu Dhabi and Manama withdrew": Manama acts, then Abu Dhabi, then
	// Riyadh)
	for changed := true; changed; {
		changed = false
		for _, k := range caps {
			f := &p.found[k]
			if f.metonymy || located[k] {
				continue
			}
			if p.coordinatedActs(f.i, f.j) {
				f.metonymy, changed = true, true
			}
		}
	}
	for _, k := range caps {
		f := &p.found[k]
		c := p.s.actors[f.capital]
		if f.metonymy {
			f.actor, f.typ = f.capital, kCountry
			continue
		}
		f.typ = kPlace
		f.how = hAlias
		f.country = countryCode(c)
		if f.place >= 0 {
			f.actor = f.place
		} else {
			f.actor = -1
			f.key = "place:" + fold(c.Capital)
			f.canon = c.Capital // "CARACAS" in a dateline is the city the KB writes "Caracas"
		}
	}
}

// coordinatedActs reports whether a capital joined to the capital over
// [i,j) by "and", "or" or a comma ("Seoul and Pyongyang"), on either
// side, stands for its government.
func (p *proc) coordinatedActs(i, j int) bool {
	conj := func(k int) bool { return p.is(k, p.s.w.and) || p.is(k, p.s.w.or) || p.is(k, p.s.w.comma) }
	if i >= 2 && conj(i-1) && p.toks[i-1].sent == p.toks[i].sent {
		if h := p.foundEnding(i - 1); h >= 0 && p.found[h].how == hCapital && p.found[h].metonymy {
			return true
		}
	}
	if j+1 < len(p.toks) && conj(j) && p.toks[j].sent == p.toks[j-1].sent {
		if h := p.foundAt(j + 1); h >= 0 && p.found[h].how == hCapital && p.found[h].metonymy {
			return true
		}
	}
	return false
}

// capitalActs reports whether the capital over [i,j) stands for its
// government: it is the subject of a reporting or action verb ("Tehran
// denied", "Washington pressed"), has a possessive ("Tehran's proxies"),
// is the party a verb addresses ("urged Caracas", "warned Moscow",
// "called on Kabul"), the other party of relations ("ties with Caracas",
// "talks between Seoul and"), the target or source of pressure
// ("sanctions against Moscow", "criticism from Beijing") or the subject of a to-infinitive ("Caracas to publish"). After
// a locative preposition ("in", "to", "from", "near") it is the city:
// located is then true.
func (p *proc) capitalActs(i, j int) (acts, located bool) {
	w := &p.s.w
	sent := p.toks[i].sent
	// a common word; a title-case headline capitalises it ("Brazil Urges
	// Caracas To Publish Records")
	head := p.headline(i)
	lowerAt := func(k int) bool {
		return k >= 0 && k < len(p.toks) && p.toks[k].sent == sent && (p.toks[k].shape&shLower != 0 || head && p.toks[k].cap() && p.toks[k].word())
	}
	// a noun opening the sentence is capitalised: "Ties with Caracas"
	nounAt := func(k int) bool { return lowerAt(k) || k >= 0 && p.toks[k].sentStart && p.toks[k].sent == sent }
	if i > 0 && p.toks[i].gap == gapHyphen && (p.word(i-1) == "pro" || p.word(i-1) == "anti" || p.word(i-1) == "Pro" || p.word(i-1) == "Anti") {
		return true, false // "the pro-Beijing camp", "anti-Washington rhetoric"
	}
	if j < len(p.toks) && p.toks[j].gap == gapHyphen && lowerAt(j) {
		// a compound modifier: "Tehran-backed", "Riyadh-led", but
		// "Washington-based", whatever comes before it
		a := agentCompound(p.word(j))
		return a, !a
	}
	if p.inPlacePhrase(i) {
		return false, true // "to the Sudanese capital Khartoum to discuss", "the city of San Jose will"
	}
	if p.inCityArea(i) {
		return false, true // "in central Bogota to celebrate"
	}
	if lowerAt(i - 1) {
		switch {
		case p.has(i-1, fAddress):
			return true, false // "Brazil urged Caracas", "accused Kabul of"
		case (p.is(i-1, w.with) || p.is(i-1, w.between)) && nounAt(i-2) && p.has(i-2, fRelNoun):
			return true, false // "ties with Caracas", "talks between Seoul and Pyongyang"
		case (p.is(i-1, w.on) || p.is(i-1, w.upon) || p.is(i-1, w.against)) && nounAt(i-2) &&
			(p.has(i-2, fPressNoun) || p.is(i-2, w.called) || p.is(i-2, w.calls) || p.is(i-2, w.call) || p.is(i-2, w.calling)):
			return true, false // "called on Caracas", "sanctions against Moscow"
		case p.word(i-1) == "from" && nounAt(i-2) && p.has(i-2, fPressNoun):
			return true, false // "drew criticism from Beijing", "pressure from Washington"
		case p.is(i-1, w.to) && lowerAt(i-2) && envoyNoun(p.word(i-2)):
			return true, false // "Washington's envoy to Kabul"
		case p.is(i-1, w.by) && lowerAt(i-2) && !p.has(i-2, fLocPrep|fDet):
			return true, false // "condemned by Washington as flawed"
		case p.has(i-1, fLocPrep):
			return false, true // "talks in Beijing", "flights to Caracas"
		}
	}
	if p.toks[j-1].poss {
		return true, false
	}
	k := j
	for m := 0; m < 3 && k < len(p.toks) && p.toks[k].sent == sent; m++ {
		switch {
		case lowerAt(k) && (p.has(k, fAux) || beForm(p.lower(k))):
			k++
		case p.is(k, w.on) && p.has(k+1, fDate) && p.toks[k+1].cap():
			k += 2 // "Beijing on Monday accused"
		case p.has(k, fDate) && p.toks[k].cap() && k+1 < len(p.toks) && p.toks[k+1].shape&shLower != 0:
			k++ // "Tehran Tuesday denied"
		case lowerAt(k) && p.word(k) == "in" && k+1 < len(p.toks) && p.word(k+1) == "turn":
			k += 2 // "Islamabad in turn summoned"
		case lowerAt(k) && mannerAdverb(p.word(k)):
			k++ // "Islamabad swiftly summoned"
		default:
			m = 3
		}
	}
	if k > j && p.passiveBefore(j, k) && lowerAt(k) {
		// "Caracas was urged to", but "Kyiv was struck", "Tehran is seen
		// as"; "The UK is committed to", "Ankara is ready to" (a will)
		return p.has(k, fAddress) || volition(p.word(k)), false
	}
	if lowerAt(k) && p.joined(k) && (p.word(k) == "stands" || p.word(k) == "stood") && k+1 < len(p.toks) && lowerAt(k+1) {
		switch p.word(k + 1) {
		case "by", "with", "behind", "ready", "firm":
			return true, false // "The UK stands by Iraq", "Washington stands ready"
		}
	}
	if lowerAt(k) && p.joined(k) && (p.has(k, fCue|fStateVerb) || p.has(k, fAddress) && (strings.HasSuffix(p.word(k), "ed") || p.is(k, w.told))) {
		return true, false // "Tehran denied", "Washington pressed", "Rabat summoned"
	}
	if k > j && lowerAt(k) && p.joined(k) && p.modalBefore(j, k) && p.toks[k].shape&shWord != 0 && !p.has(k, fStop|fAux|fDet) && !copula(p.word(k)) {
		return true, false // "Caracas will not accept lectures", "Ankara could veto"
	}
	if k == j+1 && lowerAt(k) && p.joined(k) && p.perfectDeed(j, k) {
		return true, false // "Belgrade had armed and trained the attackers"
	}
	// "urged Caracas and Bogota to publish", "wants Caracas to release":
	// a to-infinitive after the capital
	return j == k && p.is(j, w.to) && lowerAt(j+1) && !p.has(j+1, fStop|fDet|fDate), false
}

// agentCompound reports whether w, written after a capital and a hyphen,
// makes the capital the agent ("Tehran-backed", "Beijing-brokered"), not
// a location ("Washington-based", "Paris-born").
func agentCompound(w string) bool {
	if !strings.HasSuffix(w, "ed") && w != "led" {
		return false
	}
	switch w {
	case "based", "headquartered", "registered", "listed", "bound", "located", "centred", "centered", "situated":
		return false
	}
	return true
}

// passiveBefore reports whether a form of "be" is among the tokens [j,k)
// ("was", "has been"): the verb at k is then passive.
func (p *proc) passiveBefore(j, k int) bool {
	for t := j; t < k; t++ {
		if beForm(p.word(t)) {
			return true
		}
	}
	return false
}

// volition reports whether w, after a form of "be", states a will to
// act: "is committed to", "is ready to", "was determined to".
func volition(w string) bool {
	switch w {
	case "committed", "determined", "ready", "willing", "prepared", "keen", "eager", "resolved", "unwilling", "reluctant":
		return true
	}
	return false
}

func beForm(w string) bool {
	switch w {
	case "is", "was", "were", "are", "be", "been", "being":
		return true
	}
	return false
}

// inPlacePhrase reports whether the capital at token i sits in a phrase
// that makes it a location: a locative preposition before its describing
// words ("to the Sudanese capital Khartoum", "in the capital, Kabul") or
// a settlement noun and "of" ("the city of San Jose").
func (p *proc) inPlacePhrase(i int) bool {
	sent := p.toks[i].sent
	if i >= 2 && p.word(i-1) == "of" {
		switch p.lower(i - 2) {
		case "city", "town", "capital", "streets", "outskirts", "centre", "center", "suburbs",
			"residents", "people", "mayor", "heart", "port", "village", "municipality", "province":
			return true
		}
	}
	// walk left over the describing words of an apposition: "the
	// Venezuelan capital", "the capital,"
	k := i - 1
	seenNoun := false
	for n := 0; n < 5 && k >= 0 && p.toks[k].sent == sent; n++ {
		w := p.lower(k)
		switch {
		case w == "capital" || w == "city" || w == "town":
			seenNoun = true
		case w == "," && seenNoun:
		case seenNoun && (p.has(k, fDet) || p.toks[k].cap() && p.toks[k].word()):
		default:
			return seenNoun && p.toks[k].shape&shLower != 0 && p.has(k, fLocPrep)
		}
		k--
	}
	return false
}

// envoyNoun reports whether w names a diplomat sent to a state: the
// capital after "w to" is its government ("envoy to Kabul").
func envoyNoun(w string) bool {
	switch w {
	case "envoy", "envoys", "ambassador", "ambassadors", "emissary", "emissaries", "ambassadorship", "nuncio":
		return true
	}
	return false
}

// modalBefore reports whether a modal verb is among the tokens [j,k)
// ("will", "would not").
func (p *proc) modalBefore(j, k int) bool {
	for t := j; t < k; t++ {
		switch p.word(t) {
		case "will", "would", "could", "can", "should", "must", "may", "might", "cannot", "shall":
			return true
		}
	}
	return false
}

// copula reports whether w is a verb that links its subject to a state
// ("Caracas will remain tense"): after one a capital is the city.
func copula(w string) bool {
	switch w {
	case "be", "remain", "stay", "become", "seem", "look", "feel", "get", "see", "experience", "suffer", "face", "host", "need":
		return true
	}
	return false
}

// pastVerbAfter reports whether a lower-case past-tense form ("thanked")
// follows token j.
func (p *proc) pastVerbAfter(j int) bool {
	return j < len(p.toks) && p.toks[j].shape&shLower != 0 && p.joined(j) && strings.HasSuffix(p.word(j), "ed")
}

func countryCode(a *kb.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	return a.ID
}

// resolvePersons links a name shared by several KB people to the one the
// article names unambiguously elsewhere; otherwise it stays unlinked.
func (p *proc) resolvePersons() {
	if manyFound(p.found) {
		// a long document: namesCountry is asked for every surname, and
		// this pass retypes no country or place
		p.countryNamed = map[string]bool{}
		defer func() { p.countryNamed, p.byEnd = nil, p.byEnd[:0] }()
	}
	// named and firstFull serve the unknown persons a surname or a name
	// of several KB people may be; most documents have none, and the
	// loop below only kills them or gives them actors, so none appears
	// later: then the maps are left empty
	ambiguous := false
	for k := range p.found {
		f := &p.found[k]
		if !f.dead && f.typ == kPerson && f.actor < 0 && (len(f.persons) >= 2 || f.surname) {
			ambiguous = true
			break
		}
	}
	var named map[int32]bool
	var firstFull map[int32]int // the token where each is first named in full
	if ambiguous {
		named, firstFull = map[int32]bool{}, map[int32]int{}
		for k := range p.found {
			f := &p.found[k] // not a range value: a found is large
			if !f.dead && f.typ == kPerson && f.actor >= 0 {
				named[f.actor] = true
				if at, ok := firstFull[f.actor]; f.j-f.i >= 2 && (!ok || f.i < at) {
					firstFull[f.actor] = f.i
				}
			}
		}
	}
	for k := range p.found {
		f := &p.found[k]
		if len(f.others) > 0 && !f.dead && f.actor >= 0 && f.typ == kPerson && f.how == hAlias {
			p.preferNamedInFull(f)
		}
		if !f.dead && f.actor >= 0 && f.typ == kPerson && f.how == hAlias && f.j-f.i == 1 && p.sharedSurname(f) {
			f.actor, f.how, f.key = -1, hName, "person:"+p.fold(f.i, f.j)
			continue
		}
		if f.dead || f.typ != kPerson || f.actor >= 0 || (len(f.persons) < 2 && !f.surname) {
			continue
		}
		pick := int32(-1)
		for _, c := range f.persons {
			if named[c] {
				if pick >= 0 {
					pick = -1
					break
				}
				pick = c
			}
		}
		if pick < 0 && f.surname {
			pick = p.onlyNamedBefore(f, firstFull)
		}
		if pick >= 0 && f.surname {
			if g := p.otherBearerNearer(f, pick); g >= 0 {
				f.joinTo, f.how = g, hShortForm // "Isabel dos Santos … dos Santos": not her father
				continue
			}
		}
		if pick >= 0 {
			f.actor = pick
			if f.surname {
				f.how = hShortForm
			}
			continue
		}
		if f.orgList && !p.orgListCue(f) {
			// "Saab won a contract", "Suzuki cars": a firm on the
			// organisation list, not the KB person of that surname
			f.typ, f.how, f.surname, f.persons = kOrganization, hAlias, false, nil
			f.key = "org:" + p.fold(f.i, f.j)
			continue
		}
		if p.familyOnly(f) && (p.has(f.i, fCommon) || p.lowerWord(f.i) || commonShape(p.word(f.i))) {
			p.kill(k) // "Moon" with no "Moon Jae-in" named: no one's family name
			continue
		}
		if f.surname && p.toks[f.i].sentStart && (!p.cueAfter(f.j) && !p.pastVerbAfter(f.j) && !p.ageAfter(f.j) && !p.roleAppos(f.j) && !p.toks[f.j-1].poss || f.j-f.i == 1 && p.lowerWord(f.i)) {
			// "Gang bosses warned": a sentence-initial word that is also a
			// KB surname; "Sessions resumed on Monday" after "the sessions",
			// "Rice rose 3%" after "rice exports" also before a verb: the
			// article writes the word as a common noun
			p.kill(k)
			continue
		}
		if f.surname && f.j-f.i == 1 && p.headline(f.i) && (p.has(f.i, fCommon) || p.lowerWord(f.i) || commonShape(p.word(f.i))) {
			// "Stocks Fall on Oil", "Frances Knocks Out Power": a title-case
			// headline capitalises a common word that is also a KB
			// surname; the article names no bearer in full
			p.kill(k)
			continue
		}
		if c := p.sittingLeader(f); c >= 0 {
			f.actor, f.how = c, hShortForm // "Noboa" in a 2024 story naming Ecuador
			continue
		}
		if c := p.pastLeader(f); c >= 0 {
			f.actor, f.how = c, hShortForm // "Nkurunziza" in a 2022 story naming Burundi
			continue
		}
		if f.surname && f.j-f.i == 1 && f.j < len(p.toks) && p.joined(f.j) && p.toks[f.j].cap() && p.has(f.j, fCommon) && !p.toks[f.i].poss && !p.has(f.j, fGiven) {
			// "the Green Zone": a KB surname opening a longer name whose
			// next word is a common noun names a thing, no person
			p.kill(k)
			continue
		}
		f.how = hName
		f.key = "person:" + p.fold(f.i, f.j)
	}
}

// sharedSurname reports whether the one-word KB alias f of a person is a
// surname two people the article names in full before it share, the
// other named in full twice before the KB person (a headline's names do
// not count): the KB person is then not the story's bearer of the name
// ("Keiko Fujimori said … Keiko Fujimori, the daughter of Alberto
// Fujimori, … Fujimori said"), and the bare name links to none. A story
// that names the KB person first ("Donald Trump … his daughter Ivanka
// Trump … Trump said") or the other only once before him keeps the link.
func (p *proc) sharedSurname(f *found) bool {
	sur := p.fold(f.i, f.j)
	bearer := func(g *found) bool {
		return !g.dead && g.typ == kPerson && g.j-g.i >= 2 && g.j <= f.i && !p.headline(g.i) && p.fold(g.j-1, g.j) == sur
	}
	// (the cheap tests of actor and position come before bearer, which
	// folds a word: most articles repeat a surname many times)
	self, selfAt := f.i, -1
	for k := range p.found {
		if g := &p.found[k]; g.actor == f.actor && g.i < self && bearer(g) {
			self, selfAt = g.i, k
		}
	}
	if selfAt < 0 {
		return false
	}
	selfName := p.fold(p.found[selfAt].i, p.found[selfAt].j)
	others := 0
	for k := range p.found {
		// not a longer span of the KB person's own name ("Republican Donald Trump")
		if g := &p.found[k]; g.actor != f.actor && g.i < self && bearer(g) && !strings.HasSuffix(p.fold(g.i, g.j), selfName) {
			others++
		}
	}
	return others >= 2
}

// onlyNamedBefore returns, of the KB people a surname f may stand for,
// the one the article has named in full before it when no other of them
// is: "North Korean leader Kim Jong Un … Kim said … Kim Yong Nam, the
// ceremonial head of state" is Kim Jong Un (writers give a second
// bearer of the name in full). It returns -1 for none or several.
func (p *proc) onlyNamedBefore(f *found, firstFull map[int32]int) int32 {
	pick := int32(-1)
	for _, c := range f.persons {
		if at, ok := firstFull[c]; ok && at < f.i {
			if pick >= 0 && pick != c {
				return -1
			}
			pick = c
		}
	}
	return pick
}

// preferNamedInFull moves a one-word alias match ("Zardari", Asif Ali
// Zardari's alias) to the one KB person of that surname the article
// names in full ("Bilawal Bhutto Zardari") when it does not name the
// alias holder in full: a short form joins the person already named.
func (p *proc) preferNamedInFull(f *found) {
	full := func(a int32) bool {
		for k := range p.found {
			g := &p.found[k]
			if !g.dead && g.actor == a && g.j-g.i >= 2 && g.typ == kPerson {
				return true
			}
		}
		return false
	}
	if full(f.actor) && !p.namedOnlyAsKin(f.actor) {
		return
	}
	// ("Sara Duterte, the daughter of President Rodrigo Duterte, … and
	// Duterte ran": a namesake named only as another's relative gives
	// way to the one named in full as herself)
	pick := int32(-1)
	for _, c := range f.others {
		if c != f.actor && full(c) {
			if pick >= 0 {
				return // two named in full: keep the alias
			}
			pick = c
		}
	}
	if pick >= 0 {
		f.actor, f.how = pick, hShortForm
	}
}

// namedInFull reports whether the article names KB person a with two
// words or more.
func (p *proc) namedInFull(a int32) bool {
	for k := range p.found {
		g := &p.found[k]
		if !g.dead && g.actor == a && g.j-g.i >= 2 && g.typ == kPerson {
			return true
		}
	}
	return false
}

// nameLike reports whether token k may be part of a person's name: a
// given name, or a word that is neither a common English word nor written
// lower case elsewhere in the article ("Music" in "iTunes Music Store" is
// not).
func (p *proc) nameLike(k int) bool {
	if p.has(k, fGiven) {
		return true
	}
	return !p.has(k, fCommon|fOrgCue|fPlaceCue|fMisc) && !p.lowerWord(k)
}

// epithetOpens reports whether token k, opening its sentence right before
// the full KB name f, is an adjective describing the person ("Nationalist
// Tomislav Nikolic", "Incumbent Boris Tadic", "Former Jacob Zuma",
// "Moderate Hassan Rouhani"), not a first name of a longer name.
func (p *proc) epithetOpens(k int, f *found) bool {
	if f.actor < 0 || f.j-f.i < 2 || k != f.i-1 || !p.toks[k].sentStart || p.has(k, fGiven) {
		return false
	}
	w := p.word(k)
	return p.has(k, fModifier) || commonShape(w) || len(w) >= 7 && lowerSuffix(w, "ist") && !lowerSuffix(w, "vist") && !lowerSuffix(w, "uist")
}

// oneWordPerson reports whether found g is a live one-word person match
// starting at token t (a surname the KB knows alone).
func (p *proc) oneWordPerson(g, t int) bool {
	h := &p.found[g]
	return !h.dead && h.typ == kPerson && h.i == t && h.j == t+1 && h.joinTo < 0
}

// familyParticle reports whether w, written in lower case, joins a
// given name to a European family name ("de Lima", "van Breda", "dos
// Santos", "ten Cate"): the particles of particle without the Arabic
// article and "bin", "y", "le"/"la", "zu" and the Filipino "dela"/"delos",
// which also stand before a place's or a country's own name ("al-Basra",
// "la Paz", "y Mexico").
func familyParticle(w string) bool {
	switch w {
	case "ten":
		return true
	case "bin", "ibn", "bint", "binti", "al", "el", "le", "la", "y", "zu", "dela", "delos":
		return false
	}
	return particle(w)
}

// particleNameStart returns the first token of a person's name that ends
// in the one-word place, country or listed firm f after a family particle
// ("Leila de Lima", "Jan van der Breda"), or -1. Before the particle
// stands a given name, or a capitalised word after a title or honorific
// ("Senator Leila de Lima"); a KB place there ("Santiago de Cuba") or a
// word that is neither ("Ciudad del Este") leaves the place alone.
func (p *proc) particleNameStart(f *found) int {
	if f.dead || f.j-f.i != 1 || f.i < 2 || f.how == hDemonym || f.typ != kPlace && f.typ != kCountry && f.typ != kOrganization || !p.toks[f.i].cap() || p.toks[f.i].upper() || !p.joined(f.i) {
		return -1
	}
	q := f.i - 1
	for q > f.i-3 && q > 0 && p.cover[q] < 0 && p.toks[q].shape&shLower != 0 && familyParticle(p.word(q)) && p.joined(q) {
		q--
	}
	if q == f.i-1 || p.toks[f.i-1].shape&shLower == 0 || !familyParticle(p.word(f.i-1)) {
		return -1
	}
	g := q
	if c := p.cover[g]; c >= 0 {
		// a given name the organisation list holds ("Rafael")
		h := &p.found[c]
		if h.dead || h.typ != kOrganization || h.actor >= 0 || h.i != g || h.j != g+1 || !p.has(g, fGiven) {
			return -1
		}
	}
	if !p.nameWord(g) || p.toks[g].poss || p.has(g, fHonor|fRole) || p.has(g, fDate) && !p.dateGiven(g) {
		return -1
	}
	titled := g > 0 && p.joined(g) && (p.has(g-1, fHonor|fRole) || p.tcover[g-1] >= 0)
	if !p.has(g, fGiven) && !(titled && p.nameLike(g)) {
		return -1
	}
	for g > 0 && p.joined(g) && p.cover[g-1] < 0 && p.has(g-1, fGiven) && p.nameWord(g-1) && !p.has(g-1, fHonor|fRole|fDate) {
		g-- // "Maria Luz de Lima"
	}
	return g
}

// listedGivenParticle returns the end of a person's name that opens with
// the one-word listed organisation f, a given name ("Rafael"), and goes on
// with a family particle and a capitalised family name no match covers
// ("Rafael del Valle"), or -1.
func (p *proc) listedGivenParticle(f *found) int {
	if f.dead || f.j-f.i != 1 || f.typ != kOrganization || f.actor >= 0 || f.how != hAlias || !p.has(f.i, fGiven) || p.toks[f.i].poss {
		return -1
	}
	e := f.j
	for e < f.j+2 && e+1 < len(p.toks) && p.toks[e].shape&shLower != 0 && familyParticle(p.word(e)) && p.joined(e) {
		e++
	}
	if e == f.j || e >= len(p.toks) || !p.joined(e) || p.cover[e] >= 0 || !p.nameWord(e) || p.toks[e].upper() || p.has(e, fDate|fOrgCue|fPlaceCue) {
		return -1
	}
	return e + 1
}

// nameParticle reports whether w, written in lower case, joins the parts
// of an Arabic person's name ("al-Amr", "bin Rashid").
func nameParticle(w string) bool {
	switch w {
	case "al", "el", "bin", "ibn", "bint", "dela", "delos":
		return true
	}
	return false
}

// freeOrSurname reports whether token t is covered by no match, or only
// by a one-word surname pattern that links nobody.
func (p *proc) freeOrSurname(t int) bool {
	g := p.cover[t]
	if g < 0 {
		return true
	}
	f := &p.found[g]
	return f.surname && f.actor < 0 && f.i == t && f.j == t+1
}

// stateCountry maps the folded names of the states and provinces of
// federations, written after a town and a comma ("Dublin, Ohio",
// "London, Ontario"), to their country.
var stateCountry = func() map[string]string {
	m := map[string]string{}
	for country, names := range map[string][]string{
		"USA": {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
			"Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
			"Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
			"Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
			"New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
			"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
			"Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
			"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
			"Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
			"Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
			"S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo."},
		"CAN": {"Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
			"Nova Scotia", "New Brunswick", "Newfoundland", "Prince Edward Island"},
		"AUS": {"New South Wales", "Queensland", "Victoria", "Tasmania", "Western Australia",
			"South Australia"},
	} {
		for _, n := range names {
			m[fold(n)] = country
		}
	}
	return m
}()

// foreignPlaces unlinks a KB place or capital written before a comma and
// a state or a country it does not lie in ("Dublin, Ohio", "Paris,
// Texas", "Sydney, Nova Scotia"): that is a namesake elsewhere, an
// unlinked place of that country.
func (p *proc) foreignPlaces() {
	for k := range p.found {
		f := &p.found[k]
		if f.dead || f.typ != kPlace || f.j+1 >= len(p.toks) || !p.is(f.j, p.s.w.comma) {
			continue
		}
		home := ""
		switch {
		case f.how == hAlias && f.actor >= 0 && p.s.actors[f.actor].Kind == kb.KindPlace:
			home = countryCode(p.s.actors[f.actor])
		case f.how == hCapital && f.capital >= 0:
			home = p.s.actors[f.capital].ID
		default:
			continue
		}
		g := p.foundAt(f.j + 1)
		if g < 0 {
			continue
		}
		h := &p.found[g]
		state, country := "", ""
		if h.how != hDemonym && (h.typ == kPlace || h.typ == kCountry) {
			state = stateCountry[p.fold(h.i, h.j)]
		}
		if h.actor >= 0 && h.how == hAlias && p.s.actors[h.actor].Kind == kb.KindCountry {
			country = p.s.actors[h.actor].ID
			// a country must end the phrase ("Paris, France, said"), not
			// open a clause ("after talks in Beirut, Israel said")
			if e := h.j; e < len(p.toks) && p.toks[e].sent == p.toks[h.i].sent && p.toks[e].word() && !p.has(e, fLocPrep|fDate) {
				continue
			}
		}
		if state == home || country == home || state == "" && country == "" {
			continue
		}
		if state == "" {
			state = country
		}
		f.actor, f.capital, f.place, f.persons = -1, -1, -1, nil
		f.how, f.country, f.metonymy = hName, state, false
		f.key = "place:" + p.fold(f.i, f.j) + "@" + state
	}
}

// mannerAdverb reports whether w is an adverb in "-ly" that may stand
// between an acting capital and its verb ("Islamabad swiftly
// summoned"); "only", "early" and the like are not.
func mannerAdverb(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "family", "supply", "assembly", "italy", "july", "rally", "ally", "only", "early", "daily", "weekly", "monthly", "yearly", "likely", "friendly", "elderly", "holy", "lonely", "ugly", "reply":
		return false
	}
	return true
}

// perfectDeed reports whether "has", "have" or "had" at token j and a
// past participle at k make a deed done to something: the participle
// ends in -ed, is no change a place undergoes ("has changed", "had
// suffered"), and an object or a second verb follows ("had armed and
// trained the attackers", "has supplied drones to").
func (p *proc) perfectDeed(j, k int) bool {
	switch p.word(j) {
	case "has", "have", "had":
	default:
		return false
	}
	w := p.word(k)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "changed", "suffered", "endured", "experienced", "remained", "declined", "improved", "recovered",
		"emerged", "faced", "grown", "hosted", "welcomed", "witnessed", "seemed", "appeared", "calmed",
		"flooded", "burned", "boomed", "expanded", "reopened", "struggled", "lagged", "prospered":
		return false
	}
	n := k + 1
	if n >= len(p.toks) || !p.joined(n) {
		return false
	}
	if p.has(n, fDet) || p.is(n, p.s.w.and) || p.toks[n].cap() && p.foundAt(n) >= 0 {
		return true
	}
	// a bare object: "has supplied drones", not "has hardened considerably"
	o := p.word(n)
	return p.toks[n].word() && p.toks[n].shape&shLower != 0 && !p.has(n, fStop|fAux|fDate|fLocPrep) && !strings.HasSuffix(o, "ly") && len(o) > 2
}

// stateWordAt reports whether token k is (part of) a country's name or
// demonym the stage found.
func (p *proc) stateWordAt(k int) bool {
	c := p.cover[k]
	return c >= 0 && !p.found[c].dead && (p.found[c].typ == kCountry || p.found[c].how == hDemonym)
}

// placePrep reports whether w, before a one-word name, says the name is
// where something is or happens ("in Djibo", "near Djibo"): a person
// rarely follows these words.
func placePrep(w string) bool {
	switch w {
	case "in", "near", "outside", "around", "inside", "throughout":
		return true
	}
	return false
}

// anyNamedInFull reports whether the article names one of the KB persons
// as in full (namedInFull).
func (p *proc) anyNamedInFull(as []int32) bool {
	for _, a := range as {
		if p.namedInFull(a) {
			return true
		}
	}
	return false
}

// fileNouns follow a file format's initials ("a PNG image", "PDF files").
var fileNouns = map[string]bool{
	"image": true, "images": true, "file": true, "files": true, "format": true, "graphic": true, "graphics": true,
}

// verbSurname reports whether token j, a capitalised word that is also
// an auxiliary verb ("Were", "May", "Will", "Can"), is a family name
// after the one-word name before it: inside a sentence that is no
// headline, a verb does not open with a capital, and the word after it
// is a comma or a lower-case word ("Mugabe Were, a newly elected
// lawmaker", "Mugabe Were was killed").
func (p *proc) verbSurname(j int) bool {
	t := &p.toks[j]
	if t.sentStart || !t.cap() || t.upper() || t.poss || t.gap != gapSpace || p.tcover[j] >= 0 || p.headline(j) {
		return false
	}
	switch p.word(j) {
	case "Were", "May", "Will", "Can":
	default:
		return false
	}
	if j+1 >= len(p.toks) || p.toks[j+1].sent != t.sent {
		return false
	}
	return p.is(j+1, p.s.w.comma) || p.toks[j+1].word() && p.toks[j+1].shape&shLower != 0
}

// loneSurname reports whether token k is covered by a live one-word
// match of KB surnames only ("Jones" in "Smith-Jones").
func (p *proc) loneSurname(k int) bool {
	g := p.cover[k]
	if g < 0 {
		return false
	}
	f := &p.found[g]
	return !f.dead && f.surname && f.j-f.i == 1 && f.i == k
}
