package mention

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/doc"
)

// shortForms joins a surname or partial name ("Abdollahian", "Bennett")
// to the person the article names in full, and a parenthesised acronym to
// the organisation before it.
func (p *proc) shortForms() {
	people := p.people[:0]
	defer func() { p.people = people[:0] }()
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kPerson || f.j-f.i < 2 {
			continue
		}
		people = append(people, personWords{p.foldWords(f.i, f.j), g})
		if f.actor >= 0 {
			people = append(people, personWords{p.s.nameWords[f.actor], g})
		}
	}
	// kinNamesake's and leaderNamesake's answers for a one-word short
	// form, kept in a long document while gen (the joins of names among
	// people) stays the same
	type namesakes struct{ gen, kin, leader int }
	var namesakeMemo map[string]namesakes
	gen := 0
	// A long document names thousands of people: a short form is then
	// compared only with the names that end in its last word.
	var byLast map[string][]int32
	if len(people) > manyPeopleAt {
		byLast = make(map[string][]int32)
		for pi := range people {
			if w := people[pi].words; len(w) > 0 {
				byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], int32(pi))
			}
		}
	}
	for g := range p.found {
		f := &p.found[g]
		// a one-word KB alias ("Soltani") after an unknown full name
		// ("Mohammad Bagher Soltani") is that person, not the KB's
		// (also one resolvePersons dropped because the KB person is not
		// named in full: "Sean Payne … Payne sings" is Sean Payne)
		dropped := f.dead && f.surname && f.how == hAlias && f.typ == kPerson && f.j-f.i == 1 && p.cover[f.i] < 0 &&
			!(p.joined(f.j) && p.toks[f.j].cap()) && !(p.joined(f.i) && p.toks[f.i-1].cap()) // not inside a longer name ("Wong Kwok-kin")
		single := dropped || !f.dead && f.typ == kPerson && f.actor >= 0 && f.j-f.i == 1
		// a one-word listed company or school ("McDonald", "Stanford")
		// after a person's full name that ends with it is that person
		// ("Lauren McDonald … McDonald said")
		listed := !f.dead && f.typ == kOrganization && f.how == hAlias && f.actor < 0 && f.j-f.i == 1 && f.joinTo < 0 &&
			!(p.joined(f.j) && p.toks[f.j].cap()) && !(p.joined(f.i) && p.toks[f.i-1].cap() && !p.toks[f.i-1].sentStart) && !p.locBefore(f.i)
		// a one-word KB place after an unknown person's full name that
		// ends with it, where no preposition places it, is that person
		// ("Valeska Paris … Paris said")
		place := !f.dead && (f.typ == kPlace || f.typ == kCountry) && (f.how == hAlias || f.how == hCapital) && f.j-f.i == 1 && f.joinTo < 0 && !p.is(f.i-1, p.s.w.of) &&
			!(p.joined(f.j) && p.toks[f.j].cap()) && !(p.joined(f.i) && p.toks[f.i-1].cap() && !p.toks[f.i-1].sentStart) && !p.locBefore(f.i) && !p.toks[f.i].upper()
		listed = listed || place
		if !single && !listed && (f.how != hName || (f.typ != kNone && f.typ != kPerson) || f.joinTo >= 0) {
			continue
		}
		var words []string
		if single || listed {
			words = p.foldWords(f.i, f.j)
		} else {
			// a KB surname no KB person took ("Carter") is keyed
			// "person:carter": its words are the name's
			words = p.fields(strings.TrimPrefix(f.key, "person:"))
		}
		target := -1
		var targetWords []string
		// last turns most people away before suffix is called: their
		// last word is another
		last := ""
		if len(words) > 0 {
			last = words[len(words)-1]
		}
		all := byLast == nil || len(words) == 0
		var idx []int32
		n := len(people)
		if !all {
			idx = byLast[last]
			n = len(idx)
		}
		for x := 0; x < n; x++ {
			pi := x
			if !all {
				pi = int(idx[x])
			}
			pe := &people[pi]
			if pe.found == g || len(pe.words) <= len(words) || len(words) > 0 && pe.words[len(pe.words)-1] != last || !suffix(pe.words, words) {
				continue
			}
			if target >= 0 && p.root(target) != p.root(pe.found) && !slices.Equal(targetWords, pe.words) {
				target = -2 // two different people end with it
				break
			}
			if target < 0 {
				target, targetWords = pe.found, pe.words
			}
		}
		var cands []personWords // the people who may end with words, in order
		candidates := func() []personWords {
			switch {
			case cands != nil:
			case all:
				cands = people
			default:
				// the same people in the same order: only those ending
				// in last can end with words
				cands = make([]personWords, len(idx))
				for x, pi := range idx {
					cands[x] = people[pi]
				}
			}
			return cands
		}
		if target == -2 && !single {
			kin, leader := -1, -1
			if m, ok := namesakeMemo[last]; ok && m.gen == gen && !all && f.j-f.i == 1 && len(words) == 1 {
				kin, leader = m.kin, m.leader
			} else {
				cands := candidates()
				kin = p.kinNamesake(cands, g, words)
				if kin < 0 {
					leader = p.leaderNamesake(cands, g, words)
				}
				if !all && f.j-f.i == 1 && len(words) == 1 {
					// a long document repeats the surname: the answer
					// holds until a name among people is joined (gen)
					if namesakeMemo == nil {
						namesakeMemo = map[string]namesakes{}
					}
					namesakeMemo[last] = namesakes{gen, kin, leader}
				}
			}
			if kin >= 0 {
				target = kin // "Bush" after "George W. Bush, the son of President George H. W. Bush"
			} else if leader >= 0 {
				target = leader // "Rajapaksa" after the president and his brother
			}
		}
		if target == -2 && !single {
			if t := p.namedBeforeNamesake(candidates(), g, words); t >= 0 {
				target = t // "Moise" after "Jovenel Moise", before "Martine Moise"
			}
		}
		if target == -2 && !single {
			// "Bobick" after "Duane Bobick" and "Rodney Bobick": a person,
			// but which one is unknown
			f.typ = kPerson
			if f.dead {
				f.dead = false
				for t := f.i; t < f.j; t++ {
					p.cover[t] = int32(g)
				}
			}
			continue
		}
		if target < 0 || listed && (target == -2 || p.found[target].i > f.i) {
			continue
		}
		if place && (p.found[target].actor >= 0 || p.found[target].how != hName) {
			continue // a KB person's namesake place stays the place
		}
		if listed {
			f.actor, f.persons, f.possEnd, f.capital, f.metonymy, f.country = -1, nil, false, -1, false, "" // "McDonald's violations": the person's name ends before "'s"
		}
		if single {
			if !dropped && p.found[p.root(target)].actor == f.actor {
				continue
			}
			// a one-word alias of a KB person the article never names
			// in full, after another KB person's full name that ends
			// with it, is that person ("Abdullah Abdullah … a council
			// with Abdullah": not the Malaysian king the alias names);
			// a title before it ("King Abdullah") keeps the alias
			if p.found[target].actor >= 0 && (dropped || f.how != hAlias || p.found[p.root(target)].actor < 0 ||
				f.i > 0 && p.toks[f.i-1].cap() || p.namedInFull(f.actor)) {
				continue
			}
			f.actor, f.persons = -1, nil
		}
		f.typ, f.how, f.joinTo = kPerson, hShortForm, target
		if f.j-f.i >= 2 {
			gen++ // a name among people now has another root
		}
		if f.dead {
			f.dead = false
			for t := f.i; t < f.j; t++ {
				p.cover[t] = int32(g)
			}
		}
	}
	// "European Aeronautic Defence and Space Company (EADS)", and the
	// acronym's later repeats ("DUP leader Arlene Foster")
	var defined map[string]int
	var events map[string]bool
	for g := range p.found {
		f := &p.found[g]
		if f.how != hName || f.j-f.i != 1 || !p.toks[f.i].upper() || f.actor >= 0 {
			continue
		}
		if events[f.key] && f.joinTo < 0 {
			p.dropFound(g) // "At WWDC, Apple showed": the event again
			continue
		}
		if p.is(f.i-1, p.s.w.lparen) && p.is(f.j, p.s.w.rparen) && f.i >= 2 && p.toks[f.i-2].cap() && eventHead(p.word(f.i-2)) {
			// "the World Wide Developers Conference (WWDC)": the
			// acronym of an event or a treaty, no organisation
			if events == nil {
				events = map[string]bool{}
			}
			events[f.key] = true
			p.dropFound(g)
			continue
		}
		if !p.is(f.i-1, p.s.w.lparen) || !p.is(f.j, p.s.w.rparen) {
			// a repeat nothing else took (dead, its token free), one
			// typed the same, one a preposition made a place ("fly in
			// RAF livery"), or a facility's acronym the article made a
			// body ("the JSC will receive"): the defined name
			if h, ok := defined[f.key]; ok && f.joinTo < 0 && (f.dead && p.cover[f.i] < 0 || !f.dead && (f.typ == p.found[h].typ || f.typ == kPlace && !p.is(f.i-1, p.s.w.comma) || f.typ == kOrganization && p.found[h].typ == kPlace)) {
				f.typ, f.joinTo, f.dead = p.found[h].typ, h, false
				p.cover[f.i] = int32(g)
			}
			continue
		}
		h := p.acronymOwner(p.foundEnding(f.i - 1))
		if h < 0 || (p.found[h].typ != kOrganization && p.found[h].typ != kArmedGroup && !p.facilityName(h)) {
			continue // a facility's acronym names it too: "Kennedy Space Center (KSC)"
		}
		f.typ, f.joinTo, f.dead = p.found[h].typ, h, false
		p.cover[f.i] = int32(g)
		if defined == nil {
			defined = map[string]int{}
		}
		defined[f.key] = h
	}
	p.initialsJoins()
}

