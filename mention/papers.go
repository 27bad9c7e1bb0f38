package mention

// weekdayPapers widens a newspaper's name over the weekday written
// before it ("The Sunday Times", "the Sunday Telegraph"): a weekday,
// capitalised inside a sentence right before a paper's head word, is the
// paper's first word, not a date. Name words no other rule took before a
// one-word listed paper ("Times") are the paper's too ("The Straits
// Times").
func (p *proc) weekdayPapers() {
	// gated by tPaper (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tPaper) {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.typ != kOrganization || f.i == 0 || !p.joined(f.i) || p.tcover[f.i-1] >= 0 {
			continue
		}
		if p.cover[f.i-1] >= 0 {
			p.placePaper(g) // "the Lusaka Times", "The Fiji Times"
			continue
		}
		switch p.word(f.j - 1) {
		case "Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Independent", "Tribune", "Star", "Mail", "Journal", "Observer", "Sun":
		default:
			continue
		}
		switch p.word(f.i - 1) {
		case "Sunday", "Saturday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday":
			f.i--
		default:
			// "The Straits Times", "the Jakarta Globe Post": name words
			// the rules left alone before a one-word listed paper's head
			// word are the paper's own
			if f.j-f.i != 1 || f.actor >= 0 {
				continue
			}
			k := f.i
			for k > 0 && p.joined(k) && p.cover[k-1] < 0 && p.nameWord(k-1) && !p.has(k-1, fDate) && !p.toks[k-1].poss && (!p.toks[k-1].sentStart || !p.seenLower(k-1)) {
				k--
			}
			if k == f.i || p.headline(k) {
				continue
			}
			f.i = k
		}
		for t := f.i; t < f.j; t++ {
			p.cover[t] = int32(g)
		}
		f.actor, f.how = -1, hName
		f.key = p.fold(f.i, f.j)
	}
}

// placePaper widens the one-word listed paper g ("Times") over the place
// or country the stage found right before it: the paper is named for
// its town or country ("the Lusaka Times", "The Fiji Times", "the
// Tashkent Times"), which is no mention of its own there.
func (p *proc) placePaper(g int) {
	f := &p.found[g]
	if f.j-f.i != 1 || f.actor >= 0 {
		return
	}
	switch p.word(f.i) {
	case "Times", "Post", "Herald", "Tribune", "Star", "Mail", "Journal", "Observer", "Sun":
	default:
		return
	}
	h := p.foundEnding(f.i)
	if h < 0 {
		return
	}
	e := &p.found[h]
	if e.typ != kPlace && e.typ != kCountry || e.how == hDemonym || p.toks[e.j-1].poss || e.claim >= 0 || p.headline(e.i) {
		return
	}
	i := e.i
	p.kill(h)
	f.i = i
	for t := f.i; t < f.j; t++ {
		p.cover[t] = int32(g)
	}
	f.actor, f.how = -1, hName
	f.key = p.fold(f.i, f.j)
	p.foundChanged(g)
}
