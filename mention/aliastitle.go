package mention

import (
	"strings"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/kb"
)

// indexAliasTitles indexes the KB office aliases and names that
// aliasTitleClaims reads as a title before a person: the last word of
// every alias and name (a quick test before any folding), and each
// alias that opens with the name or demonym of the owner's state by
// that state and the rest ("Pakistani army chief" under "PAK|army
// chief", "Russian Chief of the General Staff" under "RUS|chief of the
// general staff"), and the name of a body that has a leader written
// after its state's name, with "chief", "commander" or "head" ("PAK|military
// chief" for the Pakistani military's leader). A rest the title table has ("prime minister",
// "chief") is left to the table; one derived from another owner's alias
// ("commander in chief" of "Myanmar Commander-in-Chief") is not.
func (s *Stage) indexAliasTitles(k *kb.KB) {
	s.aliasLast = map[string]bool{}
	s.aliasFirst = map[string]bool{}
	s.stateAlias = map[string]string{}
	if k == nil {
		return
	}
	for _, m := range []map[string]string{s.officeAlias, s.officeName} {
		for f := range m {
			first, _, _ := strings.Cut(f, " ")
			s.aliasFirst[first] = true
		}
	}
	defer func() {
		s.stateFirst = map[string]bool{}
		for key := range s.stateAlias {
			_, rest, _ := strings.Cut(key, "|")
			first, _, _ := strings.Cut(rest, " ")
			s.stateFirst[first] = true
		}
	}()
	have := map[string]bool{}
	for _, te := range s.tentry {
		if te.only == "" && !te.written {
			have[te.words] = true // the table's own titles, not those derived from one owner's aliases
		}
	}
	for _, a := range k.Actors() {
		// "Pakistan's military chief": the state's name or demonym and
		// the words after it form the alias of an armed, spy or police
		// force that has a leader ("Pakistani military"), whose chief is
		// that leader
		if a.Kind != kb.KindOrganization || a.Country == "" || a.Sector != "MIL" && a.Sector != "SPY" && a.Sector != "COP" {
			continue
		}
		o, ok := k.Office(kb.OfficeID(a.ID, kb.OfficeLeader))
		st, ok2 := k.Actor(a.Country)
		if !ok || !ok2 || st.Kind != kb.KindCountry {
			continue
		}
		for _, al := range append([]string{a.Name}, a.Aliases...) {
			f := kb.Fold(al)
			for _, n := range append(append([]string{st.Name}, st.Aliases...), st.Demonyms...) {
				if rest, ok := strings.CutPrefix(f, kb.Fold(n)+" "); ok {
					for _, head := range []string{"chief", "commander", "head"} {
						if _, dup := s.stateAlias[a.Country+"|"+rest+" "+head]; !dup {
							s.stateAlias[a.Country+"|"+rest+" "+head] = o.ID
						}
					}
				}
			}
		}
	}
	for _, w := range []string{"chief", "commander", "head"} {
		s.aliasLast[w] = true
	}
	for _, o := range k.Offices() {
		state := o.Country
		if a, ok := k.Actor(o.Country); ok && a.Kind != kb.KindCountry {
			state = a.Country // an organisation's post: its state's ("Pakistani army chief")
		}
		var names []string
		if a, ok := k.Actor(state); ok && a.Kind == kb.KindCountry {
			for _, n := range append(append([]string{a.Name}, a.Aliases...), a.Demonyms...) {
				f := kb.Fold(n)
				names = append(names, f, f+"s") // "Russia's top general": the alias folds the possessive to "russias"
			}
		}
		for _, al := range append([]string{o.Name}, o.Aliases...) {
			f := kb.Fold(al)
			if i := strings.LastIndexAny(f, " -"); i >= 0 {
				s.aliasLast[f[i+1:]] = true // "chief" of "commander-in-chief"
			}
			for _, n := range names {
				if rest, ok := strings.CutPrefix(f, n+" "); ok && strings.Contains(rest, " ") && !have[rest] {
					s.stateAlias[state+"|"+rest] = o.ID
				}
			}
		}
	}
}

// indexAliasKeys fills s.aliasKeys with the words of every key of
// officeAlias and officeName (call it after the vocabulary is frozen).
func (s *Stage) indexAliasKeys() {
	s.aliasKeys = new(wordSeqFilter)
	for _, m := range []map[string]string{s.officeAlias, s.officeName} {
		for key := range m {
			s.aliasKeys.add(s.v, strings.Split(key, " "))
		}
	}
}

// rankPrefixes are the words that open a military rank before an
// honorific: "Senior General", "Air Chief Marshal", "Vice Admiral".
var rankPrefixes = map[string]bool{"senior": true, "air": true, "chief": true, "vice": true, "rear": true}

