package mention

import "strings"

// knownAs reads a name the article gives as another name of something it
// has just named ("Adilson Tavares Varela, commonly known as Cabral",
// "Mohamed Hamdan Dagalo, known as Hemedti", "the county of
// Lincolnshire, known as Asebi", "Rodrigo Londono, better known by his
// nom de guerre Timochenko", "Ahmed Hussein, alias Abu Ali"). The name
// after the lead (see aliasLead) takes the type of the name before the comma and joins its
// entity, and so do its later repeats that no cue typed ("Cabral also
// holds …"). A name the KB links keeps its own entity.
func (p *proc) knownAs() {
	type named struct {
		typ   kind
		owner int // the found the alias names
	}
	var aliasOf map[string]named
	for g := range p.found {
		f := &p.found[g]
		if f.how != hName || f.joinTo >= 0 || f.actor >= 0 || f.i < 2 || p.headline(f.i) {
			continue
		}
		if !f.dead && f.typ == kNone {
			continue
		}
		k := p.aliasLead(f.i)
		if k < 0 {
			continue
		}
		// the thing named: the typed name right before the comma
		c := p.foundEnding(k)
		if c < 0 || p.found[c].how == hDemonym || p.found[c].typ == kNone {
			continue
		}
		if !f.dead && f.typ != p.found[c].typ {
			continue // typed otherwise by a stronger cue
		}
		if aliasOf == nil {
			aliasOf = map[string]named{}
		}
		aliasOf[f.key] = named{p.found[c].typ, p.root(c)}
	}
	if aliasOf == nil {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		a, ok := aliasOf[f.key]
		if !ok || f.how != hName || f.actor >= 0 || f.joinTo >= 0 || g == a.owner {
			continue
		}
		if f.dead {
			if f.typ != kNone {
				continue
			}
			free := true
			for k := f.i; k < f.j; k++ {
				free = free && p.cover[k] < 0
			}
			if !free {
				continue
			}
			f.typ, f.dead = a.typ, false
			for k := f.i; k < f.j; k++ {
				p.cover[k] = int32(g)
			}
		} else if f.typ != a.typ {
			continue
		}
		f.joinTo = a.owner
	}
}

// aliasLead returns the comma (or bracket) that opens the words giving
// the name at token i as another name of the thing named before it: ",
// (also|commonly|better …) known as", ", (better) known by his nom de
// guerre|nickname|alias|pseudonym", ", alias", "(aka". It returns -1 when
// no such words come before i.
func (p *proc) aliasLead(i int) int {
	k := i - 1
	if k > 0 && p.is(k, p.s.w.comma) {
		k-- // "known by his nom de guerre, Timochenko"
	}
	if k < 1 {
		return -1
	}
	noun := -1 // first word of the alias noun after "known by his"
	switch w := p.lower(k); {
	case w == "guerre" && k >= 3 && p.word(k-1) == "de" && strings.EqualFold(p.word(k-2), "nom"):
		noun = k - 2
	case w == "nickname" || w == "pseudonym" || w == "alias":
		noun = k
	}
	switch {
	case noun >= 3 && p.word(noun-2) == "by" && (p.word(noun-3) == "known" || p.word(noun-3) == "goes" || p.word(noun-3) == "going"):
		switch p.word(noun - 1) {
		case "his", "her", "the", "their":
			k = noun - 4
		default:
			return -1
		}
	case p.word(k) == "as" && p.word(k-1) == "known" && k == i-1:
		k -= 2
	case (p.word(k) == "alias" || p.word(k) == "aka") && k == i-1:
		k--
	default:
		return -1
	}
	if k >= 0 {
		switch p.word(k) {
		case "also", "commonly", "better", "locally", "popularly", "simply", "formerly", "now", "widely":
			k--
		}
	}
	if k < 0 || !p.is(k, p.s.w.comma) && p.word(k) != "(" {
		return -1
	}
	return k
}
