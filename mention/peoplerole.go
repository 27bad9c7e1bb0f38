package mention

// peopleBeforeRole reports whether the one-word name [i,j) stands right
// before a role noun of identity or culture and a person's name
// ("Karakalpak activist Dauletmurat Tazhimuratov", "Ogoni activist Ken
// Saro-Wiwa", "Tuareg poet", "Sami singer"): such a role is qualified by
// the person's people or nation, not by an employer, so an unknown word
// there is an ethnonym (NORP), not an organisation. Employers go with
// occupations ("Uralsib analyst", "Zentrova spokesman"), which this
// leaves to the employer rule; a body the KB knows ("Greenpeace
// activist") is matched before classification.
func (p *proc) peopleBeforeRole(i, j int) bool {
	if j-i != 1 || j+1 >= len(p.toks) || !p.joined(j) || p.toks[j].shape&shLower == 0 || p.toks[i].upper() || p.has(i, fGroupAdj) {
		return false
	}
	switch p.word(j) {
	case "activist", "activists", "dissident", "dissidents", "poet", "novelist", "singer", "rapper",
		"musician", "blogger", "artist", "painter", "historian", "scholar", "cleric", "preacher", "imam",
		"elder", "nationalist", "separatist": // (not "writer", "wrestler": "Staff writer", a team's "Royal wrestler")
		return p.joined(j+1) && p.toks[j+1].cap()
	}
	return false
}

// causeBeforeRole reports whether the one-word name [i,j) that
// peopleBeforeRole accepts is a common word capitalised at a sentence
// start or written in lower case elsewhere in the article, so the cause
// or field of the role, not a people ("Rights activist X", "Democracy
// activist X", "Environment activist X").
func (p *proc) causeBeforeRole(i int) bool {
	return p.has(i, fCommon) || p.seenLower(i) || commonShape(p.word(i))
}