// facilityName reports whether p.found[h] is an unlinked place named by
// several words, a facility or venue the stage typed a place ("Kennedy
// Space Center", "Changi International Airport"), whose parenthesised
// acronym names the same place.
func (p *proc) facilityName(h int) bool {
	f := &p.found[h]
	return f.typ == kPlace && f.actor < 0 && f.how == hName && f.j-f.i >= 2
}

// dropFound drops p.found[g]: it is no mention, and its tokens are free.
func (p *proc) dropFound(g int) {
	f := &p.found[g]
	f.dead = true
	for t := f.i; t < f.j; t++ {
		if p.cover[t] == int32(g) {
			p.cover[t] = -1
		}
	}
}

// eventHead reports whether w, capitalised, ends the name of an event
// or an agreement whose acronym follows it in parentheses ("World Wide
// Developers Conference (WWDC)", "Comprehensive Test Ban Treaty
// (CTBT)"): such an acronym names no organisation.
func eventHead(w string) bool {
	switch w {
	case "Conference", "Summit", "Games", "Olympics", "Festival", "Act", "Treaty", "Agreement",
		"Accord", "Accords", "Protocol", "Declaration", "Operation", "Exhibition", "Expo",
		"Championship", "Championships", "Cup", "Show", "Fair":
		return true
	}
	return false
}

