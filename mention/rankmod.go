package mention

// rankModifier reports whether token k is a word that qualifies the
// military rank right after it inside a person's run ("Vice Admiral",
// "Rear Admiral", "Fleet Admiral", "Warrant Officer", "Staff Sergeant",
// "Master Sergeant", "Senior General"): the pair is the title, stripped from the name
// like the rank alone. "Vice President" is no rank and stays.
func (p *proc) rankModifier(k, j int) bool {
	return k+2 < j && p.rankPair(k)
}

// rankPair reports whether tokens k and k+1 are a qualified military
// rank ("Rear Admiral", "Senior General"). Alone before a KB name ("the
// junta leader Senior General Than Shwe") the pair names no one.
func (p *proc) rankPair(k int) bool {
	if k+1 >= len(p.toks) || !p.toks[k].cap() || !p.joined(k+1) {
		return false
	}
	switch p.word(k) {
	case "Vice", "Rear", "Fleet", "Staff", "Master", "Command", "First", "Warrant", "Petty", "Flag", "Senior":
	default:
		return false
	}
	if w := p.rankWord(k + 1); w == "officer" {
		return p.word(k) == "Warrant" || p.word(k) == "Petty" || p.word(k) == "Flag"
	}
	return militaryRanks[p.rankWord(k+1)]
}

// givenSultan reports whether "Sultan" at token k opens a person's name
// as a given name ("Sultan Al Jaber", "Sultan Ahmed bin Sulayem") rather
// than a monarch's title: the title has an owner before it ("Oman's
// Sultan", "the Sultan", "Omani Sultan"); written alone before an
// unknown name it is the more common given name and stays in the name;
// before a KB person's name it is the title.
func (p *proc) givenSultan(k int) bool {
	if p.word(k) != "Sultan" {
		return false
	}
	if k+1 < len(p.toks) && p.cover[k+1] >= 0 && p.found[p.cover[k+1]].actor >= 0 {
		return false // "Sultan Qaboos": a KB person's title
	}
	if k == 0 || p.toks[k].sentStart {
		return true
	}
	b := &p.toks[k-1]
	return !b.poss && !p.is(k-1, p.s.w.the) && !(b.cap() && p.cover[k-1] >= 0)
}
