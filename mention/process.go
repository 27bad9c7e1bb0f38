package mention

import (
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// A found is one candidate mention over the token range [i,j).
type found struct {
	i, j     int
	typ      string // doc.Type…
	actor    int32  // index into Stage.actors, -1 when unknown
	how      string
	capital  int32 // country whose capital this is, -1
	place    int32 // place actor among the candidates, -1
	persons  []int32
	surname  bool // only a KB person's surname matched: typed, not linked
	metonymy bool
	country  string // ISO3 for unlinked places and orgs, "" if unknown
	dead     bool   // absorbed into a longer mention
	key      string // grouping key for unlinked mentions
	joinTo   int    // index of the found this short form joins, -1
	claim    int    // index into claims, -1
	title    doc.Span
}

type titleHit struct {
	i, j int
	e    *titleEntry
}

// proc is the per-document state of one Process call.
type proc struct {
	s      *Stage
	text   string
	sents  []doc.Span
	toks   []token
	found  []found
	cover  []int32 // token → index into found, -1
	tcover []int32 // token → index into titles, -1
	titles []titleHit
	claims []doc.RoleClaim
	cfound []int // claim → index of the person found
	lower  map[string]bool
	headl  []bool // sentence → looks like a headline (title case)
}

// Process finds the mentions, entities and role claims of d.
func (s *Stage) Process(d *doc.Doc) error {
	if err := d.Need(doc.LayerText); err != nil {
		return err
	}
	if err := d.Need(doc.LayerSentences); err != nil {
		return err
	}
	p := procPool.Get().(*proc)
	defer p.release()
	p.s, p.text, p.sents = s, d.Text, d.Sentences
	p.toks = tokenize(d.Text, d.Sentences, s.v.lookup, p.toks[:0])
	p.cover = grow(p.cover, len(p.toks))
	p.tcover = grow(p.tcover, len(p.toks))
	p.markHeadlines(len(d.Sentences))
	p.matchNames()
	p.matchTitles()
	p.protectUnknown()
	if !s.opts.KBOnly {
		p.findRuns()
	}
	p.resolveCapitals()
	p.resolvePersons()
	p.buildClaims()
	if !s.opts.KBOnly {
		p.shortForms()
		p.guessSingles()
	}
	p.emit(d)
	d.Fill(doc.LayerMentions)
	return nil
}

// procPool recycles the per-document buffers of Process.
var procPool = sync.Pool{New: func() any { return new(proc) }}

// release clears p of references to the document and returns it to the
// pool, keeping its buffers.
func (p *proc) release() {
	const keep = 1 << 16 // do not pin the buffers of a huge document
	if cap(p.toks) > keep {
		p.toks = nil
	}
	*p = proc{toks: p.toks[:0], cover: p.cover[:0], tcover: p.tcover[:0], found: p.found[:0]}
	procPool.Put(p)
}

// grow returns s resized to n, every element -1.
func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = -1
	}
	return s
}

func (p *proc) word(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

func (p *proc) has(i int, f wordFlag) bool {
	return i >= 0 && i < len(p.toks) && p.s.v.has(p.toks[i].id, f)
}

func (p *proc) is(i int, id int32) bool { return i >= 0 && i < len(p.toks) && p.toks[i].id == id }

// joined reports whether token i follows token i-1 closely enough to be
// in the same name or phrase.
func (p *proc) joined(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].gap <= gapSpace && !p.toks[i-1].poss && p.toks[i].sent == p.toks[i-1].sent
}

func (p *proc) markHeadlines(nsent int) {
	if nsent == 0 {
		return
	}
	words := make([]int, nsent)
	caps := make([]int, nsent)
	for _, t := range p.toks {
		if t.sent < 0 || !t.word() || t.shape&shDigit != 0 {
			continue
		}
		words[t.sent]++
		if t.cap() && !p.s.v.has(t.id, fConnector) {
			caps[t.sent]++
		}
	}
	p.headl = make([]bool, nsent)
	for i := range words {
		p.headl[i] = words[i] >= 4 && caps[i]*10 >= words[i]*7 && !p.endsSentence(i)
	}
}