// initialsJoins joins an all-capitals word to the organisation or armed
// group named in full earlier in the document whose capitalised words,
// hyphenated parts counted, begin with its letters ("Pakistan
// Tehreek-e-Insaf … PTI leaders", "Tigray People's Liberation Front …
// TPLF"): party and agency acronyms after the first full mention are
// standard news style. A word several earlier names abbreviate, or one
// the KB knows, stays apart.
func (p *proc) initialsJoins() {
	var byInit map[string][]int32
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.how != hName || f.j-f.i != 1 || f.joinTo >= 0 || f.actor >= 0 || !p.toks[f.i].upper() {
			continue
		}
		if f.typ != kNone && f.typ != kOrganization && f.typ != kArmedGroup {
			continue
		}
		w := p.word(f.i)
		if len(w) < 2 || len(w) > 6 {
			continue
		}
		target := -1
		n := len(p.found)
		var idx []int32
		if manyFound(p.found) {
			// a long document: only the organisations with these
			// initials (in found order, so the answer is the same)
			if byInit == nil {
				byInit = p.orgInitials()
			}
			idx = byInit[w]
			n = len(idx)
		}
		for x := 0; x < n; x++ {
			h := x
			if idx != nil {
				h = int(idx[x])
			}
			e := &p.found[h]
			if e.dead || e.i >= f.i || e.j-e.i < 1 || e.joinTo >= 0 || e.typ != kOrganization && e.typ != kArmedGroup {
				continue
			}
			if idx == nil && initialsOf(p.text[p.toks[e.i].start:p.toks[e.j-1].end]) != w {
				continue
			}
			if target >= 0 && p.root(target) != p.root(h) {
				target = -2
				break
			}
			target = h
		}
		if target < 0 {
			continue
		}
		f.typ, f.joinTo = p.found[target].typ, target
	}
}

// orgInitials indexes the organisations and armed groups found by their
// initials (initialsOf), each list in found order. Only a found already
// typed so can be a target of initialsJoins, which types nothing but the
// acronyms it joins.
func (p *proc) orgInitials() map[string][]int32 {
	by := map[string][]int32{}
	for h := range p.found {
		e := &p.found[h]
		if e.dead || e.j-e.i < 1 || e.joinTo >= 0 || e.typ != kOrganization && e.typ != kArmedGroup {
			continue
		}
		if in := initialsOf(p.text[p.toks[e.i].start:p.toks[e.j-1].end]); in != "" {
			by[in] = append(by[in], int32(h))
		}
	}
	return by
}

// manyFound reports whether a document names so many things that the
// passes comparing each name with all others switch to an index (or a
// memo) of them: a short article keeps the plain loops. Both give the
// same answers (TestIndexedPassesSame).
func manyFound(found []found) bool { return len(found) > manyAt }

