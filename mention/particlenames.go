package mention

// Person names joined by particles and words of filiation: the family
// name after a Dutch or German particle ("Chris van Dam"), an Arabic,
// Malay or Hassaniya "son of" or "daughter of" between given names
// ("Nur Aisyah binti Kamaruddin", "Fatimetou Mint Ahmed Salem"), and a
// given name that is also a month's short form ("Jan-Willem", "Jan
// Smet").

// filiation reports whether w is a word of filiation inside a person's
// name: "bin", "binti", "ibn", "bint" (Arabic, Malay), "Ould", "Mint"
// (Hassaniya: son of, daughter of) or "Ag" (Tamasheq: son of, "Iyad Ag
// Ghaly"; a company's suffix is written "AG").
func filiation(w string) bool {
	switch w {
	case "bin", "binti", "bint", "ibn", "ould", "Bin", "Binti", "Bint", "Ibn", "Ould", "Mint", "Ag":
		return true
	}
	return false
}

// particleSurname reports whether the run [i,j) is a given name, a Dutch
// or German particle or two, and one family name ("Chris van Dam",
// "Ursula von der Leyen", "Gerrit ter Horst"): a person, even when the
// family name is also a place's head word ("Dam", "Berg", "Horst").
func (p *proc) particleSurname(i, j int) bool {
	if j-i < 3 || j-i > 4 || !p.has(i, fGiven) || p.has(i, fPlacePrefix|fOrgOpener|fOrgCue) || !p.toks[j-1].cap() || p.toks[j-1].upper() {
		return false
	}
	switch p.word(i + 1) {
	case "van", "von", "ter", "ten", "zu":
	default:
		return false
	}
	return j-i == 3 || p.toks[i+2].shape&shLower != 0 && doubleParticle(p.word(i+1), p.word(i+2))
}

// dateGiven reports whether token i, a month's name or short form,
// opens a person's name instead: a double given name hyphened to a given
// name ("Jan-Willem", "May-Britt"), not a range of months ("Jan-Mar"),
// or "Jan", the Dutch, Nordic and Slavic given name, before a
// capitalised name word ("Jan Smet", "Jan Kowalski") or a family
// particle and one ("Jan van Breda"), where a date has a
// number ("Jan 5") and no preposition of time stands before it ("in Jan
// Parliament voted"). "Mar" before a capitalised word or a particle opens
// a saint's or the sea's name ("Mar Mikhael", "Mar del Plata"), a place
// as often after "in" as anywhere.
func (p *proc) dateGiven(i int) bool {
	k := i + 1
	if k+1 < len(p.toks) && p.toks[k].shape&shLower != 0 && familyParticle(p.word(k)) && p.joined(k) && p.joined(k+1) {
		k++ // "Jan van Breda", "Jan de Vries": no month stands before a family particle
	}
	if k >= len(p.toks) || !p.toks[i].cap() || p.toks[i].upper() || p.has(k, fDate) || !p.nameWord(k) {
		return false
	}
	if p.toks[k].gap == gapHyphen {
		return p.has(k, fGiven)
	}
	if p.word(i) == "Mar" && p.joined(k) && !p.headline(i) {
		return true // "Mar Mikhael", "Mar Elias", "Mar del Plata": a saint's or the sea's name, no month
	}
	if p.word(i) != "Jan" || !p.joined(k) || p.headline(i) {
		return false
	}
	if i > 0 {
		switch p.lower(i - 1) {
		case "in", "on", "since", "until", "till", "by", "before", "after", "late", "early", "mid", "from", "to", "through":
			return false
		}
	}
	return true
}

// roleOfAfter reports whether an apposition with no article opens at
// token k: at most two lower-case words ending in a person's role, then
// "of" ("general secretary of the union", "president of the council",
// "leader of Pastef"), or a title's word written before names ("governor
// of the central bank", "mayor of the town"). Only a person holds such a post, so the name
// before the comma is a person's even when its first word opens the
// sentence and is shaped like a plural noun ("Joses").
func (p *proc) roleOfAfter(k int) bool {
	for m := 0; m < 2 && k+1 < len(p.toks) && p.toks[k].shape&shLower != 0 && p.joined(k+1); m, k = m+1, k+1 {
		if p.is(k+1, p.s.w.of) && p.has(k, fRole|fHonor) {
			return true
		}
		if p.has(k, fStop|fConnector|fDet) {
			return false
		}
	}
	return false
}

// malaySri reports whether token i, in a person's run [i,j), opens or
// ends a Malay honorific of two words with "Sri": "Tan Sri", "Puan Sri"
// ("Tan Sri Muhyiddin Yassin"; "Tan" alone is a family name, "Tan Cheng
// Lock"), or the "Sri" after "Datuk" or "Dato" ("Datuk Seri" is in the
// lexicon). A name must follow; "Sri" alone opens Indonesian given names
// ("Sri Mulyani").
func (p *proc) malaySri(i, j int) bool {
	switch p.word(i) {
	case "Tan", "Puan":
		return j-i >= 3 && p.word(i+1) == "Sri"
	case "Sri":
		if i > 0 && j-i >= 2 {
			switch p.word(i - 1) {
			case "Tan", "Puan", "Datuk", "Dato":
				return true
			}
		}
	}
	return false
}

// membersRank reports whether the title over [i,j) is the capitalised
// plural rank of a body's members after the body's head word and "of"
// ("Council of Ministers", "Great Council of Chiefs", "Council of Foreign
// Ministers", "House of Lords"): part of the body's name, no person's
// title.
func (p *proc) membersRank(i, j int) bool {
	if i < 2 || !p.is(i-1, p.s.w.of) || !p.toks[i].cap() || !p.toks[i-2].cap() || !p.has(i-2, fOrgCue) || p.has(i-2, fPlaceCue) || !p.joined(i) || !p.joined(i-1) {
		return false
	}
	w := p.word(j - 1)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && p.toks[j-1].cap()
}

// membersAfterOf reports whether token j, a capitalised plural stop
// word with no title over it, ends a body's name whose head word and
// "of" the run [i,j) holds ("Council of Foreign Ministers", "Assembly
// of Religious Leaders").
func (p *proc) membersAfterOf(i, j int) bool {
	if j-i < 3 || !p.has(j, fStop) || !p.toks[j].cap() || p.toks[j].upper() || p.tcover[j] >= 0 || !p.headOf(i, j) {
		return false
	}
	w := p.word(j)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}