// aliasTitleClaims reads, before a person no title claimed yet, a title
// that is a KB office's alias or name with its owner written in it or
// before it: "IDF Chief of Staff Herzi Halevi", "Joint Chiefs Chairman
// Mark Milley", "Chairman of the Joint Chiefs of Staff Gen. Mark
// Milley", "Pakistan's army chief General Asim Munir" (the alias
// "Pakistani army chief"), "Russia's chief of the general staff Valery
// Gerasimov". Military ranks between the title and the name are
// skipped; a modifier before the title ("former", "then") is the
// claim's. Only organisations' posts and state offices whose title the
// title table lacks are read so: the table's titles claim in
// buildClaims.
func (p *proc) aliasTitleClaims() {
	if p.s.kb == nil || len(p.s.aliasLast) == 0 {
		return
	}
	for h := range p.found {
		pf := &p.found[h]
		if pf.dead || pf.typ != kPerson || pf.claim >= 0 || pf.i < 2 {
			continue
		}
		e := pf.i // one past the title
		for e > 0 && p.toks[e].gap <= gapSpace && p.toks[e-1].cap() && p.cover[e-1] < 0 &&
			(p.has(e-1, fHonor) || rankPrefixes[p.lower(e-1)] && p.has(e, fHonor)) {
			e-- // "General", "Lt. Gen.", "Senior General", "Air Chief Marshal"
		}
		if e < 2 || p.toks[e].gap > gapSpace || !p.toks[e-1].word() || !p.officeWord(e-1, p.s.aliasLast, owAliasLast) {
			continue
		}
		id, st := "", -1
		var buf, fb [64]byte // keys asked on the stack: most spans are no key
		// seq hashes the folded words of [s,e) while plain holds:
		// every token so far is one appendFoldWords folds, so the
		// span's folded text is their words apart by one space, and a
		// span whose words p.s.aliasKeys lacks is no alias or name
		seq, plain := uint64(hashSeed), true
		for s := e - 1; s >= 0 && s >= e-8 && p.toks[s].sent == p.toks[e-1].sent; s-- {
			if s < e-1 && p.toks[s+1].gap > gapSpace || p.toks[s].poss && s < e-1 {
				break
			}
			if plain {
				k, ok := p.foldKey(s)
				plain = ok && (s == e-1 || p.spaceBefore(s+1))
				seq = seqStep(seq, k)
			}
			if g := p.foundEnding(s); g >= 0 && p.isState(g) && s < e-1 && p.mayOpen(s, p.s.stateFirst, owStateFirst) {
				key := append(append(append(buf[:0], countryCode(p.s.actors[p.found[g].actor])...), '|'), p.foldInto(fb[:0], s, e)...)
				if o, ok := p.s.stateAlias[string(key)]; ok {
					id, st = o, p.found[g].i // "Pakistan's army chief", "Russian chief of the general staff"
				}
			}
			if !p.toks[s].cap() {
				continue
			}
			if plain && !p.s.aliasKeys.has(seq) {
				continue // no alias or name has these words: no need to fold the span
			}
			if !p.mayOpen(s, p.s.aliasFirst, owAliasFirst) {
				continue // no alias opens with this word: no need to fold the span
			}
			f := p.foldInto(fb[:0], s, e)
			if o, ok := p.s.officeAlias[string(f)]; ok && p.aliasOwned(o) {
				id, st = o, s // "IDF Chief of Staff", "Joint Chiefs Chairman"
			} else if o, ok := p.s.officeName[string(f)]; ok && p.aliasOwned(o) {
				id, st = o, s // "Chairman of the Joint Chiefs of Staff"
			}
		}
		if id == "" {
			continue
		}
		o, ok := p.s.kb.Office(id)
		if !ok {
			continue
		}
		how := "explicit"
		if g := p.foundAt(st); g >= 0 && p.isState(g) {
			how = "adjective"
			if p.toks[p.found[g].j-1].poss {
				how = "possessive"
			}
		}
		mod, start := "", st
		for k := st - 1; k >= 0 && k >= st-3 && p.toks[k+1].gap <= gapSpace && p.has(k, fModifier) && !p.toks[k].poss; k-- {
			if m := normModifier(p.lower(k)); m != "" && m != "deputy" && (mod == "" || m == "late") {
				mod = m // "former IDF Chief of Staff X", "then-Joint Chiefs Chairman X"
			} else if m == "deputy" {
				mod = "deputy" // "deputy IDF chief of staff": another post
			}
			start = k
		}
		if mod == "deputy" || mod == "assistant" {
			continue
		}
		p.linkBySurname(pf, o.Key, o.Country, "")
		c := doc.RoleClaim{
			TitleSpan:  p.span(st, e),
			Office:     o.Key,
			Country:    o.Country,
			CountryHow: how,
			Modifier:   mod,
			PersonSpan: p.span(pf.i, pf.j),
			OfficeID:   o.ID,
			Mention:    -1,
		}
		c.Span = doc.Span{Start: p.toks[start].start, End: p.toks[pf.j-1].end}
		c.Title = p.text[c.TitleSpan.Start:c.TitleSpan.End]
		c.Person = p.text[c.PersonSpan.Start:c.PersonSpan.End]
		pf.claim = len(p.claims)
		pf.title = p.span(start, e)
		p.claims = append(p.claims, c)
		p.cfound = append(p.cfound, h)
	}
}

// mayOpen reports whether token i may open a key whose first folded
// words first holds: false only for a plain ASCII word (whose folded
// form is its lower case) that opens none.
func (p *proc) mayOpen(i int, first map[string]bool, bit byte) bool {
	return !plainWord(p.text[p.toks[i].start:p.toks[i].end]) || p.officeWord(i, first, bit)
}

// aliasOwned reports whether office id is one aliasTitleClaims reads
// from its alias alone: an organisation's post ("org.idf.leader"), or a
// state office whose key the title table has no title for
// ("MMR.commander_in_chief").
func (p *proc) aliasOwned(id string) bool {
	o, ok := p.s.kb.Office(id)
	if !ok {
		return false
	}
	if strings.HasPrefix(o.Country, "org.") {
		return true
	}
	for _, te := range p.s.tentry {
		if te.office == o.Key {
			return false
		}
	}
	return true
}