// manyAt is manyFound's threshold, manyPeopleAt shortForms' for its
// people (variables for the tests).
var manyAt, manyPeopleAt = 256, 64

// initialsOf returns the first letters of the capitalised words and
// hyphenated parts of name ("Pakistan Tehreek-e-Insaf": "PTI"), or ""
// when the name has fewer than two such parts.
func initialsOf(name string) string {
	var b strings.Builder
	n := 0
	start := true
	for _, r := range name {
		switch {
		case r == ' ' || r == '-':
			start = true
			continue
		case start && unicode.IsUpper(r):
			if r >= utf8.RuneSelf {
				return ""
			}
			b.WriteRune(r)
			n++
		}
		start = false
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// personWords is a person's found and the folded words of a name it
// goes by, for shortForms.
type personWords struct {
	words []string
	found int
}

// datelinePlace makes the later mentions of an article's dateline place
// ("MARACAIBO, Venezuela (Reuters) —") that a weak cue typed otherwise
// ("said Maracaibo was tense") mentions of that place. A name a title
// claims ("Mayor Maracaibo") keeps its type.
func (p *proc) datelinePlace() {
	dl := p.datelineFound(func(f *found) bool { return f.typ == kPlace && f.actor < 0 })
	if dl < 0 {
		return
	}
	d := &p.found[dl]
	name := p.fold(d.i, d.j)
	for g := range p.found {
		f := &p.found[g]
		if g == dl || f.dead || f.actor >= 0 || f.claim >= 0 || f.joinTo >= 0 || f.typ == kPlace || f.typ == kNone || f.how != hName || f.j-f.i != d.j-d.i {
			continue
		}
		if f.i > 0 && p.has(f.i-1, fHonor) {
			continue
		}
		if p.fold(f.i, f.j) == name {
			f.typ, f.joinTo = kPlace, dl
		}
	}
}

// datelineAgency drops the news agency a wire dateline names in brackets
// before its dash ("DAMASCUS (AFP) -", "NARA, Japan, July 8 (Reuters)
// -"): it is the story's source, like its author, not an actor in it.
// The dateline is an all-capital place opening its sentence, at most a
// dozen tokens before the bracket.
func (p *proc) datelineAgency() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.actor >= 0 || f.typ == kNone || f.i < 2 || f.j+1 >= len(p.toks) || p.word(f.i-1) != "(" || p.word(f.j) != ")" {
			continue
		}
		switch p.word(f.j + 1) {
		case "-", "–", "—", "--":
		default:
			continue
		}
		start := -1
		for k := f.i - 2; k >= 0 && k >= f.i-13; k-- {
			if p.toks[k].sentStart {
				start = k
				break
			}
		}
		if start >= 0 && p.toks[start].word() && p.allUpper(start, start+1) && len(p.word(start)) > 1 {
			f.dead = true
		}
	}
}

func suffix(full, part []string) bool {
	off := len(full) - len(part)
	for i := range part {
		if full[off+i] != part[i] {
			return false
		}
	}
	return true
}

// root follows joinTo links to the found that names the entity in full.
func (p *proc) root(g int) int {
	for n := 0; p.found[g].joinTo >= 0 && n < 8; n++ {
		g = p.found[g].joinTo
	}
	return g
}

// entKey groups the mentions of an entity not in the KB: its type and
// its grouping key.
type entKey struct {
	typ kind
	key string
}

