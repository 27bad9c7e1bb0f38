package mention

// languageModifiers drops a one-word mention that names a language, not
// an actor: a word joined by a hyphen to "speaking", "speaker(s)" or
// "language" ("Cameroon's English-speaking regions", "Russian-speaking
// minority", "a French-language daily"), or a demonym after a verb of
// speaking ("gunmen who spoke Spanish"). The word there is the language
// the people or the paper use; read as a demonym it made Russia or France a
// party to the story, read as a name it made a person "English". A
// capitalised word after the hyphen ("the English-Speaking Union") is a
// name and stays. It reports whether a live mention links a KB armed
// group (groupNamesakes has work then).
func (p *proc) languageModifiers() (armed bool) {
	kinds := p.s.kinds
	for g := range p.found {
		f := &p.found[g]
		if f.dead {
			if f.typ == kNone && p.mediaEdition(f) {
				p.joinEdition(g) // an untyped run after the broadcaster ("Al Arabiya Al Hadath aired")
			}
			continue
		}
		if f.actor >= 0 && kinds[f.actor].typ == kArmedGroup {
			armed = true // for groupNamesakes: one scan serves both
		}
		if f.actor >= 0 && f.j < len(p.toks) && editionLanguage(p.word(f.j)) && p.s.actors[f.actor].Sector == "MED" && p.toks[f.j].gap == gapSpace && p.joined(f.j) && p.cover[f.j] < 0 {
			f.j++ // "BBC Persian", "Al Jazeera English": the broadcaster's edition
			p.cover[f.j-1] = int32(g)
			p.foundChanged(g)
			continue
		}
		if p.mediaEdition(f) {
			p.joinEdition(g)
			continue
		}
		if f.j-f.i != 1 {
			continue
		}
		if p.channelEdition(f) {
			p.joinEdition(g)
			continue
		}
		if (f.how == hDemonym || f.actor < 0 && editionLanguage(p.word(f.i))) && p.spokenLanguage(f.i) {
			p.kill(g) // "some of whom spoke Spanish", "spoke English and Spanish": the language, no country
			continue
		}
		if f.j >= len(p.toks) {
			continue
		}
		// a space before "speakers" leaves the country's people too
		// ("Iraqi speakers at the forum", "the Iraqi speaker")
		n := &p.toks[f.j]
		if n.gap != gapHyphen || n.shape&shLower == 0 || p.toks[f.i].gap == gapHyphen {
			continue
		}
		switch p.word(f.j) {
		case "speaking", "speaker", "speakers", "language":
			p.kill(g)
		}
	}
	return armed
}

// spokenLanguage reports whether the word at i is the object of a verb
// of speaking, or a later member of a list that is ("spoke Spanish",
// "spoke English and Spanish", "speak Arabic, French or English"): the
// members are one capitalised word each, joined by commas, "and" or "or".
func (p *proc) spokenLanguage(i int) bool {
	for k := i; k > 0 && k > i-8; {
		if p.toks[k].gap != gapSpace && p.toks[k].gap != gapNone {
			return false
		}
		prev := k - 1
		if p.toks[prev].shape&shLower != 0 {
			switch p.word(prev) {
			case "speak", "speaks", "spoke", "spoken", "speaking":
				return true
			case "and", "or":
				prev--
			default:
				return false
			}
		}
		if prev >= 0 && p.is(prev, p.s.w.comma) {
			prev--
		}
		if prev < 0 || prev == k-1 || p.toks[prev].shape&shLower != 0 || !p.toks[prev].word() {
			return false
		}
		k = prev // the member before: "English" in "English and Spanish"
	}
	return false
}

// channelEdition reports whether the one-word found f, a demonym or an
// unlinked language name, names the edition of the organisation just before it
// ("CNN Turk", "Al Jazeera English"): it follows an organisation's
// mention with a space and ends the phrase (punctuation or a function
// word after it). Before a noun the demonym stays ("the UN Syrian
// envoy").
func (p *proc) channelEdition(f *found) bool {
	if f.how != hDemonym && (f.actor >= 0 || !editionLanguage(p.word(f.i))) || !p.joined(f.i) {
		return false // not "Dawn Thompson": a person after a paper's name
	}
	g := p.foundEnding(f.i)
	if g < 0 {
		return false
	}
	if h := &p.found[g]; h.typ != kOrganization && (h.actor < 0 || p.s.kinds[h.actor].typ != kOrganization) {
		return false
	}
	if h := &p.found[g]; h.actor >= 0 && p.s.actors[h.actor].Sector == "MED" {
		return true // "BBC Persian service": a KB broadcaster's edition before a noun too
	}
	return f.j >= len(p.toks) || p.toks[f.j].sent != p.toks[f.i].sent || !p.toks[f.j].word() || p.has(f.j, fStop)
}

// mediaEdition reports whether found f, an unknown name of one or two
// words typed only by its shape, an organisation's or none, goes on the name of
// the KB broadcaster or paper just before it: "Al Jazeera Mubasher Misr",
// "Al Arabiya Al Hadath" are a channel of the network, not a person or a
// second body. A name with a cue of its own (a title, a given name) stays.
func (p *proc) mediaEdition(f *found) bool {
	if f.actor >= 0 || f.how != hName || f.j-f.i > 2 || !p.joined(f.i) || !(f.shapeOnly || f.typ == kOrganization || f.typ == kNone) {
		return false
	}
	for t := f.i; t < f.j; t++ {
		if c := p.cover[t]; c >= 0 && !p.found[c].dead && p.found[c].i != f.i {
			return false // a word of another name
		}
		if p.has(t, fDate) {
			return false
		}
	}
	if p.toks[f.i].gap != gapSpace {
		return false
	}
	g := p.foundEnding(f.i)
	if g < 0 {
		return false
	}
	h := &p.found[g]
	return h.actor >= 0 && h.j-h.i >= 1 && p.s.actors[h.actor].Sector == "MED"
}

// joinEdition makes the edition word of found g part of the name of the
// organisation just before it: "BBC Persian" and "Al Jazeera English" are
// one channel's name, as news coders mark them. The organisation keeps its
// link (the edition is the same broadcaster's).
func (p *proc) joinEdition(g int) {
	f := &p.found[g]
	h := p.foundEnding(f.i)
	j := f.j
	p.kill(g)
	if h < 0 {
		return
	}
	o := &p.found[h]
	o.j = j
	if o.actor < 0 {
		o.key = p.fold(o.i, o.j)
	}
	for t := o.i; t < o.j; t++ {
		p.cover[t] = int32(h)
	}
	p.foundChanged(h)
}

// editionLanguage reports whether w names a language a channel's
// edition goes by that is no demonym the KB knows.
func editionLanguage(w string) bool {
	switch w {
	case "English", "Arabic", "Urdu", "Hindi", "Persian", "Farsi", "Swahili", "Mandarin":
		return true
	}
	return false
}
