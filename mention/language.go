package mention

// languageModifiers drops a one-word mention that names a language, not
// an actor: a word joined by a hyphen to "speaking", "speaker(s)" or
// "language" ("Cameroon's English-speaking regions", "Russian-speaking
// minority", "a French-language daily"). The word there is the language
// the people or the paper use; read as a demonym it made Russia or France a
// party to the story, read as a name it made a person "English". A
// capitalised word after the hyphen ("the English-Speaking Union") is a
// name and stays.
func (p *proc) languageModifiers() {
	for g := range p.found {
		f := &p.found[g]
		if f.dead || f.j-f.i != 1 || f.j >= len(p.toks) {
			continue
		}
		n := &p.toks[f.j]
		// a space before "speakers" leaves the country's people too
		// ("Iraqi speakers at the forum", "the Iraqi speaker")
		if n.gap != gapHyphen || n.shape&shLower == 0 || p.toks[f.i].gap == gapHyphen {
			continue
		}
		switch p.word(f.j) {
		case "speaking", "speaker", "speakers", "language":
			p.kill(g)
		}
	}
}