// emit writes mentions, entities and role claims to d.
func (p *proc) emit(d *doc.Doc) {
	p.actsMemo = p.actsMemo[:0] // countryActs sizes it for the document's tokens
	live := p.live[:0]
	for g := range p.found {
		if !p.found[g].dead && p.found[g].typ != kNone {
			live = append(live, g)
		}
	}
	p.live = live
	sortByStart(live, p.found)
	mentionOf := p.mentionOf[:0] // found → mention index, -1
	for range p.found {
		mentionOf = append(mentionOf, -1)
	}
	p.mentionOf = mentionOf
	if p.keyEnt == nil {
		p.keyEnt = map[entKey]int{}
	}
	clear(p.keyEnt)
	if len(p.actorEnts) < len(p.s.entSlot) { // the pool's proc may have served a smaller KB's stage
		p.actorEnts = make([]int32, len(p.s.entSlot))
	}
	actorEnts := p.actorEnts
	d.Mentions = d.Mentions[:0]
	if n := len(live); n > 0 && cap(d.Mentions) < n {
		d.Mentions = make([]doc.Mention, 0, n)
	}
	// entities are gathered in p.ents, then copied into a slice of their
	// exact number (an article names fewer entities than it has mentions)
	ents := p.ents[:0]
	for _, g := range live {
		f := &p.found[g]
		r := p.root(g)
		rf := &p.found[r]
		actor := f.actor
		if actor < 0 && rf.actor >= 0 {
			actor = rf.actor
		}
		// the mention is filled in place: building it in a local and
		// copying it in stalls on store forwarding
		mentionOf[g] = len(d.Mentions)
		d.Mentions = append(d.Mentions, doc.Mention{Span: p.span(f.i, f.j), Type: f.typ.String(), How: f.how.String(), Metonymy: f.metonymy, Role: f.claim, Entity: -1})
		m := &d.Mentions[len(d.Mentions)-1]
		if f.typ == kCountry && f.how == hAlias {
			m.Acts = p.countryActs(f.i, f.j)
		}
		if f.possEnd {
			m.Span.End = p.possEnd(f.j - 1) // "Moody's"
		}
		if e := p.possName(f); e > 0 {
			m.Span.End = e
		}
		if t := p.titleOpening(f); t > f.i {
			m.Span.Start = p.toks[t].start // "King Mohammed VI": the title is no part of the name
		}
		m.Text = p.text[m.Span.Start:m.Span.End]
		var name, country string
		var key entKey
		if actor >= 0 {
			a := p.s.actors[actor]
			m.KBID = a.ID
			name = a.Name
			country = countryCode(a)
			if a.Kind != "country" && a.Kind != "person" {
				country = a.Country
			}
			if a.Kind == "person" {
				country = a.Country
			}
			if f.typ == kCountry {
				m.Type = doc.TypeCountry
			}
		} else {
			key = entKey{rf.typ, rf.key}
			end := p.toks[rf.j-1].end
			if rf.possEnd {
				end = p.possEnd(rf.j - 1) // "Moody's" is named so, not "Moody"
			} else if r == g {
				end = m.Span.End // "Standard & Poor's said" (possName)
			}
			name = p.text[p.toks[rf.i].start:end]
			if rf.canon != "" {
				name = rf.canon
			} else if rf.possEnd && rf.typ == kOrganization {
				name = p.text[p.toks[rf.i].start:p.possEnd(rf.j-1)] // a listed "Moody's", "McDonald's" keeps its "'s"
			} else if rf.typ == kPlace && p.toks[rf.i].upper() && p.datelineAt(rf.i, rf.j) {
				name = capsPlaceName(name) // a dateline's "FRANKFURT" is Frankfurt
			}
			country = rf.country
			m.Type = rf.typ.String()
		}
		if f.claim >= 0 {
			m.Title = p.text[f.title.Start:f.title.End]
			m.TitleSpan = f.title
		} else if f.typ == kPerson {
			if t := f.title; t.End > t.Start {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t // a title with no claim (uncheckedPartyPost)
			} else if t, ok := p.portfolioTitle(f.i); ok {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t
			} else if t, ok := p.rankTitle(f.i); ok {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t
			} else if t, ok := p.appositiveTitle(f.j); ok {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t
			} else if t, ok := p.appositiveTitleBefore(f.i, f.j); ok {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t
			} else if t, ok := p.spokesTitle(f.i); ok {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t
			} else if t, ok := p.fiscalTitle(f.i); ok {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t
			} else if t, ok := p.officerTitle(f.i); ok {
				m.Title, m.TitleSpan = p.text[t.Start:t.End], t
			}
		}
		var ei int
		var ok bool
		if actor >= 0 {
			ei, ok = int(actorEnts[p.s.entSlot[actor]])-1, actorEnts[p.s.entSlot[actor]] > 0
		} else {
			ei, ok = p.keyEnt[key]
		}
		if !ok {
			ei = len(ents)
			if actor >= 0 {
				actorEnts[p.s.entSlot[actor]] = int32(ei + 1)
				p.entSlots = append(p.entSlots, p.s.entSlot[actor])
			} else {
				p.keyEnt[key] = ei
			}
			ents = append(ents, doc.Entity{KBID: m.KBID, Name: name, Type: m.Type, Country: country})
		}
		e := &ents[ei]
		if e.KBID == "" && len(m.Text) > len(e.Name) && m.How == HowName && rf.canon == "" {
			e.Name = m.Text
		}
		if e.KBID == "" && shouting(e.Name) && !shouting(m.Text) && strings.EqualFold(e.Name, m.Text) {
			e.Name = m.Text // "GENEVA" in a dateline, "Geneva" later: the entity is named as prose writes it
		}
		m.Entity = ei
	}
	for _, slot := range p.entSlots {
		actorEnts[slot] = 0
	}
	p.entSlots = p.entSlots[:0]
	d.Entities = d.Entities[:0]
	if cap(d.Entities) < len(ents) {
		d.Entities = make([]doc.Entity, 0, len(ents))
	}
	d.Entities = append(d.Entities, ents...)
	clear(ents)
	p.ents = ents[:0]
	// each entity's mentions, in text order, carved from one array (each
	// slice capped, so appending to one never writes into the next)
	if len(d.Mentions) > 0 {
		ne := len(d.Entities)
		p.counts = growInts(p.counts, 2*ne+1)
		start, next := p.counts[:ne+1], p.counts[ne+1:]
		for mi := range d.Mentions { // by index: a range value would copy each mention
			start[d.Mentions[mi].Entity+1]++
		}
		for ei := 1; ei <= ne; ei++ {
			start[ei] += start[ei-1]
		}
		copy(next, start[:ne])
		all := make([]int, len(d.Mentions))
		for mi := range d.Mentions {
			e := d.Mentions[mi].Entity
			all[next[e]] = mi
			next[e]++
		}
		for ei := range d.Entities {
			d.Entities[ei].Mentions = all[start[ei]:start[ei+1]:start[ei+1]]
		}
	}
	d.RoleClaims = d.RoleClaims[:0]
	if n := len(p.claims); n > 0 && cap(d.RoleClaims) < n {
		d.RoleClaims = make([]doc.RoleClaim, 0, n)
	}
	for ci, c := range p.claims {
		g := p.cfound[ci]
		if mi := mentionOf[g]; mi >= 0 {
			c.Mention = mi
			c.PersonKBID = d.Mentions[mi].KBID
		}
		d.RoleClaims = append(d.RoleClaims, c)
	}
}

