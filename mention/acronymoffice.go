package mention

// acronymOfficeEnd returns where the person's name starts in the run
// [i, j) when the run opens with an organisation's name or acronym and
// the title of its head ("BOJ Governor Haruhiko Kuroda", "Bank of Japan
// Governor Haruhiko Kuroda", "RBI Governor Raghuram Rajan"): an acronym
// of up to six letters, or up to four words with an organisation's head
// word (Bank, Commission), one office word, then a name of two or three
// name-shaped words with no head word. Otherwise it returns i.
func (p *proc) acronymOfficeEnd(i, j int) int {
	for h := i + 1; h < j-1 && h <= i+4; h++ {
		if !orgOfficeWord(p.word(h)) {
			continue
		}
		if !(h == i+1 && p.toks[i].upper() && p.toks[i].end-p.toks[i].start <= 6) && !p.anyFlag(i, h, fOrgCue) {
			return i
		}
		k := h + 1
		if j-k < 2 || j-k > 3 || p.anyFlag(k, j, fPlaceCue|fOrgCue) || !p.nameShaped(k, j) || p.hasCue(k, j) != kNone {
			return i
		}
		return k
	}
	return i
}

// orgOfficeWord reports whether w is the capitalised title of an
// organisation's head, written between the organisation and the name.
func orgOfficeWord(w string) bool {
	switch w {
	case "Governor", "Chairman", "Chairwoman", "President", "Director", "Chief", "Secretary-General", "Commissioner":
		return true
	}
	return false
}

// headOfName reports whether the run [i, j) opens with an organisation's
// head word, "of" and a capitalised word ("Bank of Japan Governor …",
// "Ministry of Defence"): the head word opening a sentence is the name's,
// even when the article also writes it lower case ("the bank").
func (p *proc) headOfName(i, j int) bool {
	return j-i >= 3 && p.is(i+1, p.s.w.of) && p.has(i, fOrgCue) && p.toks[i+2].cap()
}

// portfolioHead reports whether [i,j) is a word and a head that make a
// government body's name, the word its portfolio: "Foreign Ministry",
// "Interior Ministry", "Justice Department", "Home Office". Opening a
// sentence, the word stays though the article writes it lower case
// elsewhere ("the EU's foreign policy chief").
func (p *proc) portfolioHead(i, j int) bool {
	if j-i != 2 || !p.toks[i+1].cap() || p.has(i, fStop|fDet|fConnector|fAux) {
		return false
	}
	switch p.word(i + 1) {
	case "Ministry", "Department", "Office":
		return true
	}
	return false
}

// movementWord reports whether w, opening a name of two words or more
// with no head word, names a political or armed movement ("Liberation
// Tigers of Tamil Eelam", "Revolutionary Guards", "Patriotic Union").
func movementWord(w string) bool {
	switch w {
	case "Liberation", "Revolutionary", "Resistance", "Patriotic", "Insurgent":
		return true
	}
	return false
}

// addOfficeOwner adds the organisation [i, h) whose head's title follows
// it ("BOJ" and "Bank of Japan" in "BOJ/Bank of Japan Governor Haruhiko
// Kuroda") as an unknown organisation, in place of any name inside it.
func (p *proc) addOfficeOwner(i, h int) {
	for t := i; t < h; t++ {
		if g := p.cover[t]; g >= 0 {
			if f := &p.found[g]; f.i < i || f.j > h {
				return // a name that runs on past the organisation
			}
		}
	}
	for t := i; t < h; t++ {
		if g := p.cover[t]; g >= 0 {
			p.kill(int(g))
		}
	}
	p.addFound(found{i: i, j: h, actor: -1, capital: -1, place: -1, joinTo: -1, claim: -1, how: hName, typ: kOrganization, key: p.fold(i, h)})
}
