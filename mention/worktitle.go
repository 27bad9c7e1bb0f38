package mention

// quotedTitles drops the unlinked names inside a short quotation written
// in title case ("Buddha for Mary", "Anarchy in Tokyo", "Under Pressure"):
// such a quotation is the title of a song, book, film or show, a work and
// no person, organisation or place, and words in it are capitalised
// because titles are. A quotation of one word ("Squirrell") is left
// alone: it may quote a name; so are names the KB knows. Straight quotes
// pair up in order within a sentence; curly quotes by their direction.
func (p *proc) quotedTitles() {
	// gated by tQuote (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tQuote) {
		return
	}
	toks := p.toks // dropNames changes the founds, not the tokens
	open := -1     // the open quotation mark
	var sent int32 // its sentence: a quotation ends with it
	for k := 0; k < len(toks); k++ {
		if open < 0 {
			// no quotation open: skip to the next mark (marks are no
			// words: cMark)
			k = nextClass(p.cls, k, cMark)
			if k == len(toks) {
				break
			}
		} else if toks[k].sent != sent {
			open = -1
		}
		t := &toks[k]
		if t.shape&shWord != 0 {
			continue
		}
		w := p.text[t.start:t.end]
		switch {
		case w == "\u201c" || w == "\"" && open < 0:
			open, sent = k, t.sent
		case (w == "\u201d" || w == "\"") && open >= 0:
			if k-open-1 <= 14 && p.titleCase(open+1, k) {
				p.dropNames(open+1, k)
			}
			open = -1
		}
	}
}

// titleCase reports whether tokens [i,j) read as a title: at least two
// words, every word capitalised, a number or a short function word.
func (p *proc) titleCase(i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		t := p.toks[k]
		if !t.word() {
			switch p.word(k) {
			case ",", ":", "!", "?", "-", "–", "—", "&", "/", "(", ")", ".", "'", "’":
				continue
			}
			return false
		}
		words++
		if t.cap() || t.shape&shDigit != 0 {
			continue
		}
		switch p.word(k) {
		case "a", "an", "the", "of", "for", "in", "on", "to", "and", "or", "at", "by", "from", "with", "as", "de", "la", "le":
			continue
		}
		return false
	}
	return words >= 2
}

// dropNames kills the unlinked names found inside tokens [i,j), the
// words of a quoted title. A quoted organisation or place that is the
// whole quotation (after "The") is a quoted name and stays ("The Phantom
// Horns", "Cary Towne Center"), as does a name with a head word of its
// own.
func (p *proc) dropNames(i, j int) {
	for g := range p.found {
		f := &p.found[g]
		if f.i < i || f.j > j || f.how != hName && f.how != hShortForm || f.actor >= 0 {
			continue
		}
		if c := p.hasCue(f.i, f.j); c == kOrganization || c == kPlace {
			continue
		}
		whole := (f.i == i || f.i == i+1 && p.toks[i].cap() && p.is(i, p.s.w.the)) && f.j == j
		if whole && (f.typ == kOrganization || f.typ == kPlace) {
			continue
		}
		p.absorb(g)
	}
}

// allStars drops names hyphened to a capitalised "All" ("All-America",
// "All-MAC", "All-Conference"): the compound names an honour or a
// selection ("second-team All-America"), not the place or body in it.
func (p *proc) allStars() {
	// gated by tAll (trigger.go): a new word this pass tests for goes in that list too
	if p.absent(tAll) {
		return
	}
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.i == 0 || p.toks[f.i].gap != gapHyphen || p.word(f.i-1) != "All" {
			continue
		}
		p.absorb(g)
	}
}