// sortByStart sorts s, indexes into found, by their founds' first
// tokens, stably. Insertion sort: founds are nearly sorted already; but a
// long document's late passes append names from anywhere in it, and
// moving each of them far would be quadratic: past a budget of moves the
// rest is left to a merge sort (both are stable, so the order is the
// same). The keys are read in place, with no call per comparison.
func sortByStart(s []int, found []found) {
	budget := 16*len(s) + 64
	for i := 1; i < len(s); i++ {
		g := s[i]
		at := found[g].i
		j := i
		for ; j > 0 && at < found[s[j-1]].i; j-- {
			s[j] = s[j-1]
			if budget--; budget < 0 {
				s[j-1] = g // s is whole again, equal keys in their first order
				slices.SortStableFunc(s, func(a, b int) int { return cmp.Compare(found[a].i, found[b].i) })
				return
			}
		}
		s[j] = g
	}
}

// possName returns the end of an organisation's name that ends in "'s"
// ("Standard & Poor's said", "shoppers at Macy's."): the possessive is
// part of the name when no noun follows it, only punctuation, the end of
// the text, a verb or a word that opens no noun phrase (noOwned); not
// before an opening quotation mark (a quoted title it owns: "Microsoft's
// "Countdown" site") nor in a double genitive ("a friend of Kessler's").
// It returns 0 otherwise.
func (p *proc) possName(f *found) int {
	if f.typ != kOrganization || !p.toks[f.j-1].poss || f.j-f.i == 1 && p.is(f.i-1, p.s.w.of) {
		return 0
	}
	end := p.toks[f.j-1].end
	r, n := utf8.DecodeRuneInString(p.text[end:])
	if !isApos(r) || end+n >= len(p.text) || (p.text[end+n] != 's' && p.text[end+n] != 'S') {
		return 0
	}
	if k := f.j; k+1 < len(p.toks) && p.toks[k].gap == gapSpace && openQuote(p.word(k)) && p.toks[k+1].gap == gapNone && p.toks[k+1].word() {
		return 0 // "Microsoft's "Countdown" site": a quoted title it owns
	}
	if k := f.j; k < len(p.toks) && p.toks[k].gap <= gapSpace && (p.toks[k].shape&shDigit != 0 || currencySign(p.word(k))) {
		return 0 // "the US Government's $700 billion bail-out", "Ford's 2% stake": an amount it owns
	}
	if k := f.j; k < len(p.toks) && p.toks[k].word() && (!p.noOwned(k) || p.hasDigit(f.i, f.j)) {
		switch p.word(k) {
		case "said", "says", "is", "was", "has", "had", "will", "would", "announced", "reported", "stated", "added":
		default:
			return 0 // "Boeing's plans": a possessive
		}
	}
	return end + n + 1
}

// currencySign reports whether w opens with a currency symbol ("$",
// "€", "US$" is a word).
func currencySign(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Sc, r)
}

// openQuote reports whether w can open a quotation: a straight double
// quote or a left curly one (single or double).
func openQuote(w string) bool {
	return w == "\"" || w == "\u201c" || w == "\u2018"
}

