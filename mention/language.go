package mention

import "github.com/sitrep-project/sitrep/doc"

// languageModifiers drops a one-word mention that names a language, not
// an actor: a word joined by a hyphen to "speaking", "speaker(s)" or
// "language" ("Cameroon's English-speaking regions", "Russian-speaking
// minority", "a French-language daily"). The word there is the language
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
			continue
		}
		if f.actor >= 0 && kinds[f.actor].typ == doc.TypeArmedGroup {
			armed = true // for groupNamesakes: one scan serves both
		}
		if f.j-f.i != 1 || f.j >= len(p.toks) {
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
