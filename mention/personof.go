package mention

// capWords reports whether every token of [i,j) is a capitalised word
// ("Prosperous Armenia", "Ata-Meken"), with no digit in it.
func (p *proc) capWords(i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if !p.toks[k].word() || !p.toks[k].cap() || p.toks[k].shape&shDigit != 0 {
			return false
		}
	}
	return true
}

// patronymAt returns how many tokens from k write a patronymic between a
// given name and a surname that must follow: one capitalised word
// ("Viktorovich", "Kemeluly"), or a father's name and a lower-case
// "son of" or "daughter of" word of Azerbaijani, Turkmen or Kyrgyz
// ("Heydar oglu", "Sadyr uulu", "Aliyeva kyzy"); 0 when there is none.
func (p *proc) patronymAt(k int) int {
	n := len(p.toks)
	if k+1 >= n || !p.toks[k].cap() || p.toks[k].gap > gapSpace {
		return 0
	}
	if patronymic(p.word(k)) {
		if p.toks[k+1].gap <= gapSpace {
			return 1
		}
		return 0
	}
	if k+2 >= n || p.toks[k+1].gap > gapSpace || p.toks[k+2].gap > gapSpace || !p.toks[k+2].cap() {
		return 0
	}
	switch p.word(k + 1) {
	case "oglu", "oğlu", "ogly", "qizi", "qızı", "gyzy", "uulu", "kyzy":
		return 2
	}
	return 0
}

// peopleHead reports whether w, a body's head word, names the people who
// work or fight for a body when it opens a phrase: "Workers of
// Kazakhmys", "Staff of the ministry", "Fighters of the PKK".
func peopleHead(w string) bool {
	switch w {
	case "Workers", "Staff", "Fighters", "Guards":
		return true
	}
	return false
}

// placeTitle reports whether w is a title held for a province or a city
// only, so that the unknown name right before it is that place
// ("Malaita Premier Daniel Suidani", "Gombe Mayor Ana Lusamba").
func placeTitle(w string) bool {
	return w == "Premier" || w == "Mayor"
}