// shouting reports whether name is written all in capitals and is no
// short acronym: five letters or more, or several words ("GENEVA", "NEW
// YORK", not "NATO").
func shouting(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 5 || letters >= 2 && strings.ContainsRune(name, ' ')
}

// portfolioTitle returns the span of a minister's or secretary's title
// the office lexicon does not hold, written in capitals right before the
// person's name at token i: "Climate Change Minister Sherry Rehman",
// "Social Welfare Secretary Corazon Soliman", "Cabinet Secretary
// Raychelle Omamo". It names the post but no office the KB can check, so
// it makes no role claim.
func (p *proc) portfolioTitle(i int) (doc.Span, bool) {
	h := i - 1
	if h < 1 || !p.joined(i) || !p.toks[h].cap() {
		return doc.Span{}, false
	}
	switch p.word(h) {
	case "Minister", "Secretary":
	default:
		return doc.Span{}, false
	}
	k := h
	for k > 0 && h-k < 4 && p.joined(k) && p.toks[k-1].cap() && p.toks[k-1].word() && !p.has(k-1, fStop|fConnector|fDate) { // not "On Monday Environment Minister"
		k--
	}
	if k > 0 && k < h && p.has(k-1, fLocPrep) {
		// "In Turkey Minister Ellwood met": a place after a preposition
		// says where, not whose minister
		if g := p.foundAt(k); g >= 0 && (p.found[g].typ == kCountry || p.found[g].typ == kPlace) && p.found[g].j <= h {
			k = p.found[g].j
		}
	}
	if k == h {
		return doc.Span{}, false // "Minister Ali": a bare title
	}
	return p.span(k, h+1), true
}

// militaryRanks are the ranks written before an officer's name; rankMods
// are the words that qualify a rank before it ("Lieutenant General",
// "Field Marshal", "Rear Admiral") or after it with a hyphen
// ("Colonel-Major", "General-Major"). Abbreviations are the forms
// tokenize keeps with their dot ("Gen.", "Lt. Col.").
var (
	militaryRanks = map[string]bool{
		"general": true, "colonel": true, "major": true, "captain": true, "commodore": true,
		"admiral": true, "marshal": true, "brigadier": true, "lieutenant": true, "sergeant": true,
		"corporal": true, "gen": true, "col": true, "maj": true, "capt": true, "adm": true,
		"brig": true, "lt": true, "sgt": true, "cpl": true,
	}
	rankMods = map[string]bool{
		"lieutenant": true, "lt": true, "major": true, "maj": true, "brigadier": true, "brig": true,
		"field": true, "air": true, "vice": true, "rear": true, "colonel": true, "general": true,
		"staff": true, "chief": true, "flight": true, "wing": true, "group": true, "squadron": true,
	}
)

// rankTitle returns the span of the military rank written in capitals
// right before the person's name at token i: "Colonel Amadou
// Abdramane", "Lieutenant General Mohamed Hamdan Dagalo", "Colonel-Major
// Amadou Abdramane", "Gen. Mark Milley". A rank is the person's title
// but no office the KB holds, so it makes no role claim.
func (p *proc) rankTitle(i int) (doc.Span, bool) {
	h := i - 1
	if h < 0 || !p.joined(i) || !p.toks[h].cap() || !militaryRanks[p.rankWord(h)] {
		return doc.Span{}, false
	}
	k := h
	for k > 0 && h-k < 2 && p.joined(k) && p.toks[k-1].cap() && rankMods[p.rankWord(k-1)] {
		k--
	}
	if r := p.rankWord(h); (r == "general" || r == "gen" || r == "marshal") && k > 0 && p.joined(k) && p.toks[k-1].cap() && p.toks[k-1].word() {
		// "Attorney General", "Governor General", "Fire Marshal": a
		// civil post, unless a state owns the rank ("Nigerian General")
		if c := p.cover[k-1]; c < 0 || !p.isState(int(c)) {
			return doc.Span{}, false
		}
	}
	return p.span(k, h+1), true
}

// rankWord returns token i lower-cased without an abbreviation's dot
// ("Gen." is "gen").
func (p *proc) rankWord(i int) string {
	return strings.ToLower(strings.TrimSuffix(p.word(i), "."))
}

// officeHeads are the head nouns of a public post written in apposition
// after a name (not a firm's "director" or "spokesman").
var officeHeads = map[string]bool{
	"minister": true, "secretary": true, "governor": true, "ambassador": true, "envoy": true,
	"commissioner": true, "mayor": true, "senator": true, "undersecretary": true, "premier": true,
}