// endsSentence reports whether sentence si ends with sentence punctuation;
// headlines do not.
func (p *proc) endsSentence(si int) bool {
	s := p.sents[si]
	t := strings.TrimRight(p.text[s.Start:s.End], " \n\t\"'”’)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

func (p *proc) headline(i int) bool {
	s := p.toks[i].sent
	return s >= 0 && int(s) < len(p.headl) && p.headl[s]
}

// caseOK reports whether the text tokens from i satisfy e's case
// requirements.
func (p *proc) caseOK(i int, e *nameEntry) bool {
	for k := 0; k < int(e.ntok); k++ {
		t := p.toks[i+k]
		switch (e.req >> (2 * k)) & 3 {
		case reqCap:
			if !t.cap() {
				return false
			}
		case reqUpper:
			if !t.upper() {
				return false
			}
		}
		if e.exact != nil && e.exact[k] != "" && p.text[t.start:t.end] != e.exact[k] {
			return false
		}
	}
	return true
}

var kindType = map[string]string{
	kb.KindCountry:      doc.TypeCountry,
	kb.KindOrganization: doc.TypeOrganization,
	kb.KindArmedGroup:   doc.TypeArmedGroup,
	kb.KindPerson:       doc.TypePerson,
	kb.KindPlace:        doc.TypePlace,
}

var kindRank = map[string]int{
	kb.KindCountry: 5, kb.KindArmedGroup: 4, kb.KindOrganization: 3, kb.KindPlace: 2, kb.KindPerson: 1,
}

// matchNames finds KB names, leftmost-longest, over word tokens.
func (p *proc) matchNames() {
	s := p.s
	n := len(p.toks)
	for i := 0; i < n; {
		t := p.toks[i]
		node, ok := s.names.step(0, t.id)
		if !t.word() || !ok {
			i++
			continue
		}
		bestJ := -1
		var best []int32
		for j := i; ; {
			if outs := s.names.outs[node]; len(outs) > 0 {
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
			if j+1 >= n || p.toks[j].poss || p.toks[j+1].gap > gapSpace {
				break
			}
			node, ok = s.names.step(node, p.toks[j+1].id)
			if !ok {
				break
			}
			j++
		}
		if bestJ < 0 {
			i++
			continue
		}
		f := p.pick(i, bestJ, best)
		if i > 0 && f.typ != doc.TypePerson && f.how != HowDemonym && p.toks[i-1].cap() && p.cover[i-1] < 0 && p.toks[i].gap <= gapSpace && !p.toks[i-1].poss {
			switch w := strings.ToLower(p.word(i - 1)); {
			case w == "al" || w == "el":
				f.i = i - 1 // "Al Anbar", "El Salvador"
			case p.toks[i].gap == gapHyphen && (w == "ad" || w == "as" || w == "ar" || w == "az" || w == "ash" || w == "at" || w == "an"):
				f.i = i - 1 // "As-Suwayda"
			}
		}
		p.addFound(f)
		i = bestJ
	}
}

// pick turns the matching entries over [i,j) into a found.
func (p *proc) pick(i, j int, entries []int32) found {
	s := p.s
	f := found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1}
	bestRank := 0
	var bestHow nameHow
	var surnames []int32
	lexPlace := false
	for _, o := range entries {
		e := &s.entries[o]
		if e.how == nhPlace {
			lexPlace = true
			continue
		}
		a := s.actors[e.actor]
		switch {
		case e.how == nhCapital:
			f.capital = e.actor
			continue
		case e.how == nhSurname:
			if !containsI32(surnames, e.actor) {
				surnames = append(surnames, e.actor)
			}
			continue
		case a.Kind == kb.KindPerson:
			if !containsI32(f.persons, e.actor) {
				f.persons = append(f.persons, e.actor)
			}
			continue
		case a.Kind == kb.KindPlace && f.place < 0:
			f.place = e.actor
		}
		if r := kindRank[a.Kind]; r > bestRank || (r == bestRank && e.how == nhAlias && bestHow != nhAlias) {
			bestRank, bestHow, f.actor = r, e.how, e.actor
		}
	}
	if len(f.persons) == 0 && len(surnames) > 0 {
		f.persons, f.surname = surnames, true
	}
	switch {
	case f.actor >= 0 && (f.capital < 0 || s.actors[f.actor].Kind != kb.KindPlace):
		a := s.actors[f.actor]
		f.typ = kindType[a.Kind]
		f.how = HowAlias
		if bestHow == nhDemonym {
			f.how = HowDemonym
			f.typ = doc.TypeCountry
		}
	case f.capital >= 0:
		f.typ = doc.TypePlace // resolveCapitals decides
		f.how = HowCapital
	case lexPlace:
		f.typ, f.how = doc.TypePlace, HowAlias
		f.key = "place:" + p.fold(i, j)
	case len(f.persons) == 1 && !f.surname:
		f.actor = f.persons[0]
		f.typ = doc.TypePerson
		f.how = HowAlias
	default:
		f.typ = doc.TypePerson // ambiguous: resolvePersons decides
		f.how = HowAlias
	}
	return f
}

func containsI32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func (p *proc) addFound(f found) int {
	if f.joinTo == 0 && f.claim == 0 {
		f.joinTo, f.claim = -1, -1
	}
	p.found = append(p.found, f)
	k := len(p.found) - 1
	for t := f.i; t < f.j; t++ {
		p.cover[t] = int32(k)
	}
	return k
}

func (p *proc) kill(k int) {
	f := &p.found[k]
	f.dead = true
	for t := f.i; t < f.j; t++ {
		if p.cover[t] == int32(k) {
			p.cover[t] = -1
		}
	}
}

// matchTitles finds titles, case-insensitively, over tokens no name
// covers.
func (p *proc) matchTitles() {
	s := p.s
	n := len(p.toks)
	for i := 0; i < n; {
		node, ok := s.titles.step(0, p.toks[i].id)
		if !ok || p.cover[i] >= 0 {
			i++
			continue
		}
		bestJ, best := -1, int32(-1)
		for j := i; ; {
			if outs := s.titles.outs[node]; len(outs) > 0 {
				bestJ, best = j+1, outs[0]
			}
			if j+1 >= n || p.cover[j+1] >= 0 || p.toks[j+1].gap > gapSpace {
				break
			}
			node, ok = s.titles.step(node, p.toks[j+1].id)
			if !ok {
				break
			}
			j++
		}
		if bestJ < 0 {
			i++
			continue
		}
		p.titles = append(p.titles, titleHit{i: i, j: bestJ, e: &s.tentry[best]})
		for t := i; t < bestJ; t++ {
			p.tcover[t] = int32(len(p.titles) - 1)
		}
		i = bestJ
	}
}

// nameWord reports whether token i can be part of a capitalised name.
func (p *proc) nameWord(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	initial := t.end-t.start == 2 && p.text[t.end-1] == '.' // "A." in "John A. Corder"
	return t.word() && t.cap() && t.shape&shDigit == 0 && p.tcover[i] < 0 && (initial || !p.s.v.has(t.id, fStop))
}

// protectUnknown turns a KB person match that is only part of a longer
// capitalised name into an unknown person: "Mohammad Bagher Soltani" never
// links to another Soltani.
func (p *proc) protectUnknown() {
	for k := range p.found {
		f := &p.found[k]
		if !f.dead && f.j-f.i == 1 && (f.typ == doc.TypeOrganization || f.typ == doc.TypeArmedGroup) && f.i > 0 &&
			p.cover[f.i-1] < 0 && p.has(f.i-1, fGiven) && p.nameWord(f.i-1) && p.joined(f.i) {
			// "Richard Wagner" is a person, not the Wagner group
			g := found{i: f.i - 1, j: f.j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: HowName, typ: doc.TypePerson}
			g.key = "person:" + p.fold(g.i, g.j)
			p.kill(k)
			p.addFound(g)
			continue
		}
		if f.typ != doc.TypePerson || f.dead {
			continue
		}
		i, j := f.i, f.j
		for i > 0 && p.cover[i-1] < 0 && p.nameWord(i-1) && !p.has(i-1, fHonor|fDate) && p.joined(i) {
			i--
		}
		// To the right only a one-word match grows ("Soltani Rad"): a full
		// KB name followed by a family name ("Faisal bin Farhan Al Saud")
		// is still that person.
		for f.j-f.i == 1 && j < len(p.toks) && p.cover[j] < 0 && p.nameWord(j) && !p.has(j, fDate) && p.joined(j) {
			j++
		}
		if i == f.i && j == f.j {
			// "Faisal bin Farhan Al Saud": a family name after a full KB
			// name belongs to the same person
			if f.actor >= 0 && f.j-f.i >= 2 && j+1 < len(p.toks) && p.cover[j] < 0 && p.cover[j+1] < 0 && p.joined(j) && p.joined(j+1) && p.nameWord(j+1) {
				switch strings.ToLower(p.word(j)) {
				case "al", "bin", "ibn", "bint", "ben", "el":
					e := j + 2
					for e < len(p.toks) && p.cover[e] < 0 && p.nameWord(e) && p.joined(e) && !p.has(e, fDate) {
						e++
					}
					for t := f.j; t < e; t++ {
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
		g.i, g.j, g.actor, g.persons, g.how, g.dead = i, j, -1, nil, HowName, false
		g.key = "person:" + p.fold(i, j)
		p.addFound(g)
	}
}

// fold returns the folded text of tokens [i,j).
func (p *proc) fold(i, j int) string {
	return fold(p.text[p.toks[i].start:p.toks[j-1].end])
}

// fold is kb.Fold with a fast path for ASCII text (no Unicode
// normalisation needed); the result is the same.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return kb.Fold(s)
		}
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '`':
			continue
		case c == '-' || c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

func (p *proc) span(i, j int) doc.Span { return doc.Span{Start: p.toks[i].start, End: p.toks[j-1].end} }

// seenLower reports whether the article also writes w in lower case,
// which makes a capitalised w at a sentence start a common word. The set
// is built once, over the sentence-initial words only.
func (p *proc) seenLower(w string) bool {
	if p.lower == nil {
		p.lower = map[string]bool{}
		for _, t := range p.toks {
			if t.sentStart && t.cap() {
				p.lower[strings.ToLower(p.text[t.start:t.end])] = false
			}
		}
		for _, t := range p.toks {
			if t.word() && t.shape&shLower != 0 {
				if _, ok := p.lower[p.text[t.start:t.end]]; ok {
					p.lower[p.text[t.start:t.end]] = true
				}
			}
		}
	}
	return p.lower[strings.ToLower(w)]
}

// findRuns finds capitalised name sequences the KB does not cover and
// classifies them as person, organisation or place from cheap cues.
func (p *proc) findRuns() {
	n := len(p.toks)
	for i := 0; i < n; {
		if p.cover[i] >= 0 || !p.nameWord(i) || p.has(i, fDate) {
			i++
			continue
		}
		j := i + 1
		for j < n && (p.joined(j) || p.possInName(i, j)) {
			if p.cover[j] < 0 && (p.nameWord(j) || (p.toks[j].cap() && p.has(j, fDate) && p.tcover[j] < 0)) {
				j++
				continue
			}
			if p.has(j, fConnector) && p.cover[j] < 0 && p.tcover[j] < 0 && j+1 < n && p.joined(j+1) {
				k := j + 1
				if p.is(k, p.s.w.the) && k+1 < n && p.joined(k+1) {
					k++
				}
				if p.cover[k] < 0 && p.nameWord(k) {
					j = k + 1
					continue
				}
				// "Bank of Israel", "Gulf of Oman": absorb a KB country or place
				if p.is(j, p.s.w.of) && p.cover[k] >= 0 && p.has(j-1, fOrgCue|fPlaceCue|fMisc) {
					g := &p.found[p.cover[k]]
					if g.i == k && (g.typ == doc.TypeCountry || g.typ == doc.TypePlace) && g.how != HowDemonym {
						j = g.j
						p.kill(int(p.cover[k]))
						continue
					}
				}
			}
			break
		}
		// Split at "and", "for", "the" unless the run is an organisation or
		// place name; split at "and"/"&" even then when the part before is
		// a whole name ("Aabenraa County and Sønderborg County", "David
		// Christison & Lee Tate"), not "Ministry of Trade and Industry".
		cue := p.hasCue(i, j)
		for k := i + 1; k < j; k++ {
			if !p.has(k, fConnector) || p.is(k, p.s.w.of) || (p.toks[k].shape&shLower == 0 && p.word(k) != "&") {
				continue
			}
			w := p.word(k)
			whole := (w == "and" || w == "&") && (p.has(k-1, fOrgCue|fPlaceCue) || p.has(i, fGiven))
			if cue == "" && (w == "and" || w == "for" || w == "the" || w == "on" || w == "upon" || w == "&") || whole {
				j = k
				break
			}
		}
		for j > i+1 && p.has(j-1, fConnector) && p.toks[j-1].shape&shLower != 0 {
			j-- // "Amos Frumkin of"
		}
		// A capitalised common word opening a sentence is not a name.
		if p.toks[i].sentStart && !p.has(i, fGiven|fHonor) && p.seenLower(p.word(i)) {
			i++
			for i < j && p.has(i, fConnector) {
				i++
			}
			if i >= j {
				continue
			}
		}
		allHon := true
		for k := i; k < j; k++ {
			allHon = allHon && p.has(k, fHonor)
		}
		if allHon {
			i = j
			continue
		}
		// "Analyst Karim Benali": a role noun opening the run is not the name
		if j-i >= 2 && p.has(i, fRole) && p.hasCue(i, j) == "" {
			i++
		}
		// "Engineer John Greiner": words before a given name are not the name
		if j-i >= 3 && p.hasCue(i, j) == "" && !p.has(i, fGiven|fHonor|fPlacePrefix) {
			for k := i + 1; k < j-1; k++ {
				if p.has(k, fConnector) || p.has(k-1, fGiven) {
					break
				}
				if p.has(k, fGiven) {
					i = k
					break
				}
			}
		}
		// "Atlantic City", "Montreal Canadiens", "Israeli Defense Forces": a
		// place or country written before a name is part of it
		if g := p.foundEnding(i); g >= 0 && p.joined(i) && !p.has(i, fGiven|fHonor) {
			h := &p.found[g]
			cue := p.hasCue(i, j)
			if (h.typ == doc.TypePlace || (h.typ == doc.TypeCountry && !h.metonymy)) && (cue != "" || (h.how != HowDemonym && h.capital < 0)) && cue != typeMisc {
				hi := h.i
				p.kill(g)
				i = hi
				if cue == "" && p.classify(i, j) == "" {
					typ := doc.TypeOrganization
					if p.has(j-1, fPlaceCue) {
						typ = doc.TypePlace
					}
					k := p.addFound(found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: HowName, typ: typ, key: p.fold(i, j)})
					_ = k
					i = j
					continue
				}
			}
		}
		typ := p.classify(i, j)
		f := found{i: i, j: j, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: HowName, typ: typ}
		// strip honorifics in front of a person's name, then any particle
		// left in front ("Mayor of Brampton" → "Brampton")
		for typ != doc.TypeOrganization && f.i+1 < f.j && p.has(f.i, fHonor) {
			f.i++
			for f.i+1 < f.j && p.has(f.i, fConnector) && p.toks[f.i].shape&shLower != 0 {
				f.i++
			}
		}
		if f.j-f.i == 1 && p.toks[f.i].end-p.toks[f.i].start <= 2 && !p.toks[f.i].upper() {
			i = j
			continue // a lone letter or initial ("C", "D.") names nothing
		}
		f.key = p.fold(f.i, f.j)
		k := p.addFound(f)
		if f.typ == "" {
			p.kill(k) // kept for propagation only
		}
		i = j
	}
	p.propagate()
}

// possInName reports whether the possessive before token j is inside an
// organisation's name ("Tigray People's Liberation Front"): an
// organisation head word follows within three capitalised words.
func (p *proc) possInName(i, j int) bool {
	if j <= i || !p.toks[j-1].poss || p.toks[j].gap > gapSpace || !p.nameWord(j) {
		return false
	}
	for k := j; k < j+3 && k < len(p.toks) && p.nameWord(k); k++ {
		if p.has(k, fOrgCue) {
			return true
		}
		if p.toks[k].poss {
			return false
		}
	}
	return false
}

// hasCue returns the type a head word of [i,j) implies, or "".
func (p *proc) hasCue(i, j int) string {
	if j < len(p.toks) && p.toks[j].shape&shDigit != 0 && p.toks[j].gap <= gapHyphen && !p.toks[j-1].poss && p.toks[j].word() {
		return typeMisc // "Boeing 737": a product or model
	}
	if j-i < 2 {
		return "" // "City", "League" alone name nothing
	}
	head := j - 1
	for k := i + 1; k < j; k++ {
		if p.is(k, p.s.w.of) || p.is(k, p.s.w.forw) || p.is(k, p.s.w.on) {
			head = k - 1
			break
		}
	}
	switch {
	case p.has(head, fMisc) && p.toks[head].cap():
		return typeMisc
	case p.has(head, fOrgCue):
		return doc.TypeOrganization
	case p.has(head, fPlaceCue):
		return doc.TypePlace
	case p.has(j-1, fOrgSuffix) && j-i > 1:
		return doc.TypeOrganization
	case p.hasDigit(i, j) || (j < len(p.toks) && p.toks[j].shape&shDigit != 0 && p.toks[j].gap <= gapHyphen && !p.toks[j-1].poss):
		return typeMisc // "Airbus A380", "Boeing 737": products and models
	case j-i > 1 && p.has(i, fPlaceCue|fPlacePrefix) && !p.has(i, fOrgCue|fGiven):
		return doc.TypePlace
	}
	return ""
}

func (p *proc) hasDigit(i, j int) bool {
	for k := i; k < j; k++ {
		if p.toks[k].shape&shDigit != 0 || strings.ContainsAny(p.word(k), "0123456789") {
			return true
		}
	}
	return false
}

// guessSingles types one-word names no cue classified: a word written
// capitalised mid-sentence at least twice, or followed by a reporting
// verb or a possessive, names an organisation ("Boeing said", "Apple's").
// Surnames were joined to their person by shortForms before.
func (p *proc) guessSingles() {
	count := map[string]int{}
	cue := map[string]bool{}
	single := func(f *found) bool {
		return f.how == HowName && f.typ == "" && f.joinTo < 0 && f.j-f.i == 1 && !p.has(f.i, fGiven|fHonor|fRole|fPlacePrefix|fOrgCue|fPlaceCue|fMisc|fGroupAdj|fConnector)
	}
	place := map[string]bool{}
	for g := range p.found {
		f := &p.found[g]
		if !single(f) {
			continue
		}
		if !p.toks[f.i].sentStart && !p.headline(f.i) {
			count[f.key]++
		}
		if p.placeContext(f.i, f.j) || placeSuffix(p.word(f.i)) {
			place[f.key] = true
		}
		if p.cueAfter(f.j) && (!p.toks[f.i].sentStart || !commonShape(p.word(f.i))) {
			cue[f.key] = true // "Boeing said", not "Recent reports" or "Negotiators said"
		}
	}
	// A word repeated alone that ends a two- or three-word name is that
	// name's surname: the name is a person ("Dewa Budjana" … "Budjana").
	// A word that opens a typed name is its short form ("Northrop").
	last := map[string]int{}
	first := map[string]int{}
	for g := range p.found {
		f := &p.found[g]
		if f.how != HowName || f.joinTo >= 0 || f.j-f.i < 2 || f.j-f.i > 3 || (f.typ != "" && f.typ != doc.TypePerson) {
			if f.how == HowName && f.typ != "" && !f.dead && f.j-f.i >= 2 && f.joinTo < 0 {
				first[strings.Fields(f.key)[0]] = g + 1
			}
			continue
		}
		w := strings.Fields(f.key)
		if len(w) == 0 {
			continue
		}
		if k, ok := last[w[len(w)-1]]; ok && k != g {
			last[w[len(w)-1]] = -1 // two names end with it: ambiguous
		} else {
			last[w[len(w)-1]] = g
		}
		if f.typ != "" && !f.dead {
			first[w[0]] = g + 1
		}
	}
	revive := func(g int, typ string) {
		f := &p.found[g]
		for t := f.i; t < f.j; t++ {
			if p.cover[t] >= 0 && int(p.cover[t]) != g {
				return
			}
		}
		f.typ, f.dead = typ, false
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
	}
	for g := range p.found {
		f := &p.found[g]
		if !single(f) || p.cover[f.i] >= 0 {
			continue
		}
		if r, ok := last[f.key]; ok && r >= 0 && count[f.key]+btoi(cue[f.key]) >= 1 {
			revive(r, doc.TypePerson)
			if !p.found[r].dead {
				f.joinTo, f.how = r, HowShortForm
				revive(g, doc.TypePerson)
				continue
			}
		}
		if r := first[f.key] - 1; r >= 0 && !p.found[r].dead {
			f.joinTo = r
			revive(g, p.found[r].typ)
			continue
		}
		switch {
		case place[f.key]:
			revive(g, doc.TypePlace)
		case count[f.key] >= 2 || cue[f.key]:
			revive(g, doc.TypeOrganization)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// placeContext reports whether the name over [i,j) sits where places do:
// after "in", "near", "at", "from", "to" …, or before ", <state or place>"
// ("Reading, Pennsylvania").
func (p *proc) placeContext(i, j int) bool {
	if i > 0 && p.toks[i-1].shape&shLower != 0 && p.joined(i) {
		switch p.word(i - 1) { // not "at", "from", "to": "a statement from Apple"
		case "in", "near", "outside", "inside", "across", "throughout", "around", "towards", "toward":
			return true
		}
	}
	// "the region of Tigray", "the town of Safina"
	if i >= 2 && p.is(i-1, p.s.w.of) && p.has(i-2, fPlaceCue) && p.toks[i-2].shape&shLower != 0 {
		return true
	}
	if p.is(j, p.s.w.comma) {
		if g := p.foundAt(j + 1); g >= 0 && p.found[g].how != HowDemonym && (p.found[g].typ == doc.TypePlace || p.found[g].typ == doc.TypeCountry) {
			return true
		}
	}
	return false
}

// commonShape reports whether a word ends like an English adjective or a
// plural common noun ("Recent", "Negotiators", "Officials"), so that,
// capitalised at a sentence start, it is probably not a name.
func commonShape(w string) bool {
	w = strings.ToLower(w)
	if len(w) < 5 {
		return false
	}
	for _, s := range []string{"ers", "ors", "ists", "ants", "ents", "ians", "als", "ics", "ives", "ees", "ies",
		"ent", "ant", "al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ed", "ly"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// placeSuffix reports whether a word ends like a place name
// ("Lincolnshire", "Jacksonville", "Hyderabad").
func placeSuffix(w string) bool {
	w = strings.ToLower(w)
	for _, s := range []string{"shire", "ville", "burg", "bourg", "borough", "abad", "grad", "polis", "stan", "istan"} {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// cueAfter reports whether a reporting or action verb follows token j
// (after up to two auxiliaries).
func (p *proc) cueAfter(k int) bool {
	for m := 0; m < 2 && k < len(p.toks) && p.has(k, fAux) && p.toks[k].shape&shLower != 0; m++ {
		k++
	}
	return k < len(p.toks) && p.has(k, fCue) && p.toks[k].shape&shLower != 0
}

// typeMisc marks runs that name events or works; they are not emitted.
const typeMisc = "misc"

// classify guesses the type of an unknown capitalised run [i,j), or "".
func (p *proc) classify(i, j int) string {
	w := p.s.w
	if p.headline(i) {
		return "" // Title Case Headlines capitalise every word: only names seen elsewhere count
	}
	if c := p.hasCue(i, j); c != "" {
		if c == typeMisc {
			return ""
		}
		return c
	}
	if allFlag := func() bool {
		for k := i; k < j; k++ {
			if !p.has(k, fGroupAdj|fConnector) {
				return false
			}
		}
		return true
	}(); allFlag {
		return "" // "Kurdish", "Sunni Arab": no entity
	}
	for k := i + 1; k < j-1; k++ {
		if t := p.toks[k]; t.end-t.start == 2 && p.text[t.end-1] == '.' {
			return doc.TypePerson // a middle initial: "George F. Hauser"
		}
	}
	hon := i
	for hon < j && p.has(hon, fHonor) {
		hon++
	}
	if hon > i && hon < j {
		return doc.TypePerson
	}
	n := j - i
	// after a title (and honorifics), or after "said" in inversion
	k := i - 1
	for k >= 0 && (p.has(k, fHonor) && p.cover[k] < 0 || p.is(k, w.designate) || p.is(k, w.elect)) {
		k--
	}
	if k >= 0 && p.tcover[k] >= 0 && p.titles[p.tcover[k]].j == k+1 {
		return doc.TypePerson
	}
	if p.is(i-1, w.said) || p.is(i-1, w.says) {
		return doc.TypePerson
	}
	if i > 0 && p.joined(i) && p.cover[i-1] < 0 && p.has(i-1, fHonor|fRole) && !p.has(i, fPlacePrefix) {
		return doc.TypePerson // "analyst Karim Benali", "Sheikh Tamim"
	}
	if n >= 2 && p.has(i, fGiven) {
		return doc.TypePerson
	}
	if p.is(j, w.comma) && p.is(j+1, w.who) {
		return doc.TypePerson
	}
	// "Karim Benali, a political analyst," / "Jane Roe, the group's spokeswoman"
	if p.is(j, w.comma) && p.has(j+1, fDet) {
		for k := j + 2; k < j+6 && k < len(p.toks) && p.toks[k].word() && p.toks[k].shape&shLower != 0; k++ {
			if p.has(k, fRole) {
				return doc.TypePerson
			}
		}
	}
	if p.headline(i) {
		return ""
	}
	if i > 0 && p.toks[i-1].shape&shLower != 0 && p.joined(i) {
		switch p.word(i - 1) {
		case "in", "near", "outside", "across", "throughout", "inside", "into", "towards", "toward", "around":
			if !p.has(i, fGiven) {
				return doc.TypePlace
			}
		}
	}
	cue := false
	k = j
	for m := 0; m < 2 && k < len(p.toks) && p.has(k, fAux) && p.toks[k].shape&shLower != 0; m++ {
		k++
	}
	if k < len(p.toks) && p.has(k, fCue) && p.toks[k].shape&shLower != 0 {
		cue = true
	}
	if p.is(i-1, w.by) || (p.is(i-1, w.to) && p.is(i-2, w.according)) {
		cue = true
	}
	if n == 1 && p.toks[i].upper() && p.toks[i].end-p.toks[i].start >= 3 && p.toks[i].end-p.toks[i].start <= 6 && !p.has(i, fAcronym) {
		return doc.TypeOrganization
	}
	if cue && n >= 2 {
		return doc.TypePerson
	}
	if placeSuffix(p.word(j - 1)) {
		return doc.TypePlace
	}
	if n >= 2 && n <= 3 && !p.toks[i].sentStart {
		return "" // no cue: a name, but of what is unknown
	}
	return ""
}

// propagate gives unclassified runs the type the same name has elsewhere
// in the article.
func (p *proc) propagate() {
	typeOf := map[string]string{}
	for _, f := range p.found {
		if f.actor < 0 && f.how == HowName && f.typ != "" && !f.dead {
			if _, ok := typeOf[f.key]; !ok {
				typeOf[f.key] = f.typ
			}
		}
	}
	for k := range p.found {
		f := &p.found[k]
		if f.how != HowName || f.typ != "" {
			continue
		}
		if t, ok := typeOf[f.key]; ok {
			f.typ, f.dead = t, false
			for t := f.i; t < f.j; t++ {
				p.cover[t] = int32(k)
			}
		}
	}
}

// resolveCapitals decides, for each capital, whether it names the
// government ("Tehran denied", "Tehran's proxies") or the city ("talks in
// Beijing").
func (p *proc) resolveCapitals() {
	for k := range p.found {
		f := &p.found[k]
		if f.dead || f.how != HowCapital || f.capital < 0 {
			continue
		}
		c := p.s.actors[f.capital]
		if p.capitalActs(f.i, f.j) {
			f.actor, f.typ, f.metonymy = f.capital, doc.TypeCountry, true
			continue
		}
		f.typ = doc.TypePlace
		f.how = HowAlias
		f.country = countryCode(c)
		if f.place >= 0 {
			f.actor = f.place
		} else {
			f.actor = -1
			f.key = "place:" + p.fold(f.i, f.j)
		}
	}
}

func (p *proc) capitalActs(i, j int) bool {
	if i > 0 && p.toks[i-1].shape&shLower != 0 && p.has(i-1, fLocPrep) {
		return false
	}
	if p.toks[j-1].poss {
		return true
	}
	k := j
	for m := 0; m < 2 && k < len(p.toks) && p.has(k, fAux) && p.toks[k].shape&shLower != 0; m++ {
		k++
	}
	return k < len(p.toks) && p.has(k, fCue) && p.toks[k].shape&shLower != 0
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
	named := map[int32]bool{}
	for _, f := range p.found {
		if !f.dead && f.typ == doc.TypePerson && f.actor >= 0 {
			named[f.actor] = true
		}
	}
	for k := range p.found {
		f := &p.found[k]
		if f.dead || f.typ != doc.TypePerson || f.actor >= 0 || (len(f.persons) < 2 && !f.surname) {
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
		if pick >= 0 {
			f.actor = pick
			if f.surname {
				f.how = HowShortForm
			}
			continue
		}
		f.how = HowName
		f.key = "person:" + p.fold(f.i, f.j)
	}
}

// foundAt returns the live found starting at token i, or -1.
func (p *proc) foundAt(i int) int {
	if i < 0 || i >= len(p.toks) || p.cover[i] < 0 {
		return -1
	}
	k := int(p.cover[i])
	if p.found[k].i != i || p.found[k].dead {
		return -1
	}
	return k
}

// foundEnding returns the live found ending at token j-1, or -1.
func (p *proc) foundEnding(j int) int {
	if j <= 0 || j > len(p.toks) || p.cover[j-1] < 0 {
		return -1
	}
	k := int(p.cover[j-1])
	if p.found[k].j != j || p.found[k].dead {
		return -1
	}
	return k
}

func sortFound(fs []found) {
	sort.SliceStable(fs, func(a, b int) bool { return fs[a].i < fs[b].i })
}