// appositiveTitle returns the span of the post an apposition after the
// person's name ending at token j gives, when the office lexicon made no
// claim of it: "Lolwah Al-Khater, Qatar's minister of state for
// international cooperation, said", "Tinubu, 70, a former governor of
// Lagos State, won". The title starts after the article or the owner's
// possessive and ends before the closing comma or full stop.
func (p *proc) appositiveTitle(j int) (doc.Span, bool) {
	n := len(p.toks)
	k := j
	if k >= n || p.word(k) != "," || !p.joined(k) && p.toks[k].gap > gapSpace {
		return doc.Span{}, false
	}
	k++
	if k+1 < n && p.toks[k].shape&shDigit != 0 && p.word(k+1) == "," {
		k += 2 // "Tinubu, 70, a former governor"
	}
	return p.postRun(k)
}

// postRun returns the span of the post described from token k (an
// article or an owner's possessive, then the office and its owner) up to
// a comma or full stop; see appositiveTitle.
func (p *proc) postRun(k int) (doc.Span, bool) {
	n := len(p.toks)
	if k >= n {
		return doc.Span{}, false
	}
	switch p.lower(k) {
	case "the", "a", "an", "his", "her", "its", "their":
		k++
	default:
		for e := k; e < n && e < k+3 && p.toks[e].cap(); e++ {
			if p.toks[e].poss {
				k = e + 1 // "Qatar's", "South Africa's"
				break
			}
		}
	}
	start, head := k, -1
	owner := false // after "of", "for", "to", "in": a name may follow
	for e := k; e < n && e < start+14 && p.toks[e].sent == p.toks[start].sent; e++ {
		t := &p.toks[e]
		w := p.word(e)
		if !t.word() {
			switch w {
			case ",", ".", ";", ")":
				if head < 0 || e == start {
					return doc.Span{}, false
				}
				return p.span(start, e), true
			case "-", "–", "—":
				continue
			}
			return doc.Span{}, false
		}
		lw := p.lower(e)
		switch {
		case officeHeads[lw] && head < 0:
			if e-start > 3 {
				return doc.Span{}, false
			}
			head = e
		case t.cap() && !owner && (head >= 0 || e > start):
			return doc.Span{}, false // a name inside the modifiers or after the head: no post
		case lw == "who" || lw == "which" || lw == "that" || lw == "said" || lw == "says":
			return doc.Span{}, false
		case lw == "as" && head < 0:
			// "Mahinda Rajapaksa, resigned as prime minister in May":
			// the sentence's predicate after a closing comma, no
			// apposition
			return doc.Span{}, false
		case lw == "of" || lw == "for" || lw == "to" || lw == "in" || lw == "at":
			if head < 0 {
				return doc.Span{}, false
			}
			owner = true
		case t.shape&shDigit != 0:
			return doc.Span{}, false
		}
	}
	return doc.Span{}, false
}

// capsPlaceName writes a place's name set in capitals ("FRANKFURT", "LA
// PAZ", "PORT-AU-PRINCE") with a capital opening each word and lower case
// after it ("Frankfurt", "La Paz", "Port-Au-Prince"); a name holding any
// lower-case letter is returned as it is.
func capsPlaceName(name string) string {
	for _, r := range name {
		if unicode.IsLower(r) {
			return name
		}
	}
	b := make([]rune, 0, len(name))
	start := true
	for _, r := range name {
		if start {
			b = append(b, r)
		} else {
			b = append(b, unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) && r != '\''
	}
	out := string(b)
	for _, w := range []string{" Of ", " And ", " The "} {
		out = strings.ReplaceAll(out, w, strings.ToLower(w)) // "Isle of Palms"
	}
	return out
}

// datelineAt reports whether the words [i, j) open a line or a sentence
// and a comma,
// a dash or a bracket follows them: a dateline's place ("FRANKFURT —",
// "LA PAZ, Bolivia (AFP)"), not an acronym in a sentence.
func (p *proc) datelineAt(i, j int) bool {
	if st := p.toks[i].start; st > 0 && p.text[st-1] != '\n' && !p.toks[i].sentStart {
		return false
	}
	rest := strings.TrimLeft(p.text[p.toks[j-1].end:], " ")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-")
}

// titleOpening returns the token after the title that opens the KB
// person's alias f ("King Salman", "Queen Rania", "Pope Francis":
// matchTitles reads the title inside the match), so the mention spans
// the name as one written after a title does; f.i when no title opens
// it or the title is all of it.
func (p *proc) titleOpening(f *found) int {
	if f.typ != kPerson || f.actor < 0 || f.claim < 0 {
		return f.i
	}
	if c := p.tcover[f.i]; c >= 0 {
		if t := p.titles[c]; t.i == f.i && t.j < f.j {
			return t.j
		}
	}
	return f.i
}
